#include "analyzers/reduplication.h"

#include <algorithm>
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

// Clitics written after a hyphen: "kuasa-Mu", "nikmat-Ku" (capitalised for God), "KPK-nya".
bool is_clitic(std::string_view s) {
  for (std::string_view c : {"ku", "mu", "nya", "lah", "kah", "tah", "pun"}) {
    if (s == c) return true;
  }
  return false;
}

// P+X-X+S: the first part ends in X, the second begins with it. "berbalas-balasan" -> the
// word with both affixes, "berbalasan"; "meniru-nirukan" -> "menirukan" (X is the nasalised
// "niru"). The longest X of at least three letters counts.
std::optional<std::string> confix_reduplication(const std::string& first, const std::string& second) {
  for (size_t x = std::min(first.size(), second.size()); x >= 3; --x) {
    std::string_view root = std::string_view(second).substr(0, x);
    if (!std::string_view(first).ends_with(root)) continue;
    if (is_prefix(std::string_view(first).substr(0, first.size() - x)) &&
        is_reduplication_suffix(std::string_view(second).substr(x))) {
      return first + second.substr(x);
    }
  }
  return std::nullopt;
}

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
  return confix_reduplication(first, second);
}

}  // namespace

std::optional<std::string> Reduplication::base(const std::vector<std::string>& parts) {
  if (parts.size() >= 2 && is_clitic(parts.back())) {
    if (parts.size() == 2) return parts[0].empty() ? std::nullopt : std::optional(parts[0]);
    if (parts.size() == 3) return base_of_pair(parts[0], parts[1]);  // "buku-buku-nya"
    return std::nullopt;
  }
  if (parts.size() != 2) return std::nullopt;  // "kupu-kupu" yes; "a-b-c" chains are compounds
  return base_of_pair(parts[0], parts[1]);
}

}  // namespace siaran::analyzers
