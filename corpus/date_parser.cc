#include "corpus/date_parser.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <stdexcept>
#include <utility>

namespace siaran::corpus {
namespace {

struct DateParts {
  int year = -1, month = -1, day = -1;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  int meridiem = 0;  // 0 none, 1 AM, 2 PM
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string lowered(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += lower(c);
  return out;
}

// Turns no-break and other Unicode spaces into ' ' (dates scraped from web pages carry them) and
// trims, so the grammar below deals with ASCII white space only.
std::string normalise_spaces(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 2, "\xC2\xA0") == 0) {
      out += ' ', ++i;
    } else if (raw.compare(i, 2, "\xE2\x80") == 0 && i + 2 < raw.size() &&
               static_cast<unsigned char>(raw[i + 2]) >= 0x80 &&
               static_cast<unsigned char>(raw[i + 2]) <= 0x8A) {
      out += ' ', i += 2;  // U+2000..U+200A
    } else {
      out += raw[i];
    }
  }
  const size_t first = out.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const size_t last = out.find_last_not_of(" \t\r\n");
  return out.substr(first, last - first + 1);
}

// A cursor over the date text. Every reading method either consumes what it read and succeeds,
// or leaves the position unchanged and fails, so alternatives can be tried in turn.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  size_t position() const { return pos_; }
  void rewind(size_t position) { pos_ = position; }

  bool skip_space() {
    const size_t start = pos_;
    while (!at_end() && is_space(text_[pos_])) ++pos_;
    return pos_ > start;
  }
  bool accept(char c) {
    if (at_end() || lower(text_[pos_]) != lower(c)) return false;
    ++pos_;
    return true;
  }
  // A run of min_digits..max_digits digits. When `whole_run`, the run must end there ("20190911"
  // is not a 4-digit year); otherwise reading stops after max_digits, as strptime's field
  // widths do ("%Y%m%d").
  std::optional<int> number(size_t min_digits, size_t max_digits, bool whole_run = true) {
    size_t end = pos_;
    while (end < text_.size() && is_digit(text_[end]) && end - pos_ < max_digits) ++end;
    if (end - pos_ < min_digits) return std::nullopt;
    if (whole_run && end < text_.size() && is_digit(text_[end])) return std::nullopt;
    int value = 0;
    for (size_t i = pos_; i < end; ++i) value = value * 10 + (text_[i] - '0');
    pos_ = end;
    return value;
  }
  // A word of letters (an inner apostrophe allowed, for "Jum'at"), lower-cased, plus an optional
  // trailing '.' ("Sep."). Empty when there is no letter here.
  std::string word() {
    size_t end = pos_;
    while (end < text_.size() &&
           (is_alpha(text_[end]) || (text_[end] == '\'' && end > pos_ && end + 1 < text_.size() &&
                                     is_alpha(text_[end + 1])))) {
      ++end;
    }
    if (end == pos_) return {};
    std::string out = lowered(text_.substr(pos_, end - pos_));
    pos_ = end;
    if (peek() == '.') ++pos_;
    return out;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

int expand_two_digit_year(int year) { return year >= 69 ? 1900 + year : 2000 + year; }

std::optional<std::string> to_iso(DateParts parts) {
  if (!is_calendar_date(parts.year, parts.month, parts.day)) return std::nullopt;
  if (parts.meridiem != 0) {
    if (parts.hour < 1 || parts.hour > 12) return std::nullopt;
    parts.hour = parts.hour % 12 + (parts.meridiem == 2 ? 12 : 0);
  }
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) return std::nullopt;
  char buffer[80];  // room for any int, so the compiler can prove no truncation
  if (parts.has_time) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", parts.year, parts.month,
                  parts.day, parts.hour, parts.minute, parts.second);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", parts.year, parts.month, parts.day);
  }
  return std::string(buffer);
}

bool is_zone_name(std::string_view word) {
  return word == "wib" || word == "wita" || word == "wit" || word == "utc" || word == "gmt";
}

// "+07:00", "+0700", "-05" after a time.
bool accept_utc_offset(Scanner& in) {
  const size_t start = in.position();
  if (!in.accept('+') && !in.accept('-')) return false;
  if (in.number(2, 2)) {
    in.accept(':');
    if (in.at_end() || in.number(2, 2)) return true;
  }
  in.rewind(start);
  return false;
}

