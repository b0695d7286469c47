#include "analyzers/confix_stripper.h"

#include <gtest/gtest.h>

#include <fstream>

#include "analyzers/prefix_rules.h"
#include "tests/support/test_paths.h"

namespace siaran::analyzers {
namespace {

// Roots (prefix-free, "cut + restored + rest") that prefix_cuts() offers for a word.
std::vector<std::string> cut_roots(std::string_view word) {
  std::vector<std::string> out;
  for (const PrefixCut& c : prefix_cuts(word)) out.push_back(std::string(c.restored) + std::string(word.substr(c.length)));
  return out;
}

using Strings = std::vector<std::string>;

TEST(PrefixCuts, NasalSoundChanges) {
  EXPECT_EQ(cut_roots("membaca"), (Strings{"baca"}));
  EXPECT_EQ(cut_roots("memukul"), (Strings{"mukul", "pukul"}));
  EXPECT_EQ(cut_roots("menahan"), (Strings{"nahan", "tahan"}));
  EXPECT_EQ(cut_roots("mencari"), (Strings{"cari"}));
  EXPECT_EQ(cut_roots("menyapu"), (Strings{"sapu", "nyapu"}));
  EXPECT_EQ(cut_roots("mengupas"), (Strings{"upas", "kupas"}));
  EXPECT_EQ(cut_roots("mengebom"), (Strings{"ebom", "kebom", "bom"}));
  EXPECT_EQ(cut_roots("menggila"), (Strings{"gila"}));
  EXPECT_EQ(cut_roots("melihat"), (Strings{"lihat"}));
  EXPECT_EQ(cut_roots("mempopulerkan"), (Strings{"populerkan"}));
  EXPECT_EQ(cut_roots("pengupas"), (Strings{"upas", "kupas"}));
  EXPECT_EQ(cut_roots("penyidik"), (Strings{"sidik", "nyidik"}));
  EXPECT_EQ(cut_roots("penglihatan"), (Strings{"lihatan"}));
}

TEST(PrefixCuts, OtherPrefixes) {
  EXPECT_EQ(cut_roots("perbaikan"), (Strings{"baikan"}));
  EXPECT_EQ(cut_roots("perumahan"), (Strings{"umahan", "rumahan"}));
  EXPECT_EQ(cut_roots("pelajar"), (Strings{"ajar", "lajar"}));
  EXPECT_EQ(cut_roots("petani"), (Strings{"tani"}));
  EXPECT_EQ(cut_roots("berambut"), (Strings{"ambut", "rambut"}));
  EXPECT_EQ(cut_roots("bekerja"), (Strings{"kerja"}));
  EXPECT_EQ(cut_roots("belajar"), (Strings{"ajar"}));
  EXPECT_EQ(cut_roots("teterbang"), (Strings{"terbang"}));
  EXPECT_EQ(cut_roots("dibina"), (Strings{"bina"}));
  EXPECT_EQ(cut_roots("kupukul"), (Strings{"pukul"}));
  EXPECT_EQ(cut_roots("kaulihat"), (Strings{"lihat"}));
  EXPECT_EQ(cut_roots("lelembut"), (Strings{"lembut"}));
  EXPECT_EQ(cut_roots("rumah"), (Strings{}));
  EXPECT_EQ(cut_roots("me"), (Strings{}));
  EXPECT_EQ(cut_roots("mem"), (Strings{}));
}

TEST(PrefixCuts, Layering) {
  EXPECT_TRUE(may_precede(Prefix::Me, Prefix::Per));   // memperbaiki
  EXPECT_TRUE(may_precede(Prefix::Ke, Prefix::Ber));   // keberhasilan
  EXPECT_TRUE(may_precede(Prefix::Pe, Prefix::Ber));   // pemberdayaan
  EXPECT_FALSE(may_precede(Prefix::Me, Prefix::Me));
  EXPECT_FALSE(may_precede(Prefix::Ber, Prefix::Di));  // di- is only outermost
  EXPECT_FALSE(may_precede(Prefix::Per, Prefix::Me));
}

// Lexicons where every root takes every affix: only the grammar decides.
std::optional<std::string> root(std::string_view roots, std::string_view word) {
  auto lexicon = RootLexicon::from_words(roots);
  return ConfixStripper(*lexicon).root_of(word);
}

TEST(ConfixStripper, SuffixLayersFromTheOutside) {
  EXPECT_EQ(root("untung", "keberuntunganmu"), "untung");
  EXPECT_EQ(root("daya", "diberdayakannyalah"), "daya");
  EXPECT_EQ(root("buku", "bukumukah"), "buku");
  EXPECT_EQ(root("final", "finalisasi"), "final");
  EXPECT_EQ(root("buku", "bukukahmu"), std::nullopt);  // particle inside a possessive
  EXPECT_EQ(root("buku", "buku"), std::nullopt);       // a root itself is the caller's business
}

TEST(ConfixStripper, DisallowedConfixesAreNeverRead) {
  // outer prefix + derivational suffix pairs Indonesian does not form
  for (std::string_view word : {"bermaini", "dimainan", "kemaini", "kemainkan", "memainan", "semaini",
                                "semainkan", "termainan"}) {
    EXPECT_EQ(root("main", word), std::nullopt) << word;
  }
  for (std::string_view word : {"bermainan", "dimainkan", "dimaini", "kemainan", "memainkan", "memaini",
                                "permainan", "termainkan", "semainan"}) {
    EXPECT_EQ(root("main", word), "main") << word;
  }
  EXPECT_EQ(root("tah\ntahan", "menahan"), "tahan");  // me + tahan; me + tah + an is no word
  EXPECT_EQ(root("tah", "menahan"), std::nullopt);
}

TEST(ConfixStripper, FewestAffixesWin) {
  EXPECT_EQ(root("bagi\nbag", "bagian"), "bagi");
  EXPECT_EQ(root("badan\nbad", "berbadan"), "badan");
  EXPECT_EQ(root("beri\nikan", "berikan"), "beri");       // equal cost: suffix before prefix
  EXPECT_EQ(root("bisik\nbisi", "bisikan"), "bisik");     // -an before -kan
  EXPECT_EQ(root("tunjuk", "menunjukan"), "tunjuk");      // the misspelt -kkan
  EXPECT_EQ(root("pemilu\npilu", "kepemiluan"), "pemilu");  // fewer prefixes
}

TEST(ConfixStripper, AtMostThreePrefixesAndRootsOfThreeLetters) {
  EXPECT_EQ(root("hasil", "keberhasilan"), "hasil");
  EXPECT_EQ(root("ada", "diadakan"), "ada");
  EXPECT_EQ(root("ab", "diab"), std::nullopt);
  EXPECT_EQ(root("a", "dia"), std::nullopt);
}

// The hunspell flags: a reading whose affixes the dictionary gives the root beats one it does not.
TEST(ConfixStripper, AttestedAffixesDecideBetweenEqualReadings) {
  testing::TempDir dir;
  std::ofstream(dir.path() / "t.aff") << "FLAG long\nPFX M0 Y 1\nPFX M0 0 meng .\nPFX P0 Y 1\n"
                                         "PFX P0 0 peng .\nSFX Pa Y 1\nSFX Pa 0 an/P0 .\n";
  std::ofstream(dir.path() / "t.dic") << "5\nkupas/M0\nupas\nawas/Pa\nkawasan\nmas\n";
  auto lexicon = RootLexicon::load(dir.path() / "t.dic");
  ConfixStripper s(*lexicon);
  EXPECT_EQ(s.root_of("mengupas"), "kupas");
  EXPECT_EQ(s.root_of("pengawasan"), "awas");
  EXPECT_EQ(s.root_of("dimas"), std::nullopt) << "three-letter root without the affix: a name";
  auto readings = s.readings("pengawasan");
  ASSERT_EQ(readings.size(), 2u);
  EXPECT_EQ(readings[0].analysis, "peng+awas+an");
  EXPECT_EQ(readings[1].analysis, "peng(k)+kawasan");
  EXPECT_EQ(readings[1].unattested, 1);
}

TEST(ConfixStripper, NonLettersAndLongStringsAreNotRead) {
  EXPECT_EQ(root("main", "dimain2"), std::nullopt);
  EXPECT_EQ(root("main", "DIMAIN"), std::nullopt);
  EXPECT_EQ(root("main", "di" + std::string(60, 'a')), std::nullopt);
  EXPECT_TRUE(ConfixStripper(*RootLexicon::from_words("main")).readings("di\xC3\xA9main").empty());
}

}  // namespace
}  // namespace siaran::analyzers
