// analyzers::Stemmer — one word -> its stem. The word is already case folded and clitic free
// (Token::exact); protected terms are decided before a stemmer is asked (word_pipeline.h).
//
// SnowballStemmer wraps libstemmer's Indonesian algorithm. It keeps state between calls, so one
// instance must not be shared between threads. CachedStemmer memoises any stemmer: the same few
// thousand words make up most of a news corpus, and stemming is on the indexing hot path.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "analyzers/stemmer_kind.h"
#include "analyzers/word_hash.h"

struct sb_stemmer;

namespace siaran::analyzers {

class Stemmer {
 public:
  virtual ~Stemmer() = default;
  virtual std::string stem(std::string_view word) = 0;
};

class SnowballStemmer final : public Stemmer {
 public:
  // Throws std::runtime_error if libstemmer lacks the Indonesian algorithm.
  SnowballStemmer();
  ~SnowballStemmer() override;
  SnowballStemmer(const SnowballStemmer&) = delete;
  SnowballStemmer& operator=(const SnowballStemmer&) = delete;

  // The raw algorithm, without the analyzer's protected terms or clitic handling.
  std::string stem(std::string_view word) override;

 private:
  sb_stemmer* stemmer_;
};

class NoStemmer final : public Stemmer {
 public:
  std::string stem(std::string_view word) override { return std::string(word); }
};

// StemmerKind::Lexicon throws std::runtime_error when the dictionary is missing (see
// lexicon_stemmer.h).
std::unique_ptr<Stemmer> make_stemmer(StemmerKind kind);

class CachedStemmer final : public Stemmer {
 public:
  // Holds at most `capacity` entries; when full it starts over (cheap, and a corpus's frequent
  // words come back within a few documents).
  explicit CachedStemmer(std::unique_ptr<Stemmer> inner, size_t capacity = 1 << 16);
  std::string stem(std::string_view word) override;

 private:
  std::unique_ptr<Stemmer> inner_;
  size_t capacity_;
  std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> cache_;
};

}  // namespace siaran::analyzers
