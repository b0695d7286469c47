// search::date_spec — the dates a reader can ask for, as inclusive bounds on index::schema's
// kDateSlot ("YYYYMMDD" strings, so a value range is a string range).
//
//   request from/to   "YYYY-MM-DD", a real calendar date (2023-02-29 is refused)
//   query date:       "2022" (the whole year), "2022-11" (the month), "2022-11-05" (the day),
//                     "A..B" (A's first day to B's last), "A.." and "..B" (open ranges)
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace siaran::search {

// Inclusive bounds as "YYYYMMDD"; an empty bound is open.
struct DateBounds {
  std::string first;
  std::string last;

  bool operator==(const DateBounds&) const = default;
};

// "2022-11-05" -> "20221105"; nullopt unless it is exactly YYYY-MM-DD and a real calendar date.
std::optional<std::string> day_key(std::string_view iso_date);

// The days a `date:` value covers; nullopt when it is not one of the forms above, names an
// impossible date, or ends before it starts (then *reversed, when given, is set to true).
std::optional<DateBounds> parse_date_spec(std::string_view spec, bool* reversed = nullptr);

}  // namespace siaran::search
