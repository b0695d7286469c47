// Arbitrary input never crashes the analyzer and always yields valid slices: random bytes, and
// random mixtures of the characters the tokenizer treats specially. Deterministic seeds.
#include <gtest/gtest.h>

#include <random>

#include "analyzers/analyzer.h"

namespace siaran::analyzers {
namespace {

void expect_valid_tokens(const Analyzer& analyzer, const std::string& text) {
  unsigned last_position = 0;
  for (const Token& t : analyzer.analyze(text)) {
    ASSERT_LE(t.offset + t.surface.size(), text.size());
    ASSERT_EQ(t.surface.data(), text.data() + t.offset);
    ASSERT_FALSE(t.surface.empty());
    ASSERT_FALSE(t.exact.empty());
    ASSERT_EQ(t.position, last_position + 1);
    last_position = t.position;
  }
}

TEST(Robustness, RandomBytes) {
  Analyzer analyzer;
  std::mt19937 rng(20251129);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 200);
  for (int round = 0; round < 2000; ++round) {
    std::string text(static_cast<size_t>(length(rng)), '\0');
    for (char& c : text) c = static_cast<char>(byte(rng));
    expect_valid_tokens(analyzer, text);
  }
}

TEST(Robustness, RandomMixturesOfSpecialCharacters) {
  const char* pieces[] = {"a", "Z", "9", "-", "'", "’", ".", ",", "%", "％", " ", "\u00AD",
                          "\u200B", "\u0301", "é", "ＫＰＫ", "Rp", "nya", "ku", "kau", "lah",
                          "\xFF", "\xC3", "\xE2\x82", "/", "İ", "ﬁ", "東", "\u0915\u093F"};
  Analyzer analyzer;
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1), length(0, 40);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    for (size_t n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    expect_valid_tokens(analyzer, text);
  }
}

}  // namespace
}  // namespace siaran::analyzers
