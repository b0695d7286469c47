// analyzers::WordList — a set of words in the plain-text list format of analyzers/data/*.txt:
// one word per line, '#' starts a comment, blank lines and surrounding whitespace are ignored.
// The lists are compiled into the binary (see CMakeLists.txt); load() reads an extra list from a
// file at run time.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "analyzers/word_hash.h"

namespace siaran::analyzers {

class WordList {
 public:
  WordList() = default;

  // Never fails: every non-comment token of `text` becomes an entry, exactly as written (the
  // shipped lists are lower case already; callers compare with case-folded words).
  static WordList parse(std::string_view text);

  // Throws std::runtime_error naming the file when it cannot be read.
  static WordList load(const std::filesystem::path& file);

  bool contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  size_t size() const { return words_.size(); }
  void add(std::string_view word) { words_.emplace(word); }
  void merge(const WordList& other) { words_.insert(other.words_.begin(), other.words_.end()); }
  // Calls f(const std::string&) for every word, in no particular order.
  template <class F>
  void for_each(F&& f) const {
    for (const std::string& w : words_) f(w);
  }

 private:
  std::unordered_set<std::string, WordHash, std::equal_to<>> words_;  // transparent: no std::string per look-up
};

}  // namespace siaran::analyzers
