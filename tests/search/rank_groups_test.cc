// ParsedQuery::match, all_words and other_words (search/query_parser.h): cheaper ways to the
// answer ParsedQuery::query gives, checked against it on one small index, and the Searcher's
// pages over the two groups.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "search/query_parser.h"
#include "tests/search/mini_index.h"
#include "tests/search/searcher_fixture.h"

namespace siaran::search {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class RankGroupsTest : public ::testing::Test {
 protected:
  RankGroupsTest() {
    index_.add("Lokakarya lokakarya lokakarya", "Lokakarya.");
    index_.add("Berita", "Kegiatan lokakarya kehumasan diikuti petugas dari berbagai satuan kerja "
                         "pemasyarakatan di seluruh wilayah provinsi selama dua hari penuh.");
    index_.add("Kehumasan", "Kehumasan kehumasan.");
    index_.add("Pembinaan", "Program pembinaan di lapas dengan lokakarya kehumasan.");
    index_.add("Dibina", "Warga binaan dibina dalam lokakarya di lapas.");
    index_.add("Hari bhakti", "Peringatan hari bhakti pemasyarakatan di lapas Bogor.");
    index_.add("Bhakti hari", "Bhakti sosial pada hari raya.");
  }

  // Titles in rank order (ties by docid), or in docid order without weights.
  std::vector<std::string> ranked(const Xapian::Query& q) { return index_.titles(q); }
  std::set<std::string> matched(const Xapian::Query& q) {
    std::vector<std::string> titles = ranked(q);
    return {titles.begin(), titles.end()};
  }

  analyzers::Analyzer analyzer_;
  testing::MiniIndex index_{analyzer_};
  QueryParser parser_{analyzer_};
};

TEST_F(RankGroupsTest, MatchFindsWhatTheQueryFinds) {
  for (const char* q : {"lokakarya", "pembinaan", "lokakarya kehumasan", "pembinaan lapas lokakarya",
                        "\"hari bhakti\"", "hari bhakti", "lokakarya OR bhakti", "lokakarya AND kehumasan",
                        "lokakarya -kehumasan", "title:lokakarya kehumasan", "(lokakarya kehumasan) OR bhakti",
                        "-lapas"}) {
    const ParsedQuery p = parser_.parse(q);
    EXPECT_EQ(matched(p.match), matched(p.query)) << q;
    EXPECT_FALSE(matched(p.query).empty()) << q;
  }
}

TEST_F(RankGroupsTest, OnlyWordsSideBySideHaveGroups) {
  for (const char* q : {"lokakarya", "\"hari bhakti\"", "lokakarya OR bhakti", "lokakarya AND kehumasan", ""}) {
    EXPECT_TRUE(parser_.parse(q).all_words.empty()) << q;
    EXPECT_TRUE(parser_.parse(q).other_words.empty()) << q;
  }
  for (const char* q : {"lokakarya kehumasan", "hari bhakti -bogor", "title:lokakarya kehumasan"}) {
    EXPECT_FALSE(parser_.parse(q).all_words.empty()) << q;
  }
}

TEST_F(RankGroupsTest, GroupsSplitTheMatchesByAllWords) {
  for (const char* q : {"lokakarya kehumasan", "pembinaan lapas lokakarya", "hari bhakti", "hari bhakti -bogor",
                        "title:berita kehumasan"}) {
    const ParsedQuery p = parser_.parse(q);
    const std::set<std::string> all = matched(p.all_words), others = matched(p.other_words);
    std::set<std::string> both;
    std::set_union(all.begin(), all.end(), others.begin(), others.end(), std::inserter(both, both.end()));
    EXPECT_EQ(both, matched(p.query)) << q;
    EXPECT_EQ(all.size() + others.size(), both.size()) << q;  // disjoint
    EXPECT_FALSE(all.empty()) << q;
  }
  // Every word, in any form: "Dibina" has pembinaan's stem, and lapas and lokakarya.
  EXPECT_EQ(matched(parser_.parse("pembinaan lapas lokakarya").all_words),
            (std::set<std::string>{"Dibina", "Pembinaan"}));
}

TEST_F(RankGroupsTest, GroupsRankAsTheQueryDoes) {
  // Where the all-words boost already puts every all-words document first, the two groups one
  // after the other are the query's own ranking, BM25 order kept within each.
  for (const char* q : {"lokakarya kehumasan", "pembinaan lapas lokakarya", "hari bhakti"}) {
    const ParsedQuery p = parser_.parse(q);
    std::vector<std::string> groups = ranked(p.all_words);
    for (const std::string& t : ranked(p.other_words)) groups.push_back(t);
    EXPECT_EQ(groups, ranked(p.query)) << q;
  }
  // Exact form above stem-only within the all-words group.
  EXPECT_THAT(ranked(parser_.parse("pembinaan lapas lokakarya").all_words), ElementsAre("Pembinaan", "Dibina"));
}

TEST_F(RankGroupsTest, AllWordsFirstEvenAgainstAMuchHeavierOneWordMatch) {
  // "Padat" says the rare word many times in a few words; "Panjang" has both words once in a
  // long text. BM25 weighs Padat's one word more than ten times Panjang's two, so the single
  // query's 1 + 9 boost is not enough; the groups put the all-words document first regardless.
  testing::MiniIndex index(analyzer_);
  index.add("Padat", "Barista barista barista barista barista barista.");
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += " kegiatan rutin petugas lapas setiap minggu";
  index.add("Panjang", "Pelatihan barista untuk warga di lapas." + filler);
  for (int i = 0; i < 20; ++i) index.add("Lain " + std::to_string(i), "Pelatihan kerja di lapas." + filler);
  const ParsedQuery p = parser_.parse("barista pelatihan");
  Xapian::Enquire enquire(index.db());
  enquire.set_query(p.all_words);
  Xapian::MSet all = enquire.get_mset(0, 10);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all.begin().get_document().get_data(), "Panjang");
  enquire.set_query(p.other_words);
  Xapian::MSet others = enquire.get_mset(0, 100);
  ASSERT_FALSE(others.empty());
  EXPECT_EQ(others.begin().get_document().get_data(), "Padat");
}

}  // namespace

