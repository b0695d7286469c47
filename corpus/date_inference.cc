#include "corpus/date_inference.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "corpus/date_parser.h"
#include "corpus/text_scan.h"

namespace siaran::corpus {
namespace {

constexpr int kMinMentionedYear = 1945;
constexpr int kMaxMentionedYear = 2100;
constexpr int kMaxYearDistance = 2;  // farther off, a weekday that does not fit is a typo
constexpr int kMaxRangeDays = 62;    // longer "ranges" are two separate dates
// Hijri year 1 began in July 622; a Hijri year is 354.367 days.
constexpr double kHijriEpoch = 622.54;
constexpr double kHijriYearInGregorianYears = 354.367 / 365.2425;

// A date as written: year 0 = not written; weekday -1 = none written.
struct WrittenDate {
  int day = 0;
  int month = 0;
  int year = 0;
  int weekday = -1;
};

// A mention found by the scanner: one date, or a range [a, b]; tokens [first, last).
struct RawMention {
  WrittenDate a;
  WrittenDate b;
  bool range = false;
  size_t first = 0;
  size_t a_last = 0;   // when the range joins two mentions: end of a, start of b
  size_t b_first = 0;
  size_t last = 0;
};

struct Resolved {
  int year = 0;
  double confidence = 0;
};

struct YearMention {
  int year;
  size_t pos;          // byte offset in the scanned text
  bool dated = false;  // written as part of a full date ("13 Desember 2022"), not alone ("2045")
};

long days_from_civil(int y, int m, int d) {
  using namespace std::chrono;
  return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}}
      .time_since_epoch()
      .count();
}

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Token-level grammar of the mentions listed in the header.
class MentionScanner {
 public:
  explicit MentionScanner(const std::vector<ScanToken>& tokens) : t_(tokens) {}

  std::optional<RawMention> mention_at(size_t i) const {
    auto first = single_at(i);
    if (!first) return std::nullopt;
    // "Minggu (11/12) hingga Selasa (13/12)", "30 November - 2 Desember 2022".
    if (!first->range) {
      if (size_t conn = connector_at(first->last)) {
        if (auto second = single_at(first->last + conn); second && !second->range) {
          first->b = second->a;
          first->range = true;
          first->a_last = first->last;
          first->b_first = second->first;
          first->last = second->last;
        }
      }
    }
    return first;
  }

  // Four-digit years that say when something happened, with their byte offsets.
  std::vector<YearMention> years() const {
    std::vector<YearMention> out;
    for (size_t j = 0; j < t_.size(); ++j) {
      if (t_[j].kind != ScanKind::Number || t_[j].text.size() != 4) continue;
      const int y = std::atoi(t_[j].text.c_str());
      if (is_hijri_year(j, y)) {
        // "Idul Fitri 1442 H": a Hijri year overlaps two Gregorian years; both are context.
        const double start = kHijriEpoch + (y - 1) * kHijriYearInGregorianYears;
        out.push_back({static_cast<int>(start), t_[j].begin});
        out.push_back({static_cast<int>(start + kHijriYearInGregorianYears), t_[j].begin});
        continue;
      }
      if (y < kMinMentionedYear || y > kMaxMentionedYear) continue;
      if (part_of_larger_number(j) || cites_regulation(j)) continue;
      out.push_back({y, t_[j].begin});
    }
    return out;
  }

 private:
  bool sym(size_t j, char c) const {
    return j < t_.size() && t_[j].kind == ScanKind::Symbol && t_[j].text.size() == 1 &&
           t_[j].text[0] == c;
  }
  bool word(size_t j, std::string_view w) const { return j < t_.size() && t_[j].text == w; }
  bool touching(size_t j) const { return j + 1 < t_.size() && adjacent(t_[j], t_[j + 1]); }

