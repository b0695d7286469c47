#include "analyzers/reduplication.h"

#include <array>
#include <string_view>

namespace siaran::analyzers {

namespace {

// Prefixes (with nasal variants) that can precede a reduplicated root: berlari-lari,
// menembak-nembak, memukul-mukul, tersenyum-senyum, dipukul-pukul, sebaik-baiknya.
bool is_prefix(std::string_view p) {
  static constexpr std::array<std::string_view, 14> kPrefixes = {
      "ber", "be", "me", "mem", "men", "meng", "meny", "ter", "di", "se", "ke", "pe", "per", "memper"};
  for (std::string_view k : kPrefixes) {
    if (p == k) return true;
  }
  return false;
}

bool is_reduplication_suffix(std::string_view s) { return s == "an" || s == "kan" || s == "i"; }

std::optional<std::string> base_of_pair(const std::string& first, const std::string& second) {
  if (first.empty() || second.empty()) return std::nullopt;
  if (first == second) return first;
  // P+X-X: the second part is the root the first part ends in. "me" + "nembak" also covers
  // nasal assimilation, where the second part repeats the assimilated form.
  if (second.size() >= 3 && first.size() > second.size() && first.ends_with(second) &&
      is_prefix(std::string_view(first).substr(0, first.size() - second.size()))) {
    return first;
  }
  // X-X+S
  if (first.size() >= 3 && second.size() > first.size() && second.starts_with(first) &&
      is_reduplication_suffix(std::string_view(second).substr(first.size()))) {
    return second;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> Reduplication::base(const std::vector<std::string>& parts) {
  if (parts.size() != 2) return std::nullopt;  // "kupu-kupu" yes; "a-b-c" chains are compounds
  return base_of_pair(parts[0], parts[1]);
}

}  // namespace siaran::analyzers
