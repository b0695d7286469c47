#include "bench/text_model.h"

#include <algorithm>
#include <stdexcept>

namespace siaran::bench {
namespace {

// How often a word is drawn from the unigram distribution instead of following the bigram chain:
// often enough that a small source corpus does not replay its sentences, rarely enough that the
// text keeps local word order.
constexpr double kUnigramMix = 0.12;
constexpr int kDrawAttempts = 8;
// Unigram draws tried after kDrawAttempts before giving up: the guard never lets a copy through.
constexpr int kLastResortAttempts = 1000;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Quotes and brackets are dropped from words: a chain of words would leave them unbalanced.
bool strip_prefix(std::string_view& w) {
  for (std::string_view p : {"\"", "'", "(", ")", "[", "]", "\xE2\x80\x9C", "\xE2\x80\x9D",
                             "\xE2\x80\x98", "\xE2\x80\x99"}) {
    if (w.starts_with(p)) { w.remove_prefix(p.size()); return true; }
  }
  return false;
}
bool strip_suffix(std::string_view& w) {
  for (std::string_view p : {"\"", "'", "(", ")", "[", "]", "\xE2\x80\x9C", "\xE2\x80\x9D",
                             "\xE2\x80\x98", "\xE2\x80\x99"}) {
    if (w.ends_with(p)) { w.remove_suffix(p.size()); return true; }
  }
  return false;
}
// Double quotes inside a word (`kata"nya`) go too; apostrophes stay (Jum'at, Qur'an).
std::string clean_word_quotes(std::string out) {
  for (std::string_view q : {"\xE2\x80\x9D", "\xE2\x80\x9C", "\""}) {
    size_t at;
    while ((at = out.find(q)) != std::string::npos) out.erase(at, q.size());
  }
  return out;
}

// Removes a quote or bracket that sits before the final punctuation too: `tegasnya.”` ->
// `tegasnya.`, `(humas).` -> `humas.`
std::string clean_word(std::string_view w) {
  while (strip_prefix(w)) {}
  while (strip_suffix(w)) {}
  size_t stops = 0;
  while (stops < w.size() && std::string_view(".,;:!?-").find(w[w.size() - 1 - stops]) != std::string_view::npos)
    ++stops;
  std::string_view core = w.substr(0, w.size() - stops);
  if (stops > 0 && stops < w.size()) {
    while (strip_suffix(core)) {}
    return clean_word_quotes(std::string(core) + std::string(w.substr(w.size() - stops)));
  }
  return clean_word_quotes(std::string(w));
}

bool ends_with_stop(std::string_view w) {
  return !w.empty() && (w.back() == '.' || w.back() == '!' || w.back() == '?');
}

void trim_trailing_punctuation(std::string& out) {
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':' ||
                          out.back() == '.' || out.back() == '!' || out.back() == '?' ||
                          out.back() == '-'))
    out.pop_back();
}

}  // namespace

uint64_t TextModel::ngram_hash(const uint32_t* words, size_t n) {
  uint64_t h = 0x84222325cbf29ce4ULL;
  for (size_t i = 0; i < n; ++i) {
    h = (h ^ words[i]) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
  }
  return h | 1;  // 0 marks an empty slot
}

uint32_t TextModel::intern(std::string_view word) {
  auto [it, inserted] = ids_.try_emplace(std::string(word), static_cast<uint32_t>(words_.size()));
  if (inserted) {
    words_.emplace_back(word);
    ends_sentence_.push_back(ends_with_stop(word));
  }
  return it->second;
}

void TextModel::learn(std::string_view text) {
  uint32_t in_sentence = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (start == i) break;
    std::string word = clean_word(text.substr(start, i - start));
    if (word.empty()) continue;
    if (in_sentence == 0) stream_.push_back(0);
    const uint32_t id = intern(word);
    stream_.push_back(id);
    ++in_sentence;
    if (ends_sentence_[id]) {
      sentence_lengths_.push_back(in_sentence);
      in_sentence = 0;
    }
  }
  if (in_sentence > 0) sentence_lengths_.push_back(in_sentence);
  stream_.push_back(0);  // texts do not run into each other
}