  int number(size_t j, size_t max_digits) const {
    if (j >= t_.size() || t_[j].kind != ScanKind::Number || t_[j].text.size() > max_digits)
      return -1;
    return std::atoi(t_[j].text.c_str());
  }
  int day(size_t j) const {
    const int d = number(j, 2);
    return d >= 1 && d <= 31 ? d : -1;
  }
  int month_number(size_t j) const {
    const int m = number(j, 2);
    return m >= 1 && m <= 12 ? m : -1;
  }
  // "2022"; in numeric dates also "22" (POSIX: 69..99 -> 19xx, 00..68 -> 20xx).
  int year(size_t j, bool allow_two_digits) const {
    if (j >= t_.size() || t_[j].kind != ScanKind::Number) return -1;
    const int y = std::atoi(t_[j].text.c_str());
    if (t_[j].text.size() == 4) return y >= DateParser::kMinYear && y <= DateParser::kMaxYear ? y : -1;
    if (t_[j].text.size() == 2 && allow_two_digits) return y >= 69 ? 1900 + y : 2000 + y;
    return -1;
  }

  // Weekday at j and the tokens it takes ("jum ' at" is three).
  std::optional<std::pair<int, size_t>> weekday_at(size_t j) const {
    if (j >= t_.size() || t_[j].kind != ScanKind::Word) return std::nullopt;
    if (const int w = weekday_from_indonesian(t_[j].text); w >= 0) return std::pair{w, size_t{1}};
    if (t_[j].text == "jum" && sym(j + 1, '\'') && word(j + 2, "at") && touching(j) &&
        touching(j + 1))
      return std::pair{4, size_t{3}};
    return std::nullopt;
  }

  // Tokens taken by a range connector at j, 0 when there is none.
  size_t connector_at(size_t j) const {
    if (sym(j, '-')) return 1;
    if (word(j, "sampai")) return word(j + 1, "dengan") ? 2 : 1;
    if (word(j, "hingga") || word(j, "sd") || word(j, "dan")) return 1;
    if (word(j, "s") && (sym(j + 1, '.') || sym(j + 1, '/')) && word(j + 2, "d"))
      return sym(j + 3, '.') ? 4 : 3;
    return 0;
  }

  // "13/12", "13/12/2022", "13-12-2022", "13.12.22": one separator, written without spaces.
  std::optional<std::pair<WrittenDate, size_t>> numeric_at(size_t j, bool need_year) const {
    const int d = day(j);
    if (d < 0 || !touching(j) || j + 2 >= t_.size()) return std::nullopt;
    const char sep = t_[j + 1].text[0];
    if (t_[j + 1].text.size() != 1 || (sep != '/' && sep != '-' && sep != '.')) return std::nullopt;
    const int m = month_number(j + 2);
    if (m < 0 || !touching(j + 1)) return std::nullopt;
    WrittenDate date{d, m, 0, -1};
    if (sym(j + 3, sep) && touching(j + 2) && touching(j + 3)) {
      const int y = year(j + 4, /*allow_two_digits=*/!need_year);
      if (y < 0) return std::nullopt;
      date.year = y;
      return std::pair{date, size_t{5}};
    }
    if (need_year || sep != '/') return std::nullopt;
    return std::pair{date, size_t{3}};
  }

  // "2022-12-13".
  std::optional<std::pair<WrittenDate, size_t>> iso_at(size_t j) const {
    const int y = year(j, false);
    if (y < 0 || !sym(j + 1, '-') || !sym(j + 3, '-') || !touching(j) || !touching(j + 1) ||
        !touching(j + 2) || !touching(j + 3))
      return std::nullopt;
    const int m = month_number(j + 2);
    const int d = day(j + 4);
    if (m < 0 || d < 0) return std::nullopt;
    return std::pair{WrittenDate{d, m, y, -1}, size_t{5}};
  }

