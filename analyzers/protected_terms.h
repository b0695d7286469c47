// analyzers::ProtectedTerms — words that are never stemmed and never lose a "clitic".
//
// The list (analyzers/data/protected_terms.txt, compiled in) holds the domain's institution names
// and acronyms (Snowball reads "ditjenpas" as di- + tjenpas), words whose Snowball stem is an
// unrelated word ("media" -> "dia", "masalah" -> "masa"), and roots that merely end in clitic
// letters ("sekolah", "berlaku"). Roman numerals ("iii", "iia" of "Lapas Kelas IIA") are
// protected by rule: Snowball would read their final "i" as a suffix.
#pragma once

#include <string_view>

#include "analyzers/word_list.h"

namespace siaran::analyzers {

class ProtectedTerms {
 public:
  explicit ProtectedTerms(WordList words) : words_(std::move(words)) {}

  // The shipped list, parsed once per process (thread-safe). If the environment variable
  // SIARAN_EXTRA_PROTECTED_TERMS names a file in the same format, its words are added (an
  // unreadable file is reported on stderr and ignored). The indexer and the searcher must then
  // see the same file, or query stems will not match index stems.
  static const ProtectedTerms& builtin();

  // `exact` is case folded and clitic free (Token::exact).
  bool contains(std::string_view exact) const {
    return words_.contains(exact) || is_roman_numeral(exact);
  }
  size_t size() const { return words_.size(); }

  // Lower-case Roman numeral 1..39 with i/v/x letters, optionally followed by a class letter
  // a or b: "ii", "iv", "xiii", "iia", "iiib". Single letters are not taken ("i", "v", "x").
  static bool is_roman_numeral(std::string_view word);

 private:
  WordList words_;
};

}  // namespace siaran::analyzers
