// analyzers::WordMemo — what the analyzer makes of a word, remembered by the word's folded form.
//
// A word's exact form, stem, protection and stopword flag depend on its folded form alone (and
// on the fixed word lists), and a news corpus repeats the same few thousand words. Computed
// afresh, every occurrence paid for clitic stripping (up to a handful of protected-term and
// proclitic-root look-ups), two stopword look-ups, a protected-term look-up and the stem cache:
// about a dozen hash look-ups per token. Remembered, it is one look-up per token.
//
// Only Word lexemes go through the memo: numbers, initialisms and reduplication bases are not
// folded words (and numbers rarely repeat), so the analyzer computes those directly.
//
// Not thread-safe (it owns a reference to the caller's WordPipeline); one per Analyzer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "analyzers/word_hash.h"

namespace siaran::analyzers {

class StopwordList;
class WordPipeline;

// The analysis of one folded word, exactly as Analyzer::analyze() computes it without the memo.
struct WordAnalysis {
  std::string exact;          // WordPipeline::exact_form(folded)
  std::string stem;           // WordPipeline::stem(exact)
  bool is_protected = false;  // WordPipeline::is_protected(exact)
  bool stopword = false;      // folded or exact on the stopword list (never, without a list)
};

class WordMemo {
 public:
  // `stopwords` may be null (nothing is a stopword). Holds at most `capacity` words; when full it
  // starts over, like CachedStemmer. Words longer than `max_word_bytes` are computed but not
  // kept: they are never real words and would only push real ones out.
  WordMemo(WordPipeline& words, const StopwordList* stopwords, size_t capacity = 1 << 16,
           size_t max_word_bytes = 64);

  // The analysis of `folded` (TextNormalizer::fold() of a Word lexeme). The reference is valid
  // until the next call.
  const WordAnalysis& analyze(std::string_view folded);

  // The analysis computed without the memo (what analyze() remembers).
  WordAnalysis compute(std::string_view folded);

  size_t size() const { return memo_.size(); }

 private:
  WordPipeline& words_;
  const StopwordList* stopwords_;
  size_t capacity_;
  size_t max_word_bytes_;
  std::unordered_map<std::string, WordAnalysis, WordHash, std::equal_to<>> memo_;
  WordAnalysis uncached_;  // the last word too long to keep
};

}  // namespace siaran::analyzers
