#include "analyzers/stemmer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/test_paths.h"

namespace siaran::analyzers {
namespace {

// The raw Snowball stemmer (no protected terms, no clitic handling) must match the reference
// output of the Snowball project for every word of the shared conformance file.
TEST(SnowballStemmer, ConformsToSnowballReferenceData) {
  SIARAN_REQUIRE_SHARED(tsv, "stemming/snowball-indonesian.tsv");
  std::ifstream in(tsv);
  ASSERT_TRUE(in) << tsv;
  SnowballStemmer stemmer;
  std::string line;
  size_t checked = 0, mismatches = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << tsv << ":" << line_no << ": no tab";
    std::string word = line.substr(0, tab), expected = line.substr(tab + 1);
    std::string got = stemmer.stem(word);
    ++checked;
    if (got != expected && ++mismatches <= 10) {
      ADD_FAILURE() << tsv << ":" << line_no << ": " << word << " -> " << got << ", expected " << expected;
    }
  }
  EXPECT_EQ(mismatches, 0u);
  EXPECT_GT(checked, 60000u);
}

TEST(SnowballStemmer, Basics) {
  SnowballStemmer s;
  EXPECT_EQ(s.stem("membaca"), "baca");
  EXPECT_EQ(s.stem("pembinaan"), "bina");
  EXPECT_EQ(s.stem(""), "");
}

TEST(NoStemmer, ReturnsTheWord) {
  NoStemmer s;
  EXPECT_EQ(s.stem("membaca"), "membaca");
}

class CountingStemmer : public Stemmer {
 public:
  explicit CountingStemmer(int* calls) : calls_(calls) {}
  std::string stem(std::string_view w) override {
    ++*calls_;
    return std::string(w.substr(0, 2));
  }

 private:
  int* calls_;
};

TEST(CachedStemmer, AsksTheInnerStemmerOncePerWord) {
  int calls = 0;
  CachedStemmer cached(std::make_unique<CountingStemmer>(&calls), 8);
  EXPECT_EQ(cached.stem("abcd"), "ab");
  EXPECT_EQ(cached.stem("abcd"), "ab");
  EXPECT_EQ(cached.stem("xyz"), "xy");
  EXPECT_EQ(calls, 2);
}

TEST(CachedStemmer, StaysCorrectWhenFull) {
  int calls = 0;
  CachedStemmer cached(std::make_unique<CountingStemmer>(&calls), 2);
  for (std::string w : {"aa1", "bb2", "cc3", "dd4", "aa1", "cc3"}) EXPECT_EQ(cached.stem(w), w.substr(0, 2));
  EXPECT_GE(calls, 4);
}

TEST(MakeStemmer, ByKind) {
  EXPECT_EQ(make_stemmer(StemmerKind::Snowball)->stem("membaca"), "baca");
  EXPECT_EQ(make_stemmer(StemmerKind::None)->stem("membaca"), "membaca");
}

}  // namespace
}  // namespace siaran::analyzers
