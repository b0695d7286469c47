#include "search/date_spec.h"

#include <cstdio>

namespace siaran::search {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int to_int(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::string key(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
  return buf;
}

// One side of a date: value: YYYY, YYYY-MM or YYYY-MM-DD, as its first and last day.
std::optional<DateBounds> parse_period(std::string_view s) {
  if (s.size() < 4 || !all_digits(s.substr(0, 4))) return std::nullopt;
  int year = to_int(s.substr(0, 4));
  if (year < 1) return std::nullopt;
  if (s.size() == 4) return DateBounds{key(year, 1, 1), key(year, 12, 31)};
  if (s.size() < 7 || s[4] != '-' || !all_digits(s.substr(5, 2))) return std::nullopt;
  int month = to_int(s.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  if (s.size() == 7) return DateBounds{key(year, month, 1), key(year, month, days_in_month(year, month))};
  if (s.size() != 10 || s[7] != '-' || !all_digits(s.substr(8, 2))) return std::nullopt;
  int day = to_int(s.substr(8, 2));
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return DateBounds{key(year, month, day), key(year, month, day)};
}

}  // namespace

std::optional<std::string> day_key(std::string_view iso_date) {
  if (iso_date.size() != 10) return std::nullopt;
  auto period = parse_period(iso_date);
  if (!period) return std::nullopt;
  return period->first;
}

std::optional<DateBounds> parse_date_spec(std::string_view spec, bool* reversed) {
  if (reversed) *reversed = false;
  size_t dots = spec.find("..");
  if (dots == std::string_view::npos) return parse_period(spec);

  std::string_view from = spec.substr(0, dots);
  std::string_view to = spec.substr(dots + 2);
  if (from.empty() && to.empty()) return std::nullopt;
  DateBounds bounds;
  if (!from.empty()) {
    auto p = parse_period(from);
    if (!p) return std::nullopt;
    bounds.first = p->first;
  }
  if (!to.empty()) {
    auto p = parse_period(to);
    if (!p) return std::nullopt;
    bounds.last = p->last;
  }
  if (!bounds.first.empty() && !bounds.last.empty() && bounds.first > bounds.last) {
    if (reversed) *reversed = true;
    return std::nullopt;
  }
  return bounds;
}

}  // namespace siaran::search