  // "5 Juni", "5 Juni 2023", "13 Des. 2022", "8-10 November 2022", "8 s.d. 10 November".
  std::optional<RawMention> named_at(size_t j) const {
    const int d1 = day(j);
    if (d1 < 0) return std::nullopt;
    size_t k = j + 1;
    int d2 = -1;
    if (size_t conn = connector_at(k)) {
      d2 = day(k + conn);
      if (d2 <= d1) return std::nullopt;
      k += conn + 1;
    }
    if (k >= t_.size() || t_[k].kind != ScanKind::Word) return std::nullopt;
    const auto m = month_from_name(t_[k].text);
    if (!m) return std::nullopt;
    ++k;
    if (sym(k, '.') && adjacent(t_[k - 1], t_[k])) ++k;
    int y = year(k, false);
    if (y >= 0) ++k;
    RawMention out;
    out.a = WrittenDate{d1, *m, y < 0 ? 0 : y, -1};
    if (d2 > 0) {
      out.b = WrittenDate{d2, *m, out.a.year, -1};
      out.range = true;
    }
    out.first = j;
    out.last = k;
    return out;
  }

  // One date or one same-month range, optionally after a weekday and a comma.
  std::optional<RawMention> single_at(size_t i) const {
    size_t k = i;
    int weekday = -1;
    if (auto w = weekday_at(k)) {
      weekday = w->first;
      k += w->second;
      if (sym(k, ',')) ++k;
    }
    RawMention out;
    out.first = i;
    if (sym(k, '(')) {
      auto n = numeric_at(k + 1, weekday < 0);
      if (!n || !sym(k + 1 + n->second, ')')) return std::nullopt;
      out.a = n->first;
      out.last = k + 2 + n->second;
    } else if (auto n = iso_at(k)) {
      out.a = n->first;
      out.last = k + n->second;
    } else if (auto n = numeric_at(k, weekday < 0)) {
      out.a = n->first;
      out.last = k + n->second;
    } else if (auto named = named_at(k)) {
      named->first = i;
      out = *named;
    } else {
      return std::nullopt;
    }
    out.a.weekday = weekday;
    return out;
  }

  bool part_of_larger_number(size_t j) const {
    auto joins = [&](size_t sep, size_t other) {
      return (sym(sep, '.') || sym(sep, ',')) && other < t_.size() &&
             t_[other].kind == ScanKind::Number && adjacent(t_[std::min(sep, other)],
                                                            t_[std::max(sep, other)]);
    };
    const bool before = j >= 2 && adjacent(t_[j - 1], t_[j]) && joins(j - 1, j - 2);
    const bool after = touching(j) && joins(j + 1, j + 2);
    return before || after;
  }

  bool is_hijri_year(size_t j, int y) const {
    return y >= 1350 && y <= 1550 &&
           (word(j + 1, "h") || word(j + 1, "hijriah") || word(j + 1, "hijriyah") ||
            word(j + 1, "hijri"));
  }

  // "Nomor 22 Tahun 2022", "No. 35 Tahun 2018", "UU 22/2022".
  bool cites_regulation(size_t j) const {
    if (j >= 3 && word(j - 1, "tahun") && number(j - 2, 4) >= 0) {
      const size_t k = j - 3;
      if (word(k, "nomor") || word(k, "no") || word(k, "nomer")) return true;
      if (k >= 1 && sym(k, '.') && word(k - 1, "no")) return true;
    }
    return j >= 2 && sym(j - 1, '/') && adjacent(t_[j - 1], t_[j]) && number(j - 2, 4) >= 0 &&
           !(j >= 3 && sym(j - 3, '/'));
  }

  const std::vector<ScanToken>& t_;
};

