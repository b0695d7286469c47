// analyzers::CliticStripper — removes Indonesian clitics from a case-folded word, so
// "bukunya", "bukumu" and "bukulah" are all indexed as "buku" (Token::exact).
//
// Order follows the grammar, outermost first: particle (-lah, -kah, -pun, -tah), then possessive
// (-nya, -ku, -mu), then proclitic pronoun (ku-, kau-): "bukumukah" -> "bukumu" -> "buku".
// Without a dictionary, a suffix is only cut when what remains is still word-sized — at least
// three letters with at least two vowels ("apakah" -> "apa", but "nikah", "ilmu", "tanya" stay)
// — or when what remains is a protected term ("KPKnya" -> "kpk"). Roots that end in clitic
// letters and would pass that test ("sekolah", "masalah", "berlaku") are protected terms, and a
// protected word is never cut. Further rules:
//   -lah after "l" is a name ending in Allah ("Abdullah"), not a particle;
//   -tah only follows question words ("apatah", "siapatah"), as in the grammar;
//   ku-/kau- are only cut before a root of analyzers/data/proclitic_roots.txt, optionally with
//   -kan or -i ("kulihat" -> "lihat", "kauberikan" -> "berikan"): most words beginning with
//   "ku" are roots themselves (kuat, kuasa, kuliah).
#pragma once

#include <string>
#include <string_view>

#include "analyzers/protected_terms.h"
#include "analyzers/word_list.h"

namespace siaran::analyzers {

class CliticStripper {
 public:
  CliticStripper(const ProtectedTerms& protected_terms, WordList proclitic_roots);

  // Uses ProtectedTerms::builtin() and the shipped proclitic roots (thread-safe, parsed once).
  static const CliticStripper& builtin();

  // `word` is case folded with apostrophes removed. Returns it without clitics.
  std::string strip(std::string_view word) const;

 private:
  bool may_cut_to(std::string_view remainder) const;
  std::string_view strip_particle(std::string_view word) const;
  std::string_view strip_possessive(std::string_view word) const;
  std::string_view strip_proclitic(std::string_view word) const;
  bool is_proclitic_root(std::string_view rest) const;

  const ProtectedTerms& protected_terms_;
  WordList proclitic_roots_;
};

}  // namespace siaran::analyzers