namespace testing {
namespace {

using RankGroupsSearcherTest = SearcherTest;

// Pages of one hit each, over the boundary between the groups, give the one long list.
TEST_F(RankGroupsSearcherTest, PagesAcrossTheGroupBoundaryAreTheOneList) {
  for (const char* q : {"remisi kemerdekaan", "pembinaan lapas", "tes urine narkoba", "warga binaan -remisi"}) {
    const SearchResult whole = searcher_->search(request(q));
    ASSERT_GE(whole.hits.size(), 2u) << q;
    std::vector<std::string> paged;
    for (unsigned page = 1; page <= whole.hits.size() + 1; ++page) {
      SearchRequest r = request(q);
      r.per_page = 1;
      r.page = page;
      const SearchResult one = searcher_->search(r);
      EXPECT_EQ(one.total, whole.total) << q;
      EXPECT_EQ(one.facets.size(), whole.facets.size()) << q;
      for (const Hit& h : one.hits) paged.push_back(h.doc.id);
    }
    std::vector<std::string> listed;
    for (const Hit& h : whole.hits) listed.push_back(h.doc.id);
    EXPECT_EQ(paged, listed) << q;
    EXPECT_EQ(whole.total, whole.hits.size()) << q;
  }
}

TEST_F(RankGroupsSearcherTest, NewestFirstListsTheSameMatches) {
  // Sorting by date does not use the groups; it must find the same documents.
  for (const char* q : {"remisi kemerdekaan", "pembinaan lapas"}) {
    SearchRequest by_date = request(q);
    by_date.sort = SortOrder::Newest;
    EXPECT_EQ(sorted(ids(by_date)), sorted(ids(q))) << q;
    EXPECT_EQ(searcher_->search(by_date).total, searcher_->search(request(q)).total) << q;
  }
}

}  // namespace
}  // namespace testing
}  // namespace siaran::search
