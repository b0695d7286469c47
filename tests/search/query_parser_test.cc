#include "search/query_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "search/search_request.h"
#include "tests/search/mini_index.h"

namespace siaran::search {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

using testing::MiniIndex;

class QueryParserTest : public ::testing::Test {
 protected:
  ParsedQuery parse(std::string_view q) { return parser_.parse(q); }
  std::vector<std::string> search(std::string_view q) { return index_.search(parse(q)); }

  analyzers::Analyzer analyzer_;
  MiniIndex index_{analyzer_};
  QueryParser parser_{analyzer_};
};

TEST_F(QueryParserTest, WordBecomesExactOrStem) {
  ParsedQuery p = parse("Kehumasan");
  ASSERT_EQ(p.words.size(), 1u);
  EXPECT_EQ(p.words[0].surface, "Kehumasan");
  EXPECT_EQ(p.words[0].exact, "kehumasan");
  EXPECT_TRUE(p.words[0].used);
  EXPECT_TRUE(p.ranks);
  EXPECT_THAT(p.exact_terms, ElementsAre("kehumasan"));
  EXPECT_THAT(p.stem_terms, ElementsAre("Z" + analyzer_.stem("kehumasan")));
  // The stem term finds the matches; the exact form only adds weight where it is.
  EXPECT_EQ(p.query.get_description(),
            "Query((Z" + analyzer_.stem("kehumasan") + " AND_MAYBE kehumasan))");
  EXPECT_EQ(p.match.get_description(), "Query(Z" + analyzer_.stem("kehumasan") + ")");
  EXPECT_TRUE(p.all_words.empty());  // one word: no groups
}

TEST_F(QueryParserTest, StemmedVariantsMatchButExactFormRanksFirst) {
  ASSERT_EQ(analyzer_.stem("pembinaan"), analyzer_.stem("dibina"));  // premise of the test
  index_.add("Kegiatan dibina petugas", "Warga binaan dibina setiap hari di bengkel kerja.");
  index_.add("Program pembinaan", "Pembinaan kemandirian berjalan setiap hari di bengkel kerja.");
  index_.add("Lain", "Tidak ada hubungannya sama sekali.");
  EXPECT_THAT(search("pembinaan"), ElementsAre("Program pembinaan", "Kegiatan dibina petugas"));
  EXPECT_THAT(search("dibina"), ElementsAre("Kegiatan dibina petugas", "Program pembinaan"));
}

TEST_F(QueryParserTest, DocumentWithAllWordsOutranksOneWithOneWord) {
  // The one-word document repeats its (rarer) word in a short text; it still comes second.
  index_.add("Lokakarya lokakarya lokakarya", "Lokakarya.");
  index_.add("Berita", "Kegiatan lokakarya kehumasan diikuti petugas dari berbagai satuan kerja "
                       "pemasyarakatan di seluruh wilayah provinsi selama dua hari penuh.");
  index_.add("Kehumasan", "Kehumasan kehumasan.");
  index_.add("Kehumasan dua", "Kehumasan lagi.");
  std::vector<std::string> hits = search("lokakarya kehumasan");
  ASSERT_EQ(hits.size(), 4u);
  EXPECT_EQ(hits[0], "Berita");
}

TEST_F(QueryParserTest, StopwordsAreDroppedOutsidePhrases) {
  ParsedQuery p = parse("lapas di bogor");
  ASSERT_EQ(p.words.size(), 3u);
  EXPECT_TRUE(p.words[1].stopword);
  EXPECT_FALSE(p.words[1].used);
  EXPECT_THAT(p.exact_terms, ElementsAre("lapas", "bogor"));
  EXPECT_EQ(p.term_count, 2u);
}

TEST_F(QueryParserTest, AQueryOfOnlyStopwordsKeepsThem) {
  ParsedQuery p = parse("yang");
  ASSERT_EQ(p.words.size(), 1u);
  EXPECT_TRUE(p.words[0].used);
  EXPECT_TRUE(p.ranks);
}

TEST_F(QueryParserTest, PhraseMatchesWordsInOrderOnly) {
  index_.add("A", "Upacara hari bhakti pemasyarakatan digelar.");
  index_.add("B", "Pada hari itu bhakti sosial digelar.");
  index_.add("C", "Bhakti hari dibalik urutannya.");
  EXPECT_THAT(search("\"hari bhakti\""), ElementsAre("A"));
  ParsedQuery p = parse("\"hari bhakti\"");
  EXPECT_EQ(p.query.get_description(), "Query((hari PHRASE 2 bhakti))");
  EXPECT_TRUE(p.words[0].in_phrase);
  EXPECT_THAT(p.stem_terms, ElementsAre());  // a phrase is exact
}

TEST_F(QueryParserTest, PhraseStopwordIsAGapUnlessTheIndexHoldsIt) {
  index_.add("A", "Kunjungan lapas di bogor berjalan lancar.");
  index_.add("B", "Kunjungan lapas bogor berjalan lancar.");
  index_.add("C", "Bogor dan lapas.");
  ParsedQuery gap = parse("\"lapas di bogor\"");
  EXPECT_EQ(gap.query.get_description(), "Query((lapas PHRASE 3 bogor))");
  EXPECT_THAT(index_.search(gap), ElementsAre("A", "B"));

  QueryParserOptions options;
  options.indexed = [](const std::string& term) { return term == "di"; };
  QueryParser exact(analyzer_, options);
  EXPECT_EQ(exact.parse("\"lapas di bogor\"").query.get_description(),
            "Query((lapas PHRASE 3 di PHRASE 3 bogor))");
}

TEST_F(QueryParserTest, PhraseOfOneWordIsThatWordExactly) {
  index_.add("A", "Program pembinaan.");
  index_.add("B", "Warga dibina.");
  EXPECT_EQ(parse("\"pembinaan\"").query.get_description(), "Query(pembinaan)");
  EXPECT_THAT(search("\"pembinaan\""), ElementsAre("A"));
}

TEST_F(QueryParserTest, Exclusion) {
  index_.add("A", "Remisi lebaran.");
  index_.add("B", "Remisi kemerdekaan.");
  index_.add("C", "Remisi dan kemerdekaan bangsa.");
  EXPECT_THAT(search("remisi -kemerdekaan"), ElementsAre("A"));
  EXPECT_THAT(search("remisi NOT kemerdekaan"), ElementsAre("A"));
  ParsedQuery p = parse("remisi -kemerdekaan");
  EXPECT_TRUE(p.words[1].excluded);
  EXPECT_THAT(p.exact_terms, ElementsAre("remisi"));  // excluded words are not highlighted
}

TEST_F(QueryParserTest, OnlyExclusionsListEverythingElse) {
  index_.add("A", "Remisi lebaran.");
  index_.add("B", "Asimilasi.");
  ParsedQuery p = parse("-remisi");
  EXPECT_FALSE(p.ranks);
  EXPECT_THAT(index_.search(p), ElementsAre("B"));
}

TEST_F(QueryParserTest, OrAndAnd) {
  index_.add("A", "Remisi lebaran.");
  index_.add("B", "Asimilasi rumah.");
  index_.add("C", "Kunjungan keluarga.");
  index_.add("D", "Remisi dan asimilasi.");
  EXPECT_THAT(search("remisi OR asimilasi"), ::testing::UnorderedElementsAre("A", "B", "D"));
  EXPECT_THAT(search("remisi AND asimilasi"), ElementsAre("D"));
  EXPECT_THAT(search("(remisi OR kunjungan) -lebaran"), ::testing::UnorderedElementsAre("C", "D"));
  EXPECT_THAT(search("remisi OR -lebaran"), ElementsAre("D"));  // a negated operand excludes
}

TEST_F(QueryParserTest, TitleField) {
  index_.add("Remisi lebaran", "Kegiatan rutin.");
  index_.add("Kegiatan rutin", "Pemberian remisi lebaran.");
  EXPECT_THAT(search("title:remisi"), ElementsAre("Remisi lebaran"));
  EXPECT_THAT(search("title:\"remisi lebaran\""), ElementsAre("Remisi lebaran"));
  EXPECT_THAT(search("title:\"lebaran remisi\""), ElementsAre());
  ParsedQuery p = parse("title:remisi");
  EXPECT_THAT(p.query.get_description(), HasSubstr("Sremisi"));
  EXPECT_THAT(p.exact_terms, ElementsAre("remisi"));  // highlighted unprefixed
}

TEST_F(QueryParserTest, UnitAndTopicFieldsUseTheirPrefixes) {
  EXPECT_EQ(parse("unit:cibinong").query.get_description(), "Query((ZUcibinong AND_MAYBE Ucibinong))");
  EXPECT_THAT(parse("topic:remisi").query.get_description(),
              HasSubstr("ZT" + analyzer_.stem("remisi") + " AND_MAYBE Tremisi"));
}

TEST_F(QueryParserTest, DatesFilterWithoutRanking) {
  index_.add("A", "Remisi.", "20221105");
  index_.add("B", "Remisi.", "20230101");
  index_.add("C", "Remisi.");
  EXPECT_THAT(search("remisi date:2022"), ElementsAre("A"));
  EXPECT_THAT(search("remisi date:2022-11-05..2023"), ElementsAre("A", "B"));
  EXPECT_THAT(search("date:2023.."), ElementsAre("B"));
  EXPECT_THAT(search("date:..2022-11"), ElementsAre("A"));
  EXPECT_THAT(search("remisi -date:2022"), ElementsAre("B", "C"));
  EXPECT_FALSE(parse("date:2022").ranks);
  EXPECT_EQ(parse("date:2022").query.get_description(),
            "Query((<alldocuments> FILTER VALUE_RANGE 0 20220101 20221231))");
}

TEST_F(QueryParserTest, BlankQueryMatchesEverything) {
  ParsedQuery p = parse("   ");
  EXPECT_FALSE(p.ranks);
  EXPECT_EQ(p.query.get_description(), "Query(<alldocuments>)");
  EXPECT_TRUE(p.highlight.empty());
}

TEST_F(QueryParserTest, SurfaceOffsetsPointIntoTheQuery) {
  const std::string q = "title:Pemasyarakatn  \"hari bhakti\"";
  ParsedQuery p = parse(q);
  ASSERT_EQ(p.words.size(), 3u);
  for (const QueryWord& w : p.words) EXPECT_EQ(q.substr(w.offset, w.surface.size()), w.surface);
  EXPECT_EQ(p.words[0].field, QueryField::Title);
}

TEST_F(QueryParserTest, TooManyWords) {
  std::string q;
  for (int i = 0; i < 65; ++i) q += "kata" + std::to_string(i) + " ";
  try {
    parse(q);
    FAIL() << "expected InvalidRequest";
  } catch (const InvalidRequest& e) {
    EXPECT_STREQ(e.what(), "query has too many words (65; limit 64)");
  }
  q.resize(q.rfind("kata64"));
  EXPECT_NO_THROW(parse(q));
}

TEST_F(QueryParserTest, HighlightQueryCarriesFieldWordsUnprefixed) {
  ParsedQuery p = parse("title:remisi \"hari bhakti\" -narkoba");
  std::string d = p.highlight.get_description();
  EXPECT_THAT(d, HasSubstr("remisi"));
  EXPECT_THAT(d, Not(HasSubstr("Sremisi")));
  EXPECT_THAT(d, HasSubstr("hari PHRASE 2 bhakti"));
  EXPECT_THAT(d, Not(HasSubstr("narkoba")));
}

TEST_F(QueryParserTest, SyntaxErrorsSurface) {
  EXPECT_THROW(parse("date:2022-13"), InvalidRequest);
  EXPECT_THROW(parse(std::string(2000, 'a')), InvalidRequest);
}

}  // namespace
}  // namespace siaran::search
