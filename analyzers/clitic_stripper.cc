#include "analyzers/clitic_stripper.h"

#include <array>

namespace siaran::analyzers {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

size_t count_vowels(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += is_vowel(c);
  return n;
}

bool is_question_word(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kWords = {
      "apa", "siapa", "mana", "bagaimana", "mengapa", "kenapa", "berapa"};
  for (std::string_view q : kWords) {
    if (w == q) return true;
  }
  return false;
}

}  // namespace

CliticStripper::CliticStripper(const ProtectedTerms& protected_terms, WordList proclitic_roots)
    : protected_terms_(protected_terms), proclitic_roots_(std::move(proclitic_roots)) {}

bool CliticStripper::may_cut_to(std::string_view remainder) const {
  if (protected_terms_.contains(remainder)) return true;
  return remainder.size() >= 3 && count_vowels(remainder) >= 2;
}

std::string_view CliticStripper::strip_particle(std::string_view w) const {
  for (std::string_view particle : {"lah", "kah", "pun", "tah"}) {
    if (w.size() <= particle.size() || !w.ends_with(particle)) continue;
    std::string_view rest = w.substr(0, w.size() - particle.size());
    if (particle == "lah" && rest.ends_with('l')) return w;  // Abdullah, Hizbullah
    if (particle == "tah" && !is_question_word(rest)) return w;
    return may_cut_to(rest) ? rest : w;
  }
  return w;
}

std::string_view CliticStripper::strip_possessive(std::string_view w) const {
  for (std::string_view possessive : {"nya", "ku", "mu"}) {
    if (w.size() <= possessive.size() || !w.ends_with(possessive)) continue;
    std::string_view rest = w.substr(0, w.size() - possessive.size());
    return may_cut_to(rest) ? rest : w;
  }
  return w;
}

bool CliticStripper::is_proclitic_root(std::string_view rest) const {
  if (proclitic_roots_.contains(rest)) return true;
  for (std::string_view suffix : {"kan", "i"}) {
    if (rest.size() > suffix.size() && rest.ends_with(suffix) &&
        proclitic_roots_.contains(rest.substr(0, rest.size() - suffix.size()))) {
      return true;
    }
  }
  return false;
}

std::string_view CliticStripper::strip_proclitic(std::string_view w) const {
  for (std::string_view proclitic : {"kau", "ku"}) {
    if (w.size() > proclitic.size() && w.starts_with(proclitic) &&
        is_proclitic_root(w.substr(proclitic.size()))) {
      return w.substr(proclitic.size());
    }
  }
  return w;
}

std::string CliticStripper::strip(std::string_view word) const {
  if (protected_terms_.contains(word)) return std::string(word);
  std::string_view w = strip_particle(word);
  if (!protected_terms_.contains(w)) w = strip_possessive(w);
  if (!protected_terms_.contains(w)) w = strip_proclitic(w);
  return std::string(w);
}

}  // namespace siaran::analyzers