// HH:MM[:SS] or HH.MM[.SS], then an optional AM/PM, zone name or UTC offset.
bool parse_clock(Scanner& in, DateParts& parts) {
  const size_t start = in.position();
  const auto hour = in.number(1, 2);
  const char separator = in.peek();
  if (!hour || (separator != ':' && separator != '.')) return in.rewind(start), false;
  in.accept(separator);
  const auto minute = in.number(2, 2);
  if (!minute) return in.rewind(start), false;
  parts.has_time = true, parts.hour = *hour, parts.minute = *minute, parts.second = 0;
  const size_t before_seconds = in.position();
  if (in.accept(separator)) {
    if (const auto second = in.number(2, 2)) {
      parts.second = *second;
      if (separator == ':' && in.accept('.') && !in.number(1, 9)) return false;  // fraction
    } else {
      in.rewind(before_seconds);
    }
  }
  if (accept_utc_offset(in) || in.accept('Z')) return true;
  const size_t before_zone = in.position();
  in.skip_space();
  const std::string zone = in.word();
  if (zone == "am" || zone == "pm") {
    parts.meridiem = zone == "am" ? 1 : 2;
    in.skip_space();
    const size_t before_name = in.position();
    if (!is_zone_name(in.word())) in.rewind(before_name);
  } else if (!is_zone_name(zone)) {
    in.rewind(before_zone);
  }
  return true;
}

// What may follow a date: nothing, or a time ("T09:30" when `iso_t` allows it, ", pukul 9.30 WIB").
bool parse_time_tail(Scanner& in, DateParts& parts, bool iso_t) {
  if (in.at_end()) return true;
  if (iso_t && (in.peek() == 'T' || in.peek() == 't') && is_digit(in.peek(1))) {
    in.accept('T');
    return parse_clock(in, parts) && in.at_end();
  }
  in.skip_space();
  in.accept(',');
  in.skip_space();
  const size_t before_word = in.position();
  const std::string lead = in.word();
  if (lead == "pukul" || lead == "pkl" || lead == "jam" || lead == "at") {
    in.skip_space();
  } else {
    in.rewind(before_word);
  }
  if (!parse_clock(in, parts)) return false;
  in.skip_space();
  return in.at_end();
}

// 2019-09-11, 2019/9/11
bool parse_year_first(Scanner& in, DateParts& parts) {
  const size_t start = in.position();
  const auto year = in.number(4, 4);
  const char separator = in.peek();
  if (year && (separator == '-' || separator == '/') && in.accept(separator)) {
    const auto month = in.number(1, 2);
    if (month && in.accept(separator)) {
      if (const auto day = in.number(1, 2)) {
        parts.year = *year, parts.month = *month, parts.day = *day;
        return true;
      }
    }
  }
  in.rewind(start);
  return false;
}

// 27 Maret 2019, 10-Sep-19, 21/10/2025
bool parse_day_first(Scanner& in, DateParts& parts) {
  const size_t start = in.position();
  const auto day = in.number(1, 2);
  if (!day) return false;
  const char separator = in.peek();
  if ((separator == '/' || separator == '.' || separator == '-') && is_digit(in.peek(1))) {
    in.accept(separator);
    const auto month = in.number(1, 2);
    if (month && in.accept(separator)) {
      if (const auto year = in.number(4, 4)) {
        parts.year = *year, parts.month = *month, parts.day = *day;
        return true;
      }
    }
    return in.rewind(start), false;
  }
  const bool dashed = in.accept('-');
  if (!dashed && !in.skip_space()) return in.rewind(start), false;
  const auto month = month_from_name(in.word());
  const bool separated = dashed ? in.accept('-') : in.skip_space();
  if (!month || !separated) return in.rewind(start), false;
  auto year = in.number(4, 4);
  if (!year && dashed) {
    if ((year = in.number(2, 2))) *year = expand_two_digit_year(*year);
  }
  if (!year) return in.rewind(start), false;
  parts.year = *year, parts.month = *month, parts.day = *day;
  return true;
}

