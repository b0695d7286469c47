// analyzers::Analyzer — Indonesian text -> index terms. The single place that decides what a word
// becomes, used identically by the indexer (index/document_builder.h), the query parser
// (search/query_parser.h) and the snippet highlighter (through xapian_stem()).
//
// Pipeline per text: TextNormalizer (ICU NFKC + case folding) -> Tokenizer (words, numbers,
// percentages, acronyms, hyphenated reduplication, clitics) -> StopwordList -> ProtectedTerms /
// Stemmer. See analyzers/README.md for each stage and the reasons behind it.
//
// Not thread-safe (the Snowball stemmer keeps state): one Analyzer per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace siaran::analyzers {

enum class StemmerKind { Snowball, Lexicon, None };

// "snowball" | "lexicon" | "none"; throws std::invalid_argument otherwise.
StemmerKind parse_stemmer_kind(std::string_view name);
const char* to_string(StemmerKind kind);

struct AnalyzerOptions {
  StemmerKind stemmer = StemmerKind::Snowball;
  bool drop_stopwords = true;  // stopwords still occupy a position (phrases stay exact)
};

enum class TokenKind { Word, Number, Acronym };

struct Token {
  std::string_view surface;  // the token as written, a slice of the analysed text
  size_t offset = 0;         // byte offset of `surface` in the analysed text
  unsigned position = 0;     // 1-based word position; stopwords consume a position too
  TokenKind kind = TokenKind::Word;
  // Normalised form: case folded, NFKC, reduplication collapsed ("buku-buku" -> "buku"),
  // clitics removed ("bukunya" -> "buku", "kaulah" -> "kau"). The "exact" index term.
  std::string exact;
  // The stemmed form of `exact` (== exact for protected terms, numbers and with StemmerKind::None).
  std::string stem;
  bool stopword = false;
  bool is_protected = false;  // on the protected-terms list: never stemmed
};

class Analyzer {
 public:
  explicit Analyzer(AnalyzerOptions options = {});
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Every token of `text`, in order. `text` must outlive the returned surfaces. Invalid UTF-8 is
  // replaced (U+FFFD), never an error: indexing must not lose a record over one bad byte.
  std::vector<Token> analyze(std::string_view text) const;

  // The stem for one already-normalised word (as Token::exact); applies protected terms.
  std::string stem(std::string_view exact_word) const;

  // A Xapian::Stem that runs this analyzer's per-word pipeline (normalise, clitics, protected
  // terms, stemmer). Give it to MSet::snippet so stemmed variants are highlighted as written.
  Xapian::Stem xapian_stem() const;

  const AnalyzerOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siaran::analyzers
