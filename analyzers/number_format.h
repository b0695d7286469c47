// analyzers::number_format — the index form of a number token.
//
// Indonesian writes thousands with dots and decimals with a comma: "1.000.000", "5,12",
// "2,5". A number with dot-separated groups of exactly three digits is a thousands-grouped number
// and loses its dots ("1.000.000" -> "1000000", "1.500,75" -> "1500,75"), so it matches the same
// number written without grouping. Everything else is kept as written: "5,12" stays "5,12" (a
// decimal comma is not rewritten to a dot, so "5,12" never matches "5.12", which in Indonesian
// text is more often a date or a verse than a decimal), and "2.5" stays "2.5".
#pragma once

#include <string>
#include <string_view>

namespace siaran::analyzers {

// Digits with inner '.' or ',' between digits: "2022", "5,12", "1.000.000". ASCII digits only
// (apply to case-folded text: NFKC turns other decimal digits into ASCII ones).
bool is_number(std::string_view folded);

// The index form of a number as described above; other input is returned unchanged.
std::string canonical_number(std::string_view folded);

}  // namespace siaran::analyzers
