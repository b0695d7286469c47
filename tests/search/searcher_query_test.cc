// Searcher: what the query language finds and how it ranks, over the test releases.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

#include "tests/search/searcher_fixture.h"

namespace siaran::search::testing {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using SearcherQueryTest = SearcherTest;

size_t rank_of(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) - ids.begin();
}

TEST_F(SearcherQueryTest, ExactTitleFindsThatReleaseFirst) {
  for (const corpus::Document& d : docs()) {
    std::vector<std::string> found = ids(d.title);
    ASSERT_FALSE(found.empty()) << d.title;
    EXPECT_EQ(found.front(), d.id) << d.title;
  }
}

TEST_F(SearcherQueryTest, ExactFormOutranksStemOnlyMatch) {
  // r02 and r07 say "pembinaan"; r12 only "dibina" (same stem).
  std::vector<std::string> found = ids("pembinaan");
  EXPECT_THAT(found, Contains("r12"));
  EXPECT_LT(rank_of(found, "r02"), rank_of(found, "r12"));
  EXPECT_LT(rank_of(found, "r07"), rank_of(found, "r12"));
}

TEST_F(SearcherQueryTest, AllWordsOutrankOneWord) {
  // r04 has both words; r03 says "remisi" three times but never "kemerdekaan".
  std::vector<std::string> found = ids("remisi kemerdekaan");
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(found.front(), "r04");
  EXPECT_THAT(found, Contains("r03"));  // any word is allowed
}

TEST_F(SearcherQueryTest, Phrase) {
  EXPECT_EQ(sorted(ids("\"tes urine\"")), (std::vector<std::string>{"r05", "r06"}));
  EXPECT_THAT(ids("\"urine tes\""), IsEmpty());
}

TEST_F(SearcherQueryTest, Exclusion) {
  EXPECT_THAT(ids("remisi -kemerdekaan"), ElementsAre("r03"));
  EXPECT_THAT(ids("remisi NOT kemerdekaan"), ElementsAre("r03"));
}

TEST_F(SearcherQueryTest, Or) {
  EXPECT_EQ(sorted(ids("barista OR vaksin")), (std::vector<std::string>{"r02", "r11"}));
}

TEST_F(SearcherQueryTest, Fields) {
  EXPECT_EQ(sorted(ids("title:cibinong")), (std::vector<std::string>{"r10"}));
  EXPECT_EQ(sorted(ids("cibinong")), (std::vector<std::string>{"r02", "r10"}));
  EXPECT_EQ(sorted(ids("unit:cibinong")), (std::vector<std::string>{"r02", "r10"}));
  EXPECT_EQ(sorted(ids("topic:kesehatan")), (std::vector<std::string>{"r10", "r11", "r14"}));
  EXPECT_EQ(sorted(ids("title:\"warga binaan\"")), (std::vector<std::string>{"r02", "r11"}));
}

TEST_F(SearcherQueryTest, DateRangesInTheQuery) {
  auto in = [&](const std::string& lo, const std::string& hi) {
    return ids_where(docs(), [&](const corpus::Document& d) {
      return !d.date.empty() && d.date >= lo && d.date <= hi;
    });
  };
  EXPECT_EQ(sorted(ids("date:2022")), in("2022-01-01", "2022-12-31"));
  EXPECT_EQ(sorted(ids("date:2022-11")), in("2022-11-01", "2022-11-30"));
  EXPECT_EQ(sorted(ids("date:2022-11-08")), (std::vector<std::string>{"r01"}));
  EXPECT_EQ(sorted(ids("date:2023-04..")), in("2023-04-01", "9999"));
  EXPECT_EQ(sorted(ids("date:..2021-08")), in("0000", "2021-08-31"));
  EXPECT_EQ(sorted(ids("narapidana date:2021..2022")), (std::vector<std::string>{"r04", "r06"}));
}

TEST_F(SearcherQueryTest, EmptyQueryListsEverythingNewestFirst) {
  SearchResult r = searcher_->search(request(""));
  EXPECT_EQ(r.total, docs().size());
  ASSERT_EQ(r.hits.size(), docs().size());
  for (size_t i = 1; i + 1 < r.hits.size(); ++i) EXPECT_GE(r.hits[i - 1].doc.date, r.hits[i].doc.date);
  EXPECT_EQ(r.hits.back().doc.id, "r16");  // undated last
  EXPECT_EQ(r.hits.front().score, 0.0);
}

TEST_F(SearcherQueryTest, HitsCarryTheRecordWithoutItsBody) {
  SearchResult r = searcher_->search(request("barista"));
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].doc.unit, "Lapas Kelas IIA Cibinong");
  EXPECT_EQ(r.hits[0].doc.date, "2023-05-17");
  EXPECT_TRUE(r.hits[0].doc.body.empty());
  EXPECT_GT(r.hits[0].score, 0.0);
  EXPECT_EQ(r.query, "barista");
}

