#include "analyzers/word_hash.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace siaran::analyzers {
namespace {

// Every string over a small alphabet of each length 0..max_length, in order: words that differ
// in a single byte, at every position, and in length alone.
std::vector<std::string> all_strings(const std::string& alphabet, size_t max_length) {
  std::vector<std::string> out = {""};
  for (size_t begin = 0, length = 1; length <= max_length; ++length) {
    const size_t end = out.size();
    for (size_t i = begin; i < end; ++i) {
      for (char c : alphabet) out.push_back(out[i] + c);
    }
    begin = end;
  }
  return out;
}

TEST(WordHash, EqualWordsHashEquallyWhateverTheirType) {
  const std::string word = "pemasyarakatan";
  const std::string copy = word;
  EXPECT_EQ(WordHash{}(word), WordHash{}(copy));
  EXPECT_EQ(WordHash{}(std::string_view(word)), WordHash{}(copy));
  // A slice hashes by its own bytes, not by what follows it in memory.
  const std::string longer = "bukunya";
  EXPECT_EQ(WordHash::hash(std::string_view(longer).substr(0, 4)), WordHash::hash("buku"));
}

// No two of the 111,111 strings of up to 5 of ten letters collide in 64 bits, and none of the
// lengths 0..40 of one long word (every branch of the function: 0, 1-3, 4-7, 8-16, over 16).
TEST(WordHash, DistinctWordsGetDistinctHashes) {
  EXPECT_NE(WordHash::hash("ar"), WordHash::hash("ars"));  // length and last byte must not cancel
  std::unordered_set<uint64_t> seen;
  size_t count = 0;
  for (const std::string& s : all_strings("aeiknrstuy", 5)) {
    seen.insert(WordHash::hash(s));
    ++count;
  }
  const std::string long_word = "ketidakberpemasyarakatannyalahkahpuntahxyz";
  for (size_t n = 0; n <= 40; ++n) {
    seen.insert(WordHash::hash(std::string_view(long_word).substr(0, n)) ^ 0x5555);  // apart from the above
    ++count;
  }
  EXPECT_EQ(seen.size(), count);
}

// Words that differ in one byte anywhere, or only in length with trailing zero bytes, differ.
TEST(WordHash, EveryByteAndTheLengthCount) {
  for (size_t n = 1; n <= 40; ++n) {
    const std::string base(n, 'a');
    for (size_t i = 0; i < n; ++i) {
      std::string changed = base;
      changed[i] = 'b';
      EXPECT_NE(WordHash::hash(changed), WordHash::hash(base)) << n << " " << i;
    }
    EXPECT_NE(WordHash::hash(std::string(n, '\0')), WordHash::hash(std::string(n + 1, '\0'))) << n;
  }
}

// Spread: the low bits (a power-of-two table) and the value modulo a prime (std::unordered_map's
// bucket count) both fill buckets evenly for similar short words.
TEST(WordHash, SpreadsSimilarWordsEvenly) {
  const std::vector<std::string> words = all_strings("abcdefgh", 5);  // 37,449 words
  for (const uint64_t buckets : {uint64_t{1024}, uint64_t{1031}}) {
    std::vector<size_t> load(buckets);
    for (const std::string& w : words) {
      const uint64_t h = WordHash::hash(w);
      ++load[buckets == 1024 ? (h & 1023) : (h % buckets)];
    }
    const double mean = static_cast<double>(words.size()) / static_cast<double>(buckets);  // ~36
    EXPECT_LT(static_cast<double>(*std::max_element(load.begin(), load.end())), mean * 2) << buckets;
    EXPECT_GT(static_cast<double>(*std::min_element(load.begin(), load.end())), mean / 3) << buckets;
  }
}

// Reads stay inside the word: a word at the very end of its allocation hashes without touching
// the next byte (the sanitizer build checks the loads).
TEST(WordHash, ReadsOnlyTheWordsBytes) {
  for (size_t n = 0; n <= 40; ++n) {
    auto buffer = std::make_unique<char[]>(n == 0 ? 1 : n);
    std::fill(buffer.get(), buffer.get() + n, 'x');
    EXPECT_EQ(WordHash::hash(std::string_view(buffer.get(), n)), WordHash::hash(std::string(n, 'x')));
  }
}

}  // namespace
}  // namespace siaran::analyzers
