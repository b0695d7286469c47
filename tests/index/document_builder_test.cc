#include "index/document_builder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "index/schema.h"
#include "index/stored_document.h"
#include "tests/index/index_test_support.h"

namespace siaran::index {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using namespace siaran::index::testing;

class DocumentBuilderTest : public ::testing::Test {
 protected:
  analyzers::Analyzer analyzer;
  DocumentBuilder builder{analyzer};
  // Title: lapas(1) cibinong(2) gelar(3) pelatihan(4) barista(5).
  // Body starts at 5 + kTitleBodyGap: warga(106) binaan(107) mengikuti(108) pelatihan(109)
  // barista(110) di(111) aula(112) pada(113) 2023(114).
  corpus::Document doc = release("cbn-1", "Lapas Cibinong Gelar Pelatihan Barista",
                                 "Warga binaan mengikuti pelatihan barista di aula pada 2023.");
  BuiltDocument built = builder.build(doc);
  const Xapian::Document& x = built.xapian;

  std::string stem(const std::string& word) { return "Z" + analyzer.stem(word); }
};

TEST_F(DocumentBuilderTest, IndexesExactFormsWithPositionsAndTheTitleApartFromTheBody) {
  const unsigned body = 5 + schema::kTitleBodyGap;
  EXPECT_THAT(positions_of(x, "pelatihan"), ElementsAre(4u, body + 4));
  EXPECT_THAT(positions_of(x, "warga"), ElementsAre(body + 1));
  EXPECT_EQ(wdf_of(x, "pelatihan"), schema::kTitleWdf + 1) << "a title word weighs kTitleWdf";
  EXPECT_EQ(wdf_of(x, "warga"), 1u);
}

TEST_F(DocumentBuilderTest, IndexesStemsWithoutPositions) {
  const std::string pelatihan = stem("pelatihan");
  ASSERT_NE(pelatihan, "Zpelatihan") << "expected Snowball to stem \"pelatihan\"";
  EXPECT_TRUE(has_term(x, pelatihan));
  EXPECT_EQ(wdf_of(x, pelatihan), schema::kTitleWdf + 1);
  EXPECT_THAT(positions_of(x, pelatihan), IsEmpty());
  EXPECT_TRUE(has_term(x, stem("mengikuti")));
}

TEST_F(DocumentBuilderTest, TitleWordsAlsoGoUnderTheTitlePrefix) {
  EXPECT_THAT(positions_of(x, "Spelatihan"), ElementsAre(4u));
  EXPECT_EQ(wdf_of(x, "Spelatihan"), 1u);
  EXPECT_TRUE(has_term(x, "ZS" + analyzer.stem("pelatihan")));
  EXPECT_FALSE(has_term(x, "Swarga")) << "body words are not title words";
}

TEST_F(DocumentBuilderTest, UnitAndTopicNamesAreSearchableFields) {
  EXPECT_THAT(positions_of(x, "Ucibinong"), ElementsAre(4u));  // lapas kelas iia cibinong
  EXPECT_TRUE(has_term(x, "ZUcibinong"));
  EXPECT_TRUE(has_term(x, "Tpembinaan"));
  EXPECT_TRUE(has_term(x, "ZT" + analyzer.stem("pembinaan")));
}

TEST_F(DocumentBuilderTest, StopwordsKeepTheirPositionButGetNoStem) {
  EXPECT_THAT(positions_of(x, "di"), ElementsAre(5 + schema::kTitleBodyGap + 6));
  EXPECT_FALSE(has_term(x, "Zdi"));
}

TEST_F(DocumentBuilderTest, NoPhraseRunsFromTheTitleIntoTheBody) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  db.add_document(x);
  auto phrase = [](std::vector<std::string> words) {
    return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end());
  };
  EXPECT_THAT(ids_matching(db, phrase({"pelatihan", "barista"})), ElementsAre("cbn-1"));
  EXPECT_THAT(ids_matching(db, phrase({"barista", "di", "aula"})), ElementsAre("cbn-1"));
  EXPECT_THAT(ids_matching(db, phrase({"barista", "warga"})), IsEmpty());
}

TEST_F(DocumentBuilderTest, AddsBooleanFilterTerms) {
  EXPECT_EQ(built.id_term, "Qcbn-1");
  for (const char* term : {"Qcbn-1", "XUlapas_kelas_iia_cibinong", "XTpembinaan", "XRjawa_barat", "Y2023",
                           "M202305", "D20230517"}) {
    EXPECT_TRUE(has_term(x, term)) << term;
    EXPECT_EQ(wdf_of(x, term), 0u) << term << " must not weigh in ranking";
  }
}

