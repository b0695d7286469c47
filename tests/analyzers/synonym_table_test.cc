#include "analyzers/synonym_table.h"

#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/test_paths.h"

namespace siaran::analyzers {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::Pair;
using ::testing::UnorderedElementsAre;

std::vector<std::string> synonyms_of(const SynonymTable& table, const std::string& key) {
  for (const auto& [k, values] : table.mappings()) {
    if (k == key) return values;
  }
  return {};
}

std::string error_of(std::string_view text) {
  try {
    SynonymTable::parse(text, "staff.txt");
  } catch (const SynonymFileError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(SynonymTable, GroupsAreNormalisedLikeIndexTerms) {
  const SynonymTable t = SynonymTable::parse(
      "# staff additions\n"
      "@format 1\n"
      "@version 7\n"
      "\n"
      "Lapas,  Lembaga-lembaga  PEMASYARAKATAN   # reduplication and case as the analyzer does\n"
      "WBP, Warga Binaannya\n",
      "staff.txt");
  EXPECT_EQ(t.version(), "7");
  ASSERT_EQ(t.groups().size(), 2u);
  EXPECT_THAT(t.groups()[0].entries, ElementsAre("lapas", "lembaga pemasyarakatan"));
  EXPECT_EQ(t.groups()[0].line, 5u);
  EXPECT_THAT(t.groups()[1].entries, ElementsAre("wbp", "warga binaan"));
}

TEST(SynonymTable, EveryEntryMapsToEveryOtherOfItsGroups) {
  const SynonymTable t = SynonymTable::parse(
      "@format 1\n"
      "rutan, rumah tahanan negara, rumah tahanan\n"
      "pk, pembimbing kemasyarakatan\n"
      "pk, peninjauan kembali\n",
      "t");
  EXPECT_THAT(synonyms_of(t, "rutan"), ElementsAre("rumah tahanan negara", "rumah tahanan"));
  EXPECT_THAT(synonyms_of(t, "rumah tahanan"), ElementsAre("rutan", "rumah tahanan negara"));
  EXPECT_THAT(synonyms_of(t, "pk"), ElementsAre("pembimbing kemasyarakatan", "peninjauan kembali"));
  // Two groups sharing "pk" are not merged through it.
  EXPECT_THAT(synonyms_of(t, "peninjauan kembali"), ElementsAre("pk"));
  EXPECT_EQ(t.mappings().size(), 6u);
}

TEST(SynonymTable, EntriesEqualAfterNormalisationCountOnce) {
  const SynonymTable t = SynonymTable::parse("@format 1\nLapas, LAPAS, lapasnya, lembaga pemasyarakatan\n", "t");
  EXPECT_THAT(t.groups().at(0).entries, ElementsAre("lapas", "lembaga pemasyarakatan"));
  EXPECT_THAT(error_of("@format 1\nLapas, LAPAS\n"), HasSubstr("staff.txt:2: a group needs at least two different entries"));
}

TEST(SynonymTable, MalformedLinesAreAllReportedWithFileAndLine) {
  const std::string e = error_of(
      "@format 1\n"
      "lapas, lembaga pemasyarakatan\n"
      "rutan,, rumah tahanan\n"
      "bapas\n"
      "lpka, ---\n"
      "lapas => lembaga pemasyarakatan\n"
      "@colour blue\n"
      "x, satu dua tiga empat lima enam tujuh delapan sembilan\n");
  EXPECT_THAT(e, HasSubstr("staff.txt:3: an empty entry"));
  EXPECT_THAT(e, HasSubstr("staff.txt:4: a group needs at least two different entries"));
  EXPECT_THAT(e, HasSubstr("staff.txt:5: \"---\" has no word in it"));
  EXPECT_THAT(e, HasSubstr("staff.txt:6: \"=>\" is not part of this format"));
  EXPECT_THAT(e, HasSubstr("staff.txt:7: unknown directive @colour"));
  EXPECT_THAT(e, HasSubstr("staff.txt:8: \"satu dua tiga empat lima enam tujuh delapan sembilan\" has 9 words"));
  EXPECT_THAT(e, Not(HasSubstr(":2:")));
}

TEST(SynonymTable, TheFormatLineIsRequiredAndChecked) {
  EXPECT_THAT(error_of(""), HasSubstr("staff.txt:1: no '@format 1' line"));
  EXPECT_THAT(error_of("lapas, lembaga pemasyarakatan\n"), HasSubstr("staff.txt:1: a group before the '@format 1' line"));
  EXPECT_THAT(error_of("@format 2\nlapas, lembaga pemasyarakatan\n"),
              HasSubstr("staff.txt:1: @format \"2\": this program reads @format 1"));
  EXPECT_THAT(error_of("@format 1\n@format 1\n"), HasSubstr("staff.txt:2: a second @format line"));
  EXPECT_THAT(error_of("@format 1\n@version\n"), HasSubstr("staff.txt:2: @version needs a value"));
}

TEST(SynonymTable, ManyProblemsAreCappedWithACount) {
  std::string text = "@format 1\n";
  for (int i = 0; i < 40; ++i) text += "lonely\n";
  const std::string e = error_of(text);
  EXPECT_THAT(e, HasSubstr("staff.txt:2:"));
  EXPECT_THAT(e, HasSubstr("... and 10 more problems"));
}

TEST(SynonymTable, FingerprintFollowsContentNotLayout) {
  const SynonymTable a = SynonymTable::parse("@format 1\n@version 1\nlapas, lembaga pemasyarakatan\nwbp, warga binaan\n", "a");
  const SynonymTable b = SynonymTable::parse("# other comments\n@format 1\n@version 2\nWBP,warga binaan\nLembaga Pemasyarakatan, LAPAS\n", "b");
  const SynonymTable c = SynonymTable::parse("@format 1\nlapas, lembaga pemasyarakatan\n", "c");
  EXPECT_THAT(a.fingerprint(), ::testing::MatchesRegex("[0-9a-f]{16}"));
  EXPECT_EQ(a.fingerprint(), b.fingerprint());
  EXPECT_NE(a.fingerprint(), c.fingerprint());
  EXPECT_EQ(SynonymTable().fingerprint(), "");
}

TEST(SynonymTable, LoadsAFileAndNamesItInErrors) {
  siaran::testing::TempDir tmp;
  const auto good = tmp.path() / "good.txt";
  std::ofstream(good) << "@format 1\nlapas, lembaga pemasyarakatan\n";
  EXPECT_EQ(SynonymTable::load(good).groups().size(), 1u);
  const auto bad = tmp.path() / "bad.txt";
  std::ofstream(bad) << "@format 1\n\nlapas\n";
  EXPECT_THAT([&] { SynonymTable::load(bad); },
              ::testing::ThrowsMessage<SynonymFileError>(HasSubstr(bad.string() + ":3: a group needs")));
  EXPECT_THAT([&] { SynonymTable::load(tmp.path() / "missing.txt"); },
              ::testing::ThrowsMessage<std::runtime_error>(HasSubstr("cannot read synonym file")));
}

TEST(SynonymTable, TheShippedFileParsesAndCoversTheCorrectionsService) {
  const SynonymTable t = SynonymTable::shipped();
  EXPECT_GE(t.groups().size(), 80u);
  EXPECT_FALSE(t.version().empty());
  EXPECT_THAT(synonyms_of(t, "lapas"), Contains("lembaga pemasyarakatan"));
  EXPECT_THAT(synonyms_of(t, "wbp"), AllOf(Contains("warga binaan"), Contains("warga binaan pemasyarakatan")));
  EXPECT_THAT(synonyms_of(t, "ditjenpas"), Contains("direktorat jenderal pemasyarakatan"));
  EXPECT_THAT(synonyms_of(t, "kemenkumham"), Contains("kementerian hukum dan hak asasi manusia"));
  EXPECT_THAT(synonyms_of(t, "rutan"), Contains("rumah tahanan negara"));
  EXPECT_THAT(synonyms_of(t, "napi"), ElementsAre("narapidana"));
  EXPECT_THAT(synonyms_of(t, "kuhp"), ElementsAre("kitab undang hukum pidana"));  // as the analyzer indexes it
  EXPECT_THAT(synonyms_of(t, "kpk"), ElementsAre("komisi pemberantasan korupsi"));
  for (const char* key : {"bapas", "lpka", "rupbasan", "upt", "kanwil", "remisi", "pb", "cb", "cmb", "humas",
                          "kalapas", "karutan", "kakanwil", "litmas", "abh", "ott", "dpr", "apbn", "ikn",
                          "polri", "bnn", "kejagung", "ma", "mk", "bpk", "kemenkeu", "pemprov", "pemkab",
                          "pemkot", "ham", "uu", "perpres", "pp", "kemenimipas"}) {
    EXPECT_FALSE(synonyms_of(t, key).empty()) << key;
  }
}

TEST(SynonymTable, TheShippedFileMatchesTheCompiledOne) {
  // The binary embeds analyzers/data/synonyms.txt at build time; a stale build would disagree.
  const SynonymTable file = SynonymTable::load(siaran::testing::source_dir() / "analyzers" / "data" / "synonyms.txt");
  EXPECT_EQ(file.fingerprint(), SynonymTable::shipped().fingerprint());
  EXPECT_EQ(file.version(), SynonymTable::shipped().version());
}

}  // namespace
}  // namespace siaran::analyzers