// The year for a date written without one (rules 2-4 of the header), or nullopt.
std::optional<Resolved> resolve(const WrittenDate& w, size_t pos,
                                const std::vector<YearMention>& years, int reference_year) {
  if (w.year > 0) {
    if (!is_calendar_date(w.year, w.month, w.day)) return std::nullopt;
    if (w.weekday < 0 || weekday_of(w.year, w.month, w.day) == w.weekday)
      return Resolved{w.year, 1.0};
    // The weekday contradicts the year. A year typed one off ("Senin (20/10/2026)" in a text
    // about 2025) is the usual slip: take the neighbouring year when the weekday fits it and the
    // text mentions it elsewhere; otherwise trust the year as written.
    for (int y : {w.year - 1, w.year + 1}) {
      const bool mentioned = std::any_of(years.begin(), years.end(),
                                         [y](const YearMention& m) { return m.year == y; });
      if (mentioned && is_calendar_date(y, w.month, w.day) && weekday_of(y, w.month, w.day) == w.weekday)
        return Resolved{y, 0.7};
    }
    return Resolved{w.year, 0.8};
  }
  auto text_distance = [&](const YearMention& y) {
    return y.pos > pos ? y.pos - pos : pos - y.pos;
  };
  if (w.weekday >= 0) {
    auto fits = [&](int y) {
      return is_calendar_date(y, w.month, w.day) && weekday_of(y, w.month, w.day) == w.weekday;
    };
    // Nearer years first; at each distance, years written in full dates before years written
    // alone ("Indonesia Emas 2045"), later before earlier (a release cites older years more than
    // future ones), then the mentioned year nearest in the text.
    for (int distance = 0; distance <= kMaxYearDistance && !years.empty(); ++distance) {
      for (bool dated_only : {true, false}) {
        for (int sign : {+1, -1}) {
          const YearMention* best = nullptr;
          for (const YearMention& y : years) {
            if ((y.dated || !dated_only) && fits(y.year + sign * distance) &&
                (!best || text_distance(y) < text_distance(*best)))
              best = &y;
          }
          if (best) {
            const double confidence = distance == 0 ? 0.9 : distance == 1 ? 0.75 : 0.6;
            return Resolved{best->year + sign * distance, confidence};
          }
          if (distance == 0) break;
        }
      }
    }
    if (years.empty() && reference_year > 0) {
      for (int y = reference_year; y > reference_year - 28; --y)
        if (fits(y)) return Resolved{y, 0.3};
    }
    return std::nullopt;
  }
  const YearMention* nearest = nullptr;
  for (const YearMention& y : years) {
    if (!nearest || text_distance(y) < text_distance(*nearest) ||
        (text_distance(y) == text_distance(*nearest) && y.year > nearest->year))
      nearest = &y;
  }
  if (!nearest || !is_calendar_date(nearest->year, w.month, w.day)) return std::nullopt;
  return Resolved{nearest->year, 0.6};
}

}  // namespace

int weekday_from_indonesian(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kDays[] = {
      {"senin", 0}, {"selasa", 1}, {"rabu", 2},   {"kamis", 3},
      {"jumat", 4}, {"sabtu", 5},  {"minggu", 6}, {"ahad", 6}};
  for (const auto& [name, number] : kDays)
    if (w == name) return number;
  return -1;
}

int weekday_of(int y, int m, int d) {
  using namespace std::chrono;
  const weekday wd{sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}}};
  return static_cast<int>(wd.iso_encoding()) - 1;
}

DateInference::DateInference(DateInferenceOptions options) : options_(options) {}