TEST_F(DocumentBuilderTest, SetsSortAndFacetValues) {
  EXPECT_EQ(x.get_value(schema::kDateSlot), "20230517");
  EXPECT_EQ(x.get_value(schema::kYearSlot), "2023");
  EXPECT_EQ(x.get_value(schema::kMonthSlot), "2023-05");
  EXPECT_EQ(x.get_value(schema::kUnitSlot), "Lapas Kelas IIA Cibinong");
  EXPECT_EQ(x.get_value(schema::kTopicSlot), "Pembinaan");
  EXPECT_EQ(x.get_value(schema::kRegionSlot), "Jawa Barat");
  EXPECT_EQ(x.get_value(schema::kHashSlot), content_hash(doc));
  EXPECT_EQ(built.content_hash, content_hash(doc));
}

TEST_F(DocumentBuilderTest, StoresTheWholeDocumentAsJson) { EXPECT_EQ(from_json(x.get_data()), doc); }

TEST_F(DocumentBuilderTest, SpellingWordsAreExactWordsWithoutNumbersOrStopwords) {
  EXPECT_THAT(built.spelling_words, Contains("pelatihan").Times(2));
  EXPECT_THAT(built.spelling_words, Contains("mengikuti"));
  EXPECT_THAT(built.spelling_words, Not(Contains("di")));
  EXPECT_THAT(built.spelling_words, Not(Contains("2023")));
  EXPECT_EQ(builder.spelling_words(doc), built.spelling_words);
}

TEST_F(DocumentBuilderTest, AnUndatedDocumentHasNoDateTermsOrValues) {
  corpus::Document undated = doc;
  undated.date = "";
  const Xapian::Document u = builder.build(undated).xapian;
  EXPECT_EQ(u.get_value(schema::kDateSlot), "");
  EXPECT_EQ(u.get_value(schema::kYearSlot), "");
  for (const std::string& term : terms_of(u)) {
    EXPECT_FALSE(term.starts_with("Y2") || term.starts_with("M2") || term.starts_with("D2")) << term;
  }
}

TEST_F(DocumentBuilderTest, ADateWithATimeIsFiledUnderItsDay) {
  corpus::Document timed = doc;
  timed.date = "2022-12-13T09:30:00";
  EXPECT_EQ(builder.build(timed).xapian.get_value(schema::kDateSlot), "20221213");
}

TEST_F(DocumentBuilderTest, RejectsWhatCannotBecomeAXapianDocument) {
  corpus::Document bad = doc;
  bad.id = "";
  EXPECT_THROW(builder.build(bad), RejectedDocument);
  bad.id = std::string(kMaxIdBytes + 1, 'x');
  EXPECT_THROW(builder.build(bad), RejectedDocument);
  bad.id = std::string(kMaxIdBytes, 'x');
  EXPECT_NO_THROW(builder.build(bad));
  bad = doc;
  bad.date = "17/05/2023";
  EXPECT_THROW(builder.build(bad), RejectedDocument);
  bad = doc;
  bad.title = "bad \xFF byte";
  EXPECT_THROW(builder.build(bad), RejectedDocument);
}

TEST(ContentHash, ChangesWithEveryField) {
  const corpus::Document base = release("a", "Judul", "Isi");
  const std::string h = content_hash(base);
  EXPECT_EQ(h.size(), 16u);
  EXPECT_EQ(content_hash(base), h) << "stable";
  std::vector<corpus::Document> variants(14, base);
  variants[0].id = "b";
  variants[1].title = "Judul lain";
  variants[2].url = "https://example.org";
  variants[3].date = "2023-05-18";
  variants[4].date_inferred = true;
  variants[5].unit = "Rutan Kelas I Depok";
  variants[6].unit_inferred = true;
  variants[7].region = "Banten";
  variants[8].topic = "Remisi";
  variants[9].topic_inferred = true;
  variants[10].author = "xyz";
  variants[11].body = "Isi lain";
  variants[12].source = "detik.com";
  variants[13].place = "Sentul";
  for (size_t i = 0; i < variants.size(); ++i) EXPECT_NE(content_hash(variants[i]), h) << "field " << i;
}

TEST(ContentHash, FieldBoundariesMatter) {
  corpus::Document a, b;
  a.title = "ab";
  a.body = "c";
  b.title = "a";
  b.body = "bc";
  EXPECT_NE(content_hash(a), content_hash(b));
}

}  // namespace
}  // namespace siaran::index
