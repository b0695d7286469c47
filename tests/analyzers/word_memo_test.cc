#include "analyzers/word_memo.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "analyzers/stopword_list.h"
#include "analyzers/word_pipeline.h"

namespace siaran::analyzers {
namespace {

// "bukunya" is a stopword only before its clitic is cut, "apakah" only after (-> "apa").
StopwordList test_stopwords() { return StopwordList(WordList::parse("apa\nbukunya\n")); }

void expect_same(const WordAnalysis& got, const WordAnalysis& want, const std::string& word) {
  EXPECT_EQ(got.exact, want.exact) << word;
  EXPECT_EQ(got.stem, want.stem) << word;
  EXPECT_EQ(got.is_protected, want.is_protected) << word;
  EXPECT_EQ(got.stopword, want.stopword) << word;
}

TEST(WordMemo, ComputesEachPartOfTheAnalysis) {
  WordPipeline words(StemmerKind::Snowball);
  StopwordList stopwords = test_stopwords();
  WordMemo memo(words, &stopwords);

  const WordAnalysis& reading = memo.analyze("membacanya");
  EXPECT_EQ(reading.exact, "membaca");
  EXPECT_EQ(reading.stem, "baca");
  EXPECT_FALSE(reading.is_protected);
  EXPECT_FALSE(reading.stopword);

  const WordAnalysis& office = memo.analyze("ditjenpas");
  EXPECT_EQ(office.exact, "ditjenpas");
  EXPECT_EQ(office.stem, "ditjenpas");
  EXPECT_TRUE(office.is_protected);

  EXPECT_TRUE(memo.analyze("bukunya").stopword);  // on the list as written
  EXPECT_EQ(memo.analyze("bukunya").exact, "buku");
  EXPECT_TRUE(memo.analyze("apakah").stopword);  // on the list once "-kah" is cut
  EXPECT_EQ(memo.analyze("apakah").exact, "apa");
  EXPECT_FALSE(memo.analyze("buku").stopword);
}

TEST(WordMemo, RemembersWhatItComputes) {
  WordPipeline words(StemmerKind::Snowball);
  StopwordList stopwords = test_stopwords();
  WordMemo memo(words, &stopwords);
  const std::vector<std::string> sample = {"pemasyarakatan", "bukunya", "apakah", "iia",  "kuliah",
                                           "kulihat",        "sekolah", "media",  "g20",  "maruf",
                                           "bukumukah",      "abdullah", "x",     "ilmu", "pemasyarakatan"};
  for (const std::string& word : sample) expect_same(memo.analyze(word), memo.compute(word), word);
  EXPECT_EQ(memo.size(), sample.size() - 1);  // "pemasyarakatan" twice
  for (const std::string& word : sample) expect_same(memo.analyze(word), memo.compute(word), word);
  EXPECT_EQ(memo.size(), sample.size() - 1);
}

TEST(WordMemo, WithoutAStopwordListNothingIsAStopword) {
  WordPipeline words(StemmerKind::Snowball);
  WordMemo memo(words, nullptr);
  EXPECT_FALSE(memo.analyze("bukunya").stopword);
  EXPECT_FALSE(memo.analyze("apakah").stopword);
  EXPECT_EQ(memo.analyze("apakah").exact, "apa");
}

TEST(WordMemo, StartsOverWhenFullAndStaysCorrect) {
  WordPipeline words(StemmerKind::Snowball);
  StopwordList stopwords = test_stopwords();
  WordMemo memo(words, &stopwords, /*capacity=*/2);
  memo.analyze("membaca");
  memo.analyze("menulis");
  EXPECT_EQ(memo.size(), 2u);
  EXPECT_EQ(memo.analyze("membaca").stem, "baca");  // still there
  EXPECT_EQ(memo.analyze("bukunya").exact, "buku");  // the third word: starts over
  EXPECT_EQ(memo.size(), 1u);
  EXPECT_EQ(memo.analyze("menulis").stem, memo.compute("menulis").stem);
  EXPECT_EQ(memo.size(), 2u);
}

TEST(WordMemo, DoesNotKeepOverlongWords) {
  WordPipeline words(StemmerKind::Snowball);
  WordMemo memo(words, nullptr, /*capacity=*/16, /*max_word_bytes=*/8);
  const std::string long_word = "pemasyarakatannya";
  const WordAnalysis& got = memo.analyze(long_word);
  EXPECT_EQ(got.exact, "pemasyarakatan");
  EXPECT_EQ(memo.size(), 0u);
  EXPECT_EQ(memo.analyze("bacanya").exact, "baca");
  EXPECT_EQ(memo.size(), 1u);
}

// The analyzer answers from its memo once it has seen a text: the tokens must not change.
TEST(WordMemo, AnalyzerGivesTheSameTokensFromItsMemo) {
  const std::string text =
      "Kepala Lapas Kelas IIA Cipinang, bukunya dibaca-baca WBP; apakah KPK-nya hadir? "
      "Anggaran Rp10.000 naik 5,12% di U.P.T. pemasyarakatan; Ma'ruf dan kaulah sekolah-sekolah itu.";
  Analyzer warm;
  warm.analyze(text);
  const std::vector<Token> again = warm.analyze(text);
  const std::vector<Token> fresh = Analyzer().analyze(text);
  ASSERT_EQ(again.size(), fresh.size());
  for (size_t i = 0; i < fresh.size(); ++i) {
    EXPECT_EQ(again[i].surface, fresh[i].surface) << i;
    EXPECT_EQ(again[i].offset, fresh[i].offset) << i;
    EXPECT_EQ(again[i].position, fresh[i].position) << i;
    EXPECT_EQ(again[i].kind, fresh[i].kind) << i;
    EXPECT_EQ(again[i].exact, fresh[i].exact) << i;
    EXPECT_EQ(again[i].stem, fresh[i].stem) << i;
    EXPECT_EQ(again[i].stopword, fresh[i].stopword) << i;
    EXPECT_EQ(again[i].is_protected, fresh[i].is_protected) << i;
  }
}

}  // namespace
}  // namespace siaran::analyzers