std::vector<DateMention> DateInference::mentions(std::string_view title,
                                                 std::string_view body) const {
  // One scan over "title \n\n body"; offsets below title_end belong to the title.
  std::string text;
  text.reserve(title.size() + 2 + body.size());
  text.append(title).append("\n\n").append(body);
  const size_t body_start = title.size() + 2;
  const std::string_view lead = lead_paragraph(body);
  const size_t lead_end =
      lead.empty() ? body_start : body_start + static_cast<size_t>(lead.data() - body.data()) + lead.size();

  const std::vector<ScanToken> tokens = scan_tokens(text);
  const MentionScanner scanner(tokens);
  std::vector<YearMention> years = scanner.years();

  std::vector<DateMention> out;
  auto emit = [&](int y1, int m1, int d1, int y2, int m2, int d2, double confidence, bool weekday,
                  size_t first, size_t last) {
    DateMention m;
    m.has_weekday = weekday;
    m.start = iso(y1, m1, d1);
    m.end = iso(y2, m2, d2);
    m.confidence = confidence;
    const size_t begin = tokens[first].begin;
    m.in_title = begin < title.size();
    m.offset = m.in_title ? begin : begin - body_start;
    m.in_lead = begin < lead_end;
    m.text = text.substr(begin, tokens[last - 1].end - begin);
    out.push_back(std::move(m));
  };

  std::vector<RawMention> raws;
  for (size_t i = 0; i < tokens.size();) {
    if (auto raw = scanner.mention_at(i)) {
      i = raw->last;
      raws.push_back(*raw);
    } else {
      ++i;
    }
  }
  for (YearMention& y : years) {
    for (const RawMention& raw : raws) {
      if ((raw.a.year > 0 || raw.b.year > 0) && y.pos >= tokens[raw.first].begin &&
          y.pos < tokens[raw.last - 1].end)
        y.dated = true;
    }
  }

  for (const RawMention& mention : raws) {
    const RawMention* raw = &mention;
    // A mention must not run from the title into the body.
    const size_t begin = tokens[raw->first].begin;
    if (begin < title.size() && tokens[raw->last - 1].end > title.size()) continue;

    auto a = resolve(raw->a, begin, years, options_.reference_year);
    if (!raw->range) {
      if (a) emit(a->year, raw->a.month, raw->a.day, a->year, raw->a.month, raw->a.day,
                  a->confidence, raw->a.weekday >= 0, raw->first, raw->last);
      continue;
    }
    // A range: an end with a written year lends it to the other (rule 1), then each end is
    // resolved on its own, and an end that still has no year borrows the other's.
    WrittenDate wa = raw->a, wb = raw->b;
    if (wa.year == 0 && wb.year > 0) wa.year = wb.year - (wa.month > wb.month ? 1 : 0);
    if (wb.year == 0 && wa.year > 0) wb.year = wa.year + (wb.month < wa.month ? 1 : 0);
    a = resolve(wa, begin, years, options_.reference_year);
    auto b = resolve(wb, begin, years, options_.reference_year);
    if (a && !b && wb.year == 0) {
      wb.year = a->year + (wb.month < wa.month ? 1 : 0);
      b = resolve(wb, begin, years, 0);
      if (b) b->confidence = a->confidence;
    } else if (b && !a && wa.year == 0) {
      wa.year = b->year - (wa.month > wb.month ? 1 : 0);
      a = resolve(wa, begin, years, 0);
      if (a) a->confidence = b->confidence;
    }
    if (!a || !b) continue;  // a range with an unresolvable end is not evidence we can trust
    const long span = days_from_civil(b->year, wb.month, wb.day) -
                      days_from_civil(a->year, wa.month, wa.day);
    if (span < 0 || span > kMaxRangeDays) {
      // Two dates joined by "dan" or a dash that are too far apart to be one event.
      if (raw->b_first > raw->first) {
        emit(a->year, wa.month, wa.day, a->year, wa.month, wa.day, a->confidence, wa.weekday >= 0,
             raw->first, raw->a_last);
        emit(b->year, wb.month, wb.day, b->year, wb.month, wb.day, b->confidence, wb.weekday >= 0,
             raw->b_first, raw->last);
      }
      continue;
    }
    emit(a->year, wa.month, wa.day, b->year, wb.month, wb.day, std::min(a->confidence, b->confidence),
         wa.weekday >= 0 || wb.weekday >= 0, raw->first, raw->last);
  }
  return out;
}

std::optional<InferredDate> DateInference::infer(std::string_view title,
                                                 std::string_view body) const {
  const std::vector<DateMention> all = mentions(title, body);
  // The latest mention with a weekday, else the latest of all; ties keep the earlier mention.
  const DateMention* chosen = nullptr;
  for (const DateMention& m : all)
    if (m.has_weekday && (!chosen || m.end > chosen->end)) chosen = &m;
  if (!chosen) {
    for (const DateMention& m : all)
      if (!chosen || m.end > chosen->end) chosen = &m;
  }
  if (!chosen) return std::nullopt;
  InferredDate result;
  result.start = chosen->start;
  result.end = chosen->end;
  result.date = chosen->end;
  result.confidence = chosen->confidence;
  result.evidence = chosen->text;
  return result;
}

}  // namespace siaran::corpus
