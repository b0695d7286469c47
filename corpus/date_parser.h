// corpus::DateParser — reads the date styles of Indonesian news and release sources into ISO 8601.
//
// Output is "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when the source gives a time of day. Every
// result is a real calendar date (leap years checked) with a year in kMinYear..kMaxYear; anything
// else — including years 0 and 9999 — is std::nullopt, never a guess.
//
// DateParser::parse accepts, case-insensitively, with Indonesian or English month names in full
// or abbreviated (Januari/January/Jan, Mei/May, Agustus/August/Agu/Agt/Aug, Okt/Oct, Nop/Nov,
// Des/Dec, ...; a trailing '.' after an abbreviation is fine):
//   2019-09-11   2019-09-11T09:30[:00]   2019-09-11 09:30   2019/09/11     ISO-like, year first
//   27 Maret 2019   27 Mar 2019   10-Sep-19   10-Sep-2019                   day month year
//   Oktober 07, 2019   October 7 2019                                       month day, year
//   21/10/2025   21-10-2025   21.10.2025                                    day/month/year: the
//        Indonesian order. US month-first data needs an explicit DateFormat ("%m/%d/%Y").
// optionally after a weekday ("Selasa, 13 Desember 2022", "Jum'at 7 Juni 2019") and optionally
// followed by a time ("09:30", "09.30 WIB", "pukul 9.30", "9:30 PM"; zones WIB/WITA/WIT/UTC/GMT
// and ISO offsets such as "+07:00" or "Z" are accepted and dropped: times stay as published).
// Two-digit years follow POSIX strptime: 69..99 -> 19xx, 00..68 -> 20xx.
// A month without a day ("September 2019") is not a date: std::nullopt.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siaran::corpus {

class DateParser {
 public:
  static constexpr int kMinYear = 1900;
  static constexpr int kMaxYear = 2100;

  // Any of the styles above; std::nullopt when `text` is not one of them or not a real date.
  static std::optional<std::string> parse(std::string_view text);

  // Strict canonical form (JSONL): "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" exactly. Normalises
  // to the output form above. On failure, `why` (when given) receives a sentence fragment such
  // as "is not a real calendar date" or "is not ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS])".
  static std::optional<std::string> parse_iso(std::string_view text, std::string* why = nullptr);
};

// A strptime-style format for sources whose dates are in one known shape (--date-format). Our
// own implementation, independent of the C locale, so month names work in Indonesian and English:
//   %Y four-digit year   %y two-digit year   %m month 1..12   %d / %e day   %H hour 0..23
//   %M minute   %S second   %b %B %h month name   %a %A weekday name (checked, then ignored)
//   %p AM/PM   %Z zone name (WIB, UTC, ...) ignored   %T = %H:%M:%S   %% a literal '%'
// Numbers accept one or two digits (as strptime does). White space in the format matches any run
// of white space (or none); other characters match themselves, letters case-insensitively.
class DateFormat {
 public:
  // Throws std::invalid_argument for an unknown directive or a format that cannot give a full
  // date (it needs a year, a month and a day).
  explicit DateFormat(std::string pattern);

  // The ISO form of `text`, or std::nullopt when it does not match or is not a real date.
  std::optional<std::string> parse(std::string_view text) const;

  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
};

// 1..12 for a month name or abbreviation in Indonesian or English (any case, optional trailing
// '.'), std::nullopt otherwise. Shared with corpus::DateInference.
std::optional<int> month_from_name(std::string_view name);

// true for Senin..Minggu (also Ahad, Jumat/Jum'at) and Monday..Sunday, full or abbreviated.
bool is_weekday_name(std::string_view name);

// true when year-month-day exists in the Gregorian calendar and the year is in
// DateParser::kMinYear..kMaxYear.
bool is_calendar_date(int year, int month, int day);

}  // namespace siaran::corpus