void TextModel::finish() {
  if (sentence_lengths_.empty()) throw std::runtime_error("the source corpus has no text to learn from");
  const size_t vocab = words_.size();
  // Bigram counts, gathered as (prev, next) pairs sorted and run-length counted.
  std::vector<uint64_t> pairs;
  pairs.reserve(stream_.size());
  std::vector<uint32_t> unigram(vocab, 0);
  for (size_t i = 0; i + 1 < stream_.size(); ++i) {
    const uint32_t prev = stream_[i], next = stream_[i + 1];
    if (next == 0) continue;
    pairs.push_back((static_cast<uint64_t>(prev) << 32) | next);
  }
  for (uint32_t w : stream_) if (w != 0) ++unigram[w];
  std::sort(pairs.begin(), pairs.end());
  first_.assign(vocab + 1, 0);
  next_.clear();
  cumulative_.clear();
  uint32_t running = 0;
  uint32_t current_prev = UINT32_MAX;
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const uint32_t prev = static_cast<uint32_t>(pairs[i] >> 32);
    if (prev != current_prev) { running = 0; current_prev = prev; }
    running += static_cast<uint32_t>(j - i);
    next_.push_back(static_cast<uint32_t>(pairs[i]));
    cumulative_.push_back(running);
    ++first_[prev + 1];
    i = j;
  }
  for (size_t w = 0; w < vocab; ++w) first_[w + 1] += first_[w];

  unigram_words_.clear();
  unigram_cumulative_.clear();
  uint32_t total = 0;
  for (uint32_t w = 1; w < vocab; ++w) {
    if (unigram[w] == 0) continue;
    total += unigram[w];
    unigram_words_.push_back(w);
    unigram_cumulative_.push_back(total);
  }

  // Folded ids: generate() capitalises a sentence's first word and sentence() may end it with its
  // own '.', so "warga" and "Warga", "binaan," and "binaan." must count as the same source word.
  std::unordered_map<std::string, uint32_t> fold_ids;
  folded_.assign(vocab, 0);
  for (uint32_t w = 1; w < vocab; ++w) {
    std::string key = words_[w];
    trim_trailing_punctuation(key);
    if (!key.empty() && key[0] >= 'A' && key[0] <= 'Z') key[0] += 'a' - 'A';
    folded_[w] = fold_ids.try_emplace(std::move(key), static_cast<uint32_t>(fold_ids.size() + 1)).first->second;
  }

  // Every source run of kMaxVerbatimRun + 1 words (sentence markers skipped).
  std::vector<uint32_t> plain;
  plain.reserve(stream_.size());
  for (uint32_t w : stream_) if (w != 0) plain.push_back(folded_[w]);
  constexpr size_t n = kMaxVerbatimRun + 1;
  size_t slots = 1024;
  while (slots < plain.size() * 2) slots <<= 1;
  ngrams_.assign(slots, 0);
  for (size_t i = 0; i + n <= plain.size(); ++i) {
    const uint64_t h = ngram_hash(&plain[i], n);
    size_t at = h & (slots - 1);
    while (ngrams_[at] != 0 && ngrams_[at] != h) at = (at + 1) & (slots - 1);
    ngrams_[at] = h;
  }
}

uint32_t TextModel::draw_unigram(Random& rng) const {
  const uint32_t r = static_cast<uint32_t>(rng.below(unigram_cumulative_.back()));
  const auto it = std::upper_bound(unigram_cumulative_.begin(), unigram_cumulative_.end(), r);
  return unigram_words_[it - unigram_cumulative_.begin()];
}

uint32_t TextModel::draw_next(Random& rng, uint32_t prev) const {
  const uint32_t lo = first_[prev], hi = first_[prev + 1];
  if (lo == hi) return draw_unigram(rng);
  const uint32_t r = static_cast<uint32_t>(rng.below(cumulative_[hi - 1]));
  const auto it = std::upper_bound(cumulative_.begin() + lo, cumulative_.begin() + hi, r);
  return next_[it - cumulative_.begin()];
}

bool TextModel::repeats_source(const std::vector<uint32_t>& context, uint32_t next) const {
  if (context.size() < static_cast<size_t>(kMaxVerbatimRun)) return false;
  uint32_t gram[kMaxVerbatimRun + 1];
  for (int i = 0; i < kMaxVerbatimRun; ++i) gram[i] = folded_[context[context.size() - kMaxVerbatimRun + i]];
  gram[kMaxVerbatimRun] = folded_[next];
  const uint64_t h = ngram_hash(gram, kMaxVerbatimRun + 1);
  const size_t mask = ngrams_.size() - 1;
  for (size_t at = h & mask; ngrams_[at] != 0; at = (at + 1) & mask)
    if (ngrams_[at] == h) return true;
  return false;
}

size_t TextModel::generate(Random& rng, std::vector<uint32_t>& context, size_t max_words,
                           std::string& out) const {
  size_t target = sentence_lengths_[rng.below(sentence_lengths_.size())];
  target = std::clamp<size_t>(target, std::min<size_t>(3, max_words), max_words);
  uint32_t prev = 0;
  size_t count = 0;
  while (true) {
    uint32_t word = 0;
    bool fresh = false;
    for (int attempt = 0; attempt < kDrawAttempts + kLastResortAttempts && !fresh; ++attempt) {
      word = (attempt >= kDrawAttempts / 2 || rng.chance(kUnigramMix)) ? draw_unigram(rng)
                                                                        : draw_next(rng, prev);
      fresh = !repeats_source(context, word);
    }
    if (!fresh) throw std::runtime_error("the source text is too repetitive to generate from without copying it");
    if (count > 0) out.push_back(' ');
    const size_t word_start = out.size();
    out += words_[word];
    if (count == 0 && out[word_start] >= 'a' && out[word_start] <= 'z') out[word_start] -= 'a' - 'A';
    if (context.size() >= 64) context.erase(context.begin(), context.end() - kMaxVerbatimRun);
    context.push_back(word);
    ++count;
    prev = word;
    if (ends_sentence_[word] || count >= target) return count;
  }
}

void TextModel::sentence(Random& rng, std::vector<uint32_t>& context, std::string& out) const {
  const size_t start = out.size();
  generate(rng, context, 60, out);
  if (!ends_with_stop(std::string_view(out).substr(start))) {
    trim_trailing_punctuation(out);
    out.push_back('.');
  }
}

void TextModel::phrase(Random& rng, std::vector<uint32_t>& context, size_t max_words,
                       std::string& out) const {
  generate(rng, context, max_words, out);
  trim_trailing_punctuation(out);
}

}  // namespace siaran::bench
