// analyzers::WordPipeline — what one word becomes: the exact term (Token::exact) and the stem
// (Token::stem). Shared by Analyzer::analyze() and the Xapian::Stem of Analyzer::xapian_stem(),
// so the indexer, the query parser and the snippet highlighter cannot disagree.
//
//   folded word -> drop apostrophes ("ma'ruf" -> "maruf") -> strip clitics (CliticStripper)
//               = exact
//   exact       -> unchanged if protected (ProtectedTerms), a number, or containing a digit;
//                  else the stemmer's answer (cached)
//               = stem
//
// Not thread-safe (the stemmer and its cache); one instance per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "analyzers/clitic_stripper.h"
#include "analyzers/protected_terms.h"
#include "analyzers/stemmer.h"
#include "analyzers/text_normalizer.h"

namespace siaran::analyzers {

class WordPipeline {
 public:
  explicit WordPipeline(StemmerKind kind);

  StemmerKind kind() const { return kind_; }
  const TextNormalizer& normalizer() const { return normalizer_; }

  // Folded word (TextNormalizer::fold) -> Token::exact of a word.
  std::string exact_form(std::string_view folded) const;

  // On the protected list or a Roman numeral.
  bool is_protected(std::string_view exact) const { return protected_terms_.contains(exact); }

  // Token::exact -> Token::stem.
  std::string stem(std::string_view exact);

  // A word as written, in any case, -> its stem: fold, then exact_form() (or the number form),
  // then stem(). What Xapian's snippet code asks of a Xapian::Stem.
  std::string stem_written_word(std::string_view word);

 private:
  StemmerKind kind_;
  TextNormalizer normalizer_;
  const ProtectedTerms& protected_terms_;
  const CliticStripper& clitics_;
  CachedStemmer stemmer_;
};

}  // namespace siaran::analyzers
