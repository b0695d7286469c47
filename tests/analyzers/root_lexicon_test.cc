#include "analyzers/root_lexicon.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/test_paths.h"

namespace siaran::analyzers {
namespace {

// A hunspell dictionary of our own, in the style of hunspell-id: long flags, a prefix flag, a
// suffix flag whose continuation names the prefix of its circumfix (me-…-kan).
class SmallDictionary {
 public:
  SmallDictionary() {
    std::ofstream(dir_.path() / "mini.aff") << "SET ISO8859-1\n"
                                               "FLAG long\n"
                                               "PFX M0 Y 2\n"
                                               "PFX M0 0 me [lr]\n"
                                               "PFX M0 0 mem b\n"
                                               "PFX M1 Y 1\n"
                                               "PFX M1 0 me/A1 .\n"
                                               "SFX Mk Y 1\n"
                                               "SFX Mk 0 kan/M1A1 .\n"
                                               "SFX a0 Y 1\n"
                                               "SFX a0 0 an .\n"
                                               "PFX D0 Y 1\n"
                                               "PFX D0 0 di .\n";
    std::ofstream(dir_.path() / "mini.dic") << "6\n"
                                               "baca/M0D0a0\n"
                                               "lihat/Mk\tpo:verb\n"
                                               "Jerman\n"
                                               "aba-aba\n"
                                               "bi-\n"
                                               "biarkan/M0\n";
  }
  std::filesystem::path dic() const { return dir_.path() / "mini.dic"; }
  std::filesystem::path aff() const { return dir_.path() / "mini.aff"; }

 private:
  testing::TempDir dir_;
};

TEST(RootLexicon, ReadsRootsAndTheAffixesTheirFlagsAdd) {
  SmallDictionary d;
  auto lexicon = RootLexicon::load(d.dic());
  EXPECT_EQ(lexicon->find("baca"), affix::kMe | affix::kDi | affix::kAn);
  // Mk is a suffix -kan whose continuation M1 is me-: the root takes both.
  EXPECT_EQ(lexicon->find("lihat"), affix::kMe | affix::kKan);
  EXPECT_EQ(lexicon->find("jerman"), AffixSet{0});  // folded to lower case, no flags
  EXPECT_FALSE(lexicon->contains("Jerman"));
  EXPECT_FALSE(lexicon->contains("aba-aba"));  // hyphenated entries are not asked for
  EXPECT_FALSE(lexicon->contains("bi-"));
  EXPECT_FALSE(lexicon->contains("6"));  // the entry count
}

TEST(RootLexicon, AppliesOurLists) {
  SmallDictionary d;
  auto lexicon = RootLexicon::load(d.dic());
  EXPECT_FALSE(lexicon->contains("biarkan")) << "data/derived_entries.txt drops it";
  EXPECT_EQ(lexicon->find("narkoba"), affix::kAll) << "data/extra_roots.txt adds it";
  EXPECT_NE(lexicon->fingerprint().find(d.dic().string()), std::string::npos);
}

TEST(RootLexicon, WithoutAffFileNoRootTakesAnAffix) {
  SmallDictionary d;
  std::filesystem::remove(d.aff());
  auto lexicon = RootLexicon::load(d.dic());
  EXPECT_EQ(lexicon->find("baca"), AffixSet{0});
}

TEST(RootLexicon, OneCharacterFlagsByDefault) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "c.aff") << "PFX D Y 1\nPFX D 0 di .\nSFX I Y 1\nSFX I 0 i .\n";
  std::ofstream(dir.path() / "c.dic") << "1\nlewat/DI\n";
  EXPECT_EQ(RootLexicon::load(dir.path() / "c.dic")->find("lewat"), affix::kDi | affix::kI);
}

TEST(RootLexicon, MissingOrEmptyDictionaryIsAClearError) {
  testing::TempDir dir;
  try {
    RootLexicon::load(dir.path() / "id_ID.dic");
    ADD_FAILURE() << "no exception";
  } catch (const std::runtime_error& e) {
    std::string expected = "lexicon stemmer needs " + (dir.path() / "id_ID.dic").string() +
                           " (Debian package hunspell-id): cannot open it";
    EXPECT_EQ(std::string(e.what()).substr(0, expected.size()), expected) << e.what();
  }
  std::ofstream(dir.path() / "empty.dic") << "0\n";
  EXPECT_THROW(
      {
        try {
          RootLexicon::load(dir.path() / "empty.dic");
        } catch (const std::runtime_error& e) {
          EXPECT_NE(std::string(e.what()).find("holds no dictionary word"), std::string::npos);
          throw;
        }
      },
      std::runtime_error);
}

TEST(RootLexicon, FromWordsTakesEveryAffix) {
  auto lexicon = RootLexicon::from_words("# test\nmain\ntahan\n");
  EXPECT_EQ(lexicon->size(), 2u);
  EXPECT_EQ(lexicon->find("main"), affix::kAll);
  EXPECT_FALSE(lexicon->contains("narkoba"));  // our lists are not added
}

TEST(RootLexicon, SharedIsTheHunspellIdDictionary) {
  ASSERT_TRUE(std::filesystem::exists(RootLexicon::kDefaultDictionary))
      << RootLexicon::kDefaultDictionary << " missing: scripts/setup installs hunspell-id";
  auto shared = RootLexicon::shared();
  EXPECT_EQ(shared.get(), RootLexicon::shared().get()) << "loaded once per process";
  EXPECT_GT(shared->size(), 28000u);  // 31,132 entries, some merged by case, hyphenated ones out
  for (std::string_view root : {"tahan", "masyarakat", "bina", "giat", "latih", "geledah", "kupas",
                                "remisi", "asimilasi", "integrasi", "jerman", "narkoba"}) {
    EXPECT_TRUE(shared->contains(root)) << root;
  }
  EXPECT_FALSE(shared->contains("biarkan"));
  EXPECT_TRUE(*shared->find("kupas") & affix::kMe);
  EXPECT_FALSE(*shared->find("upas") & affix::kMe);  // why "mengupas" is kupas
  EXPECT_TRUE(*shared->find("ada") & affix::kKe);    // Ka: the -an of ke-…-an
}

}  // namespace
}  // namespace siaran::analyzers
