#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "analyzers/protected_terms.h"
#include "analyzers/stemmer.h"
#include "analyzers/stopword_list.h"
#include "analyzers/word_list.h"
#include "tests/support/test_paths.h"

namespace siaran::analyzers {
namespace {

TEST(WordList, ParsesCommentsAndBlankLines) {
  WordList l = WordList::parse("# header\n\nsatu\n  dua  # trailing comment\r\n#tiga\nempat");
  EXPECT_EQ(l.size(), 3u);
  EXPECT_TRUE(l.contains("satu"));
  EXPECT_TRUE(l.contains("dua"));
  EXPECT_TRUE(l.contains("empat"));
  EXPECT_FALSE(l.contains("tiga"));
}

TEST(WordList, LoadsFromFileAndReportsMissingFile) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "list.txt") << "lapas\nrutan\n";
  EXPECT_EQ(WordList::load(dir.path() / "list.txt").size(), 2u);
  EXPECT_THROW(WordList::load(dir.path() / "missing.txt"), std::runtime_error);
}

TEST(WordList, ShippedFilesMatchTheCompiledLists) {
  // The binary embeds analyzers/data/*.txt at build time; a stale build would disagree here.
  auto data = testing::source_dir() / "analyzers" / "data";
  WordList stop = WordList::load(data / "stopwords.txt");
  EXPECT_EQ(stop.size(), StopwordList::builtin().size());
  WordList prot = WordList::load(data / "protected_terms.txt");
  if (!std::getenv("SIARAN_EXTRA_PROTECTED_TERMS")) {
    EXPECT_EQ(prot.size(), ProtectedTerms::builtin().size());
  }
}

TEST(StopwordList, CommonFunctionWords) {
  const StopwordList& s = StopwordList::builtin();
  EXPECT_GE(s.size(), 150u);
  EXPECT_LE(s.size(), 300u);
  for (std::string_view w : {"yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk",
                             "pada", "adalah", "dalam", "tidak", "akan"}) {
    EXPECT_TRUE(s.contains(w)) << w;
  }
  for (std::string_view w : {"lapas", "presiden", "inflasi", "tahun"}) {
    EXPECT_FALSE(s.contains(w)) << w;
  }
}

TEST(ProtectedTerms, DomainNamesAndMeasuredCollisions) {
  const ProtectedTerms& p = ProtectedTerms::builtin();
  for (std::string_view w : {"ditjenpas", "kemenkumham", "kemenkum", "kemenimipas", "lapas", "rutan",
                             "bapas", "lpka", "rupbasan", "upt", "wbp", "kanwil", "humas", "napi",
                             "polri", "kpk", "dpr", "apbn", "ikn", "pemasyarakatan"}) {
    EXPECT_TRUE(p.contains(w)) << w;
  }
  // Words whose Snowball stem is another word: measured, then protected.
  SnowballStemmer snowball;
  const std::pair<std::string_view, std::string_view> collisions[] = {
      {"berita", "ita"}, {"media", "dia"}, {"menteri", "teri"},
      {"kepala", "pala"}, {"ditjenpas", "tjenpas"}, {"kemenkumham", "menkumham"}};
  for (auto [word, snowball_stem] : collisions) {
    EXPECT_EQ(snowball.stem(word), snowball_stem) << "Snowball changed; re-measure the list";
    EXPECT_TRUE(p.contains(word)) << word;
  }
}

// The extra list is read once per process, so the check runs in a fresh child process.
TEST(ProtectedTermsDeathTest, ExtraListFromEnvironment) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  testing::TempDir dir;
  std::string file = (dir.path() / "extra.txt").string();
  std::ofstream(file) << "# local names\nmenyanyikan\n";
  EXPECT_EXIT(
      {
        setenv("SIARAN_EXTRA_PROTECTED_TERMS", file.c_str(), 1);
        const ProtectedTerms& p = ProtectedTerms::builtin();
        std::exit(p.contains("menyanyikan") && p.contains("ditjenpas") ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
  EXPECT_EXIT(
      {
        setenv("SIARAN_EXTRA_PROTECTED_TERMS", (file + ".missing").c_str(), 1);
        std::exit(ProtectedTerms::builtin().contains("ditjenpas") ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "SIARAN_EXTRA_PROTECTED_TERMS ignored: cannot read");
}

TEST(ProtectedTerms, RomanNumerals) {
  for (std::string_view w : {"ii", "iii", "iv", "vi", "ix", "xiii", "xxxix", "iia", "iib", "iiia"}) {
    EXPECT_TRUE(ProtectedTerms::is_roman_numeral(w)) << w;
  }
  for (std::string_view w : {"i", "v", "x", "ia", "iiii", "vv", "xl", "mix", "ivi", "abc", ""}) {
    EXPECT_FALSE(ProtectedTerms::is_roman_numeral(w)) << w;
  }
}

}  // namespace
}  // namespace siaran::analyzers
