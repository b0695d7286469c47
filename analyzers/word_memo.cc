#include "analyzers/word_memo.h"

#include "analyzers/stopword_list.h"
#include "analyzers/word_pipeline.h"

namespace siaran::analyzers {

WordMemo::WordMemo(WordPipeline& words, const StopwordList* stopwords, size_t capacity, size_t max_word_bytes)
    : words_(words), stopwords_(stopwords), capacity_(capacity == 0 ? 1 : capacity), max_word_bytes_(max_word_bytes) {}

WordAnalysis WordMemo::compute(std::string_view folded) {
  WordAnalysis a;
  a.exact = words_.exact_form(folded);
  a.is_protected = words_.is_protected(a.exact);
  a.stem = words_.stem(a.exact);
  a.stopword = stopwords_ && (stopwords_->contains(folded) || stopwords_->contains(a.exact));
  return a;
}

const WordAnalysis& WordMemo::analyze(std::string_view folded) {
  if (auto it = memo_.find(folded); it != memo_.end()) return it->second;
  if (folded.size() > max_word_bytes_) {
    uncached_ = compute(folded);
    return uncached_;
  }
  if (memo_.size() >= capacity_) memo_.clear();
  return memo_.emplace(std::string(folded), compute(folded)).first->second;
}

}  // namespace siaran::analyzers
