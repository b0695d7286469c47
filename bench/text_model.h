// bench::TextModel — a word bigram model of real text, for generating synthetic releases.
//
// Learned from the bodies and titles of any corpus the project's readers can read. Generation
// mixes bigram draws with unigram draws (so the chain leaves the source's paths often) and
// refuses any word that would make the output repeat kMaxVerbatimRun + 1 consecutive source words:
// the generated text has the source's vocabulary and rhythm but never copies it at length.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bench/random.h"

namespace siaran::bench {

class TextModel {
 public:
  static constexpr int kMaxVerbatimRun = 7;  // longest run of consecutive source words emitted

  // Adds one text (a body or a title) to the statistics.
  void learn(std::string_view text);
  // Call once after the last learn(); builds the sampling tables.
  void finish();

  bool empty() const { return sentence_lengths_.empty(); }
  size_t vocabulary_size() const { return words_.size() - 1; }  // distinct words (no start marker)
  size_t sentence_count() const { return sentence_lengths_.size(); }

  // Appends one sentence (capitalised, ending in '.', '!' or '?') to `out`. `context` carries the
  // last words emitted across calls, for the verbatim-run guard; clear it for a new document.
  void sentence(Random& rng, std::vector<uint32_t>& context, std::string& out) const;
  // A sentence without its final punctuation, at most `max_words` words (for titles).
  void phrase(Random& rng, std::vector<uint32_t>& context, size_t max_words, std::string& out) const;

 private:
  uint32_t intern(std::string_view word);
  uint32_t draw_next(Random& rng, uint32_t prev) const;
  uint32_t draw_unigram(Random& rng) const;
  bool repeats_source(const std::vector<uint32_t>& context, uint32_t next) const;
  size_t generate(Random& rng, std::vector<uint32_t>& context, size_t max_words,
                  std::string& out) const;
  static uint64_t ngram_hash(const uint32_t* words, size_t n);

  // Word 0 is the sentence start marker.
  std::vector<std::string> words_{std::string()};
  std::vector<bool> ends_sentence_{false};
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<uint32_t> stream_;  // every learned text as word ids, sentence starts as 0
  std::vector<uint32_t> sentence_lengths_;

  // Sampling tables built by finish(): successors of word w are next_[first_[w], first_[w+1]),
  // with running counts in cumulative_ for a binary-search draw.
  std::vector<uint32_t> first_, next_, cumulative_;
  std::vector<uint32_t> unigram_words_, unigram_cumulative_;
  // Open-addressing set of hashes of every source (kMaxVerbatimRun + 1)-gram, over folded ids:
  // words that differ only in a capitalised first letter or trailing punctuation ("Warga" and
  // "warga", "binaan," and "binaan.") share one, as they read as the same words of the source.
  std::vector<uint64_t> ngrams_;
  std::vector<uint32_t> folded_;
};

}  // namespace siaran::bench