// Oktober 07, 2019
bool parse_month_first(Scanner& in, DateParts& parts) {
  const size_t start = in.position();
  const auto month = month_from_name(in.word());
  if (!month || !in.skip_space()) return in.rewind(start), false;
  const auto day = in.number(1, 2);
  if (!day) return in.rewind(start), false;
  in.accept(',');
  if (!in.skip_space()) return in.rewind(start), false;
  const auto year = in.number(4, 4);
  if (!year) return in.rewind(start), false;
  parts.year = *year, parts.month = *month, parts.day = *day;
  return true;
}

void skip_weekday(Scanner& in) {
  const size_t start = in.position();
  if (is_weekday_name(in.word())) {
    in.skip_space();
    if (in.accept(',')) in.skip_space();
  } else {
    in.rewind(start);
  }
}

}  // namespace

bool is_calendar_date(int year, int month, int day) {
  if (year < DateParser::kMinYear || year > DateParser::kMaxYear) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<int> month_from_name(std::string_view name) {
  static constexpr std::pair<std::string_view, int> kMonths[] = {
      {"januari", 1},   {"january", 1},   {"jan", 1},      {"februari", 2},  {"pebruari", 2},
      {"february", 2},  {"feb", 2},       {"peb", 2},      {"maret", 3},     {"march", 3},
      {"mar", 3},       {"april", 4},     {"apr", 4},      {"mei", 5},       {"may", 5},
      {"juni", 6},      {"june", 6},      {"jun", 6},      {"juli", 7},      {"july", 7},
      {"jul", 7},       {"agustus", 8},   {"august", 8},   {"agu", 8},       {"agt", 8},
      {"ags", 8},       {"agus", 8},      {"aug", 8},      {"september", 9}, {"sep", 9},
      {"sept", 9},      {"oktober", 10},  {"october", 10}, {"okt", 10},      {"oct", 10},
      {"november", 11}, {"nopember", 11}, {"nov", 11},     {"nop", 11},      {"desember", 12},
      {"december", 12}, {"des", 12},      {"dec", 12},     {"pebr", 2},      {"febr", 2},
  };
  std::string key = lowered(name);
  if (!key.empty() && key.back() == '.') key.pop_back();
  for (const auto& [month_name, number] : kMonths) {
    if (month_name == key) return number;
  }
  return std::nullopt;
}

bool is_weekday_name(std::string_view name) {
  static constexpr std::string_view kWeekdays[] = {
      "senin",    "selasa", "rabu",   "kamis",   "jumat",     "jum'at",   "sabtu",
      "minggu",   "ahad",   "sen",    "sel",     "rab",       "kam",      "jum",
      "sab",      "min",    "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon",    "tue",     "tues",      "wed",      "thu",
      "thur",     "thurs",  "fri",    "sat",     "sun",       "jumaat"};
  std::string key = lowered(name);
  if (!key.empty() && key.back() == '.') key.pop_back();
  for (std::string_view weekday : kWeekdays) {
    if (weekday == key) return true;
  }
  return false;
}

std::optional<std::string> DateParser::parse(std::string_view raw) {
  const std::string text = normalise_spaces(raw);
  if (text.empty()) return std::nullopt;
  Scanner in(text);
  skip_weekday(in);
  DateParts parts;
  bool iso_t = false;
  if (parse_year_first(in, parts)) {
    iso_t = true;
  } else if (!parse_day_first(in, parts) && !parse_month_first(in, parts)) {
    return std::nullopt;
  }
  if (!parse_time_tail(in, parts, iso_t)) return std::nullopt;
  return to_iso(parts);
}

std::optional<std::string> DateParser::parse_iso(std::string_view text, std::string* why) {
  auto fail = [why](const char* reason) -> std::optional<std::string> {
    if (why) *why = reason;
    return std::nullopt;
  };
  auto digits = [text](size_t from, size_t count) {
    if (from + count > text.size()) return -1;
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (!is_digit(text[i])) return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const char* kShape = "is not ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])";
  DateParts parts;
  parts.year = digits(0, 4), parts.month = digits(5, 2), parts.day = digits(8, 2);
  if (text.size() < 10 || parts.year < 0 || parts.month < 0 || parts.day < 0 || text[4] != '-' ||
      text[7] != '-') {
    return fail(kShape);
  }
  if (text.size() > 10) {
    const bool minutes_only = text.size() == 16, with_seconds = text.size() == 19;
    if (text[10] != 'T' || (!minutes_only && !with_seconds) || text[13] != ':' ||
        (with_seconds && text[16] != ':')) {
      return fail(kShape);
    }
    parts.has_time = true;
    parts.hour = digits(11, 2), parts.minute = digits(14, 2);
    parts.second = with_seconds ? digits(17, 2) : 0;
    if (parts.hour < 0 || parts.minute < 0 || parts.second < 0) return fail(kShape);
    if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) {
      return fail("has an impossible time of day");
    }
  }
  if (parts.year < kMinYear || parts.year > kMaxYear) {
    return fail("has a year outside 1900..2100");
  }
  if (!is_calendar_date(parts.year, parts.month, parts.day)) {
    return fail("is not a real calendar date");
  }
  return to_iso(parts);
}

DateFormat::DateFormat(std::string pattern) : pattern_(std::move(pattern)) {
  bool year = false, month = false, day = false;
  for (size_t i = 0; i < pattern_.size(); ++i) {
    if (pattern_[i] != '%') continue;
    if (++i == pattern_.size()) {
      throw std::invalid_argument("date format \"" + pattern_ + "\" ends with a lone '%'");
    }
    switch (pattern_[i]) {
      case 'Y':
      case 'y':
        year = true;
        break;
      case 'm':
      case 'b':
      case 'B':
      case 'h':
        month = true;
        break;
      case 'd':
      case 'e':
        day = true;
        break;
      case 'H':
      case 'M':
      case 'S':
      case 'a':
      case 'A':
      case 'p':
      case 'Z':
      case 'T':
      case '%':
        break;
      default:
        throw std::invalid_argument("date format \"" + pattern_ + "\" uses %" +
                                    std::string(1, pattern_[i]) +
                                    ", which is not supported (use %Y %y %m %d %e %H %M %S %b %B "
                                    "%h %a %A %p %Z %T %%)");
    }
  }
  if (!year || !month || !day) {
    throw std::invalid_argument(
        "date format \"" + pattern_ +
        "\" must give a year (%Y or %y), a month (%m or %b) and a day (%d)");
  }
}

std::optional<std::string> DateFormat::parse(std::string_view raw) const {
  const std::string text = normalise_spaces(raw);
  Scanner in(text);
  DateParts parts;
  auto two_digits = [&in](int& out) {
    const auto value = in.number(1, 2, false);
    if (value) out = *value;
    return value.has_value();
  };
  for (size_t i = 0; i < pattern_.size(); ++i) {
    const char p = pattern_[i];
    bool ok = true;
    if (is_space(p)) {
      in.skip_space();
      continue;
    }
    if (p != '%') {
      ok = in.accept(p);
    } else {
      switch (pattern_[++i]) {
        case 'Y': {
          const auto year = in.number(4, 4, false);
          if ((ok = year.has_value())) parts.year = *year;
          break;
        }
        case 'y': {
          const auto year = in.number(2, 2, false);
          if ((ok = year.has_value())) parts.year = expand_two_digit_year(*year);
          break;
        }
        case 'm':
          ok = two_digits(parts.month);
          break;
        case 'e':
          in.skip_space();
          ok = two_digits(parts.day);
          break;
        case 'd':
          ok = two_digits(parts.day);
          break;
        case 'H':
          ok = two_digits(parts.hour);
          parts.has_time = true;
          break;
        case 'M':
          ok = two_digits(parts.minute);
          break;
        case 'S':
          ok = two_digits(parts.second);
          break;
        case 'T':
          ok = two_digits(parts.hour) && in.accept(':') && two_digits(parts.minute) &&
               in.accept(':') && two_digits(parts.second);
          parts.has_time = true;
          break;
        case 'b':
        case 'B':
        case 'h': {
          const auto month = month_from_name(in.word());
          if ((ok = month.has_value())) parts.month = *month;
          break;
        }
        case 'a':
        case 'A':
          ok = is_weekday_name(in.word());
          break;
        case 'p': {
          const std::string word = in.word();
          ok = word == "am" || word == "pm";
          parts.meridiem = word == "am" ? 1 : 2;
          break;
        }
        case 'Z':
          ok = is_zone_name(in.word()) || accept_utc_offset(in);
          break;
        default:
          ok = in.accept('%');
          break;  // "%%"
      }
    }
    if (!ok) return std::nullopt;
  }
  in.skip_space();
  if (!in.at_end()) return std::nullopt;
  return to_iso(parts);
}

}  // namespace siaran::corpus
