// analyzers::StopwordList — Indonesian function words (analyzers/data/stopwords.txt, compiled in).
// A stopword is still a token with a position (phrases stay exact); Token::stopword tells the
// indexer and the query parser to leave it out of ranking.
#pragma once

#include <string_view>

#include "analyzers/word_list.h"

namespace siaran::analyzers {

class StopwordList {
 public:
  explicit StopwordList(WordList words) : words_(std::move(words)) {}

  // The shipped list, parsed once per process (thread-safe).
  static const StopwordList& builtin();

  // `exact` as in Token::exact: case folded, clitics stripped.
  bool contains(std::string_view exact) const { return words_.contains(exact); }
  size_t size() const { return words_.size(); }

 private:
  WordList words_;
};

}  // namespace siaran::analyzers