TEST_F(SearcherQueryTest, SnippetsMarkTheWordsAsWritten) {
  SearchResult r = searcher_->search(request("lokakarya kehumasan"));
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].doc.id, "r01");
  EXPECT_THAT(r.hits[0].snippet_html, HasSubstr("<mark>Kehumasan</mark>"));
  EXPECT_EQ(r.hits[0].title_html, "<mark>Lokakarya</mark> <mark>Kehumasan</mark> Ditjenpas di Bogor");
}

TEST_F(SearcherQueryTest, SnippetsMarkStemmedVariants) {
  SearchResult r = searcher_->search(request("pembinaan"));
  auto it = std::find_if(r.hits.begin(), r.hits.end(), [](const Hit& h) { return h.doc.id == "r12"; });
  ASSERT_NE(it, r.hits.end());
  EXPECT_THAT(it->snippet_html, HasSubstr("<mark>dibina</mark>"));
}

TEST_F(SearcherQueryTest, SnippetsAreEscaped) {
  for (const std::string q : {"keamanan tampilan", ""}) {
    SearchRequest req = request(q);
    req.per_page = 100;
    SearchResult r = searcher_->search(req);
    auto it = std::find_if(r.hits.begin(), r.hits.end(), [](const Hit& h) { return h.doc.id == "r16"; });
    ASSERT_NE(it, r.hits.end()) << q;
    EXPECT_THAT(it->snippet_html, HasSubstr("&lt;script&gt;")) << q;
    EXPECT_THAT(it->snippet_html, Not(HasSubstr("<script"))) << q;
    EXPECT_THAT(it->snippet_html, HasSubstr("&amp;")) << q;
  }
}

TEST_F(SearcherQueryTest, SnippetsCanBeLeftOut) {
  SearchRequest req = request("barista");
  req.snippets = false;
  SearchResult r = searcher_->search(req);
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_TRUE(r.hits[0].snippet_html.empty());
  EXPECT_TRUE(r.hits[0].title_html.empty());
}

TEST_F(SearcherQueryTest, SpellingSuggestion) {
  SearchResult r = searcher_->search(request("lokakarya pemasyarakatn"));
  ASSERT_TRUE(r.suggestion.has_value());
  EXPECT_EQ(*r.suggestion, "lokakarya pemasyarakatan");
  EXPECT_FALSE(searcher_->search(request("lokakarya pemasyarakatan")).suggestion.has_value());
}

TEST_F(SearcherQueryTest, QueryErrorsAreInvalidRequests) {
  EXPECT_THROW(searcher_->search(request("date:2022-13")), InvalidRequest);
  EXPECT_THROW(searcher_->search(request(std::string(1500, 'a'))), InvalidRequest);
  EXPECT_THROW(searcher_->search(request("((((((((((a))))))))))")), InvalidRequest);
}

TEST_F(SearcherQueryTest, TookIsMeasured) {
  EXPECT_GE(searcher_->search(request("remisi")).took_ms, 0.0);
}

}  // namespace
}  // namespace siaran::search::testing

namespace siaran::search::testing {
namespace {

// Queries assembled at random from the language's pieces, unbalanced and nonsensical ones
// included: each either answers or is refused with InvalidRequest — never anything else.
TEST_F(SearcherQueryTest, ArbitraryQueriesAnswerOrAreRefused) {
  const std::vector<std::string> pieces = {
      "(", ")", "\"", "-", " OR ", " AND ", " NOT ", "title:", "unit:", "topic:", "date:", "date:2022",
      "date:2022-02..", "..", "remisi", "Lapas", "yang", "di", " ", "  ", "\xE2\x80\x9C", "\xC2\xA0",
      "\xFF\xFE", "é", "buku-buku", "covid-19", "50%", ":", "*", std::string(300, 'x'), "narapidana"};
  std::mt19937 random(20240601);
  size_t answered = 0, refused = 0;
  for (int i = 0; i < 400; ++i) {
    std::string q;
    const int n = 1 + static_cast<int>(random() % 12);
    for (int k = 0; k < n; ++k) q += pieces[random() % pieces.size()];
    SearchRequest r = request(q);
    r.per_page = 3;
    try {
      SearchResult res = searcher_->search(r);
      EXPECT_LE(res.hits.size(), 3u);
      ++answered;
    } catch (const InvalidRequest&) {
      ++refused;
    }
  }
  EXPECT_GT(answered, 200u);  // most are answered, leniently
  EXPECT_EQ(answered + refused, 400u);
}

}  // namespace
}  // namespace siaran::search::testing
