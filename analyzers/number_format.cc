#include "analyzers/number_format.h"

namespace siaran::analyzers {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// d{1,3}(\.d{3})+ (,d+)?
bool is_dot_grouped(std::string_view s) {
  size_t comma = s.find(',');
  std::string_view integer = s.substr(0, comma);
  if (comma != std::string_view::npos) {
    std::string_view fraction = s.substr(comma + 1);
    if (fraction.empty()) return false;
    for (char c : fraction) {
      if (!is_digit(c)) return false;
    }
  }
  size_t first_dot = integer.find('.');
  if (first_dot == std::string_view::npos || first_dot == 0 || first_dot > 3) return false;
  for (size_t i = 0; i < first_dot; ++i) {
    if (!is_digit(integer[i])) return false;
  }
  for (size_t i = first_dot; i < integer.size(); i += 4) {
    if (integer[i] != '.' || i + 4 > integer.size()) return false;
    for (size_t k = i + 1; k < i + 4; ++k) {
      if (!is_digit(integer[k])) return false;
    }
  }
  return true;
}

}  // namespace

bool is_number(std::string_view s) {
  if (s.empty() || !is_digit(s.front()) || !is_digit(s.back())) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_digit(s[i])) continue;
    if ((s[i] == '.' || s[i] == ',') && is_digit(s[i - 1]) && is_digit(s[i + 1])) continue;
    return false;
  }
  return true;
}

std::string canonical_number(std::string_view s) {
  if (!is_number(s) || !is_dot_grouped(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

}  // namespace siaran::analyzers
