// analyzers::Analyzer — Indonesian text -> index terms. The single place that decides what a word
// becomes, used identically by the indexer (index/document_builder.h), the query parser
// (search/query_parser.h) and the snippet highlighter (through xapian_stem()).
//
// Pipeline per text: Tokenizer (words, numbers, percentages, initialisms, hyphen groups; byte
// ranges of the original text) -> TextNormalizer::fold (ICU NFKC + case folding) -> Reduplication
// ("buku-buku" -> "buku") -> CliticStripper ("bukunya" -> "buku") -> StopwordList ->
// ProtectedTerms / Stemmer. See analyzers/README.md for each stage and the reasons behind it.
//
// Not thread-safe (the Snowball stemmer keeps state): one Analyzer per thread.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/stemmer_kind.h"  // StemmerKind, parse_stemmer_kind(), to_string()

namespace siaran::analyzers {

struct AnalyzerOptions {
  StemmerKind stemmer = StemmerKind::Snowball;
  // Mark stopwords (Token::stopword). They are still returned and still occupy a position, so
  // phrases stay exact; the caller leaves them out of ranking. false: nothing is a stopword.
  bool drop_stopwords = true;
};

// Word: anything with letters ("G20" too). Number: digits only ("5,12", "2022").
// Acronym: written in capitals — "UPT", "KPK", "U.P.T.", "KemenPAN" (an inner capital), or an
// all-capital protected term of any length. Informational: the terms never depend on the kind,
// because a query typed in lower case must produce the same terms.
enum class TokenKind { Word, Number, Acronym };

// Tokens longer than this (exact form, bytes) are dropped: they are never words (base64, hashes)
// and Xapian refuses terms over 245 bytes with their prefix.
inline constexpr size_t kMaxTermBytes = 120;

struct Token {
  std::string_view surface;  // the token as written, a slice of the analysed text
  size_t offset = 0;         // byte offset of `surface` in the analysed text
  unsigned position = 0;     // 1-based word position; stopwords consume a position too
  TokenKind kind = TokenKind::Word;
  // Normalised form: case folded, NFKC, apostrophes dropped ("Ma'ruf" -> "maruf"),
  // reduplication collapsed ("buku-buku" -> "buku"), clitics removed ("bukunya" -> "buku",
  // "kaulah" -> "kau"), thousands dots removed ("1.000.000" -> "1000000"); "%" after a number
  // becomes the token "persen". The "exact" index term.
  std::string exact;
  // The stemmed form of `exact` (== exact for protected terms, anything containing a digit, and
  // with StemmerKind::None). Always equal to Analyzer::stem(exact).
  std::string stem;
  bool stopword = false;
  bool is_protected = false;  // on the protected-terms list (or a Roman numeral): never stemmed
};

class Analyzer {
 public:
  explicit Analyzer(AnalyzerOptions options = {});
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Every token of `text`, in order. `text` must outlive the returned surfaces. Invalid UTF-8 is
  // replaced (U+FFFD, which separates words), never an error: indexing must not lose a record
  // over one bad byte.
  std::vector<Token> analyze(std::string_view text) const;

  // The stem for one already-normalised word (as Token::exact); applies protected terms.
  std::string stem(std::string_view exact_word) const;

  // A Xapian::Stem that runs this analyzer's per-word pipeline (normalise, clitics, protected
  // terms, stemmer) on a word as written. Give it to MSet::snippet so stemmed variants are
  // highlighted as written, and to Xapian::QueryParser if it is used. It has its own stemmer
  // state: it may outlive this Analyzer and be used by another thread than this Analyzer.
  // get_description() is "siaran-indonesian-snowball" or "siaran-indonesian-none".
  Xapian::Stem xapian_stem() const;

  const AnalyzerOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The `siaran-index analyze` output: for each line of `in`, one line per token,
//   surface<TAB>term
// where term is the stem, "=" + exact for a protected term (kept as is), or "(stop)" for a
// stopword. Lines are analysed one at a time, so input of any size streams.
void write_analysis(std::istream& in, std::ostream& out, const Analyzer& analyzer);

}  // namespace siaran::analyzers
