// Searcher: what it does with the index itself — records, similar, completions, info, refresh.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/search/searcher_fixture.h"

namespace siaran::search::testing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using SearcherIndexTest = SearcherTest;

TEST_F(SearcherIndexTest, DocumentById) {
  std::optional<corpus::Document> d = searcher_->document("r16");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, docs().back());  // the whole record, body included
  EXPECT_FALSE(searcher_->document("nope").has_value());
  EXPECT_FALSE(searcher_->document("").has_value());
}

TEST_F(SearcherIndexTest, Similar) {
  std::vector<Hit> like = searcher_->similar("r03", 5);
  ASSERT_FALSE(like.empty());
  EXPECT_EQ(like.front().doc.id, "r04");  // the other remisi release
  for (const Hit& h : like) {
    EXPECT_NE(h.doc.id, "r03");
    EXPECT_TRUE(h.doc.body.empty());
    EXPECT_FALSE(h.title_html.empty());
  }
  EXPECT_LE(searcher_->similar("r03", 2).size(), 2u);
  EXPECT_THAT(searcher_->similar("nope"), IsEmpty());
  EXPECT_THAT(searcher_->similar("r03", 0), IsEmpty());
}

TEST_F(SearcherIndexTest, Suggest) {
  EXPECT_THAT(searcher_->suggest("lokakarya KEH"), Contains("kehumasan"));
  std::vector<std::string> s = searcher_->suggest("nara");
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s.front(), "narapidana");
  EXPECT_THAT(searcher_->suggest("lokakarya "), IsEmpty());
  EXPECT_THAT(searcher_->suggest("k"), IsEmpty());
  EXPECT_LE(searcher_->suggest("ke", 2).size(), 2u);
}

TEST_F(SearcherIndexTest, Info) {
  IndexInfo info = searcher_->info();
  EXPECT_EQ(info.documents, docs().size());
  EXPECT_EQ(info.stemmer, "snowball");
  EXPECT_EQ(info.generation, index::DatabaseDir(dir_->path()).live_generation());
  EXPECT_THAT(info.built_at, HasSubstr("T"));
}

TEST(SearcherOpen, NoIndexYetIsAClearError) {
  siaran::testing::TempDir empty;
  try {
    Searcher s(empty.path());
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("no index in"));
    EXPECT_THAT(e.what(), HasSubstr("siaran-index build"));
  }
}

TEST(SearcherRefresh, PicksUpANewGeneration) {
  siaran::testing::TempDir dir;
  std::vector<corpus::Document> docs = test_releases();
  docs.resize(3);
  build_index(dir.path(), docs);
  Searcher searcher(dir.path());
  const std::string first_generation = searcher.info().generation;
  EXPECT_FALSE(searcher.refresh());  // nothing new

  docs.push_back(release("n1", "2024-01-05", "Lapas Kelas IIA Cibinong", "Jawa Barat", "Pembinaan",
                         "Panen Hidroponik", "Warga binaan memanen sayuran hidroponik."));
  build_index(dir.path(), docs);
  SearchRequest r;
  r.q = "hidroponik";
  EXPECT_EQ(searcher.search(r).total, 0u);  // still the old generation until refresh()
  EXPECT_TRUE(searcher.refresh());
  EXPECT_NE(searcher.info().generation, first_generation);
  EXPECT_EQ(searcher.info().documents, 4u);
  SearchResult found = searcher.search(r);
  ASSERT_EQ(found.hits.size(), 1u);
  EXPECT_EQ(found.hits[0].doc.id, "n1");
  EXPECT_FALSE(searcher.refresh());
}

TEST(SearcherRefresh, SeesUpdatesToTheLiveGeneration) {
  siaran::testing::TempDir dir;
  std::vector<corpus::Document> docs = test_releases();
  docs.resize(2);
  build_index(dir.path(), docs);
  Searcher searcher(dir.path());
  {
    index::DatabaseDir database(dir.path());
    index::IndexWriter writer(database, index::WriteMode::Update, analyzers::AnalyzerOptions{});
    writer.add(release("n2", "2024-02-01", "", "", "", "Donor Darah", "Petugas mendonorkan darah."));
    writer.commit();
  }
  EXPECT_TRUE(searcher.refresh());
  EXPECT_TRUE(searcher.document("n2").has_value());
}

TEST(SearcherRanking, RelevanceTiesBreakNewestFirst) {
  siaran::testing::TempDir dir;
  // Same text, so the same weight; indexed oldest last so document order cannot decide.
  build_index(dir.path(), {release("new", "2023-05-01", "", "", "", "Donor darah", "Petugas donor darah."),
                           release("undated", "", "", "", "", "Donor darah", "Petugas donor darah."),
                           release("old", "2021-05-01", "", "", "", "Donor darah", "Petugas donor darah.")});
  Searcher searcher(dir.path());
  SearchRequest r;
  r.q = "donor darah";
  SearchResult res = searcher.search(r);
  ASSERT_EQ(res.hits.size(), 3u);
  EXPECT_EQ(res.hits[0].score, res.hits[2].score);
  EXPECT_EQ(res.hits[0].doc.id, "new");
  EXPECT_EQ(res.hits[1].doc.id, "old");
  EXPECT_EQ(res.hits[2].doc.id, "undated");
}

TEST(SearcherRanking, StopwordOnlyQueryDoesNotListEverything) {
  siaran::testing::TempDir dir;
  build_index(dir.path(), {release("a", "2023-05-01", "", "", "", "Donor darah", "Petugas donor darah.")});
  Searcher searcher(dir.path());
  SearchRequest r;
  r.q = "yang dan";
  SearchResult res = searcher.search(r);
  EXPECT_EQ(res.total, 0u);
  EXPECT_THAT(res.hits, IsEmpty());
  EXPECT_FALSE(res.suggestion.has_value());
}

}  // namespace
}  // namespace siaran::search::testing

namespace siaran::search::testing {
namespace {

// Updates committed while a Searcher still reads an older revision eventually recycle the
// blocks it reads (Xapian::DatabaseModifiedError); the Searcher reopens and answers anyway.
TEST(SearcherRefresh, AnswersThroughUpdatesItHasNotRefreshedFor) {
  siaran::testing::TempDir dir;
  std::vector<corpus::Document> docs = test_releases();
  build_index(dir.path(), docs);
  Searcher searcher(dir.path());
  SearchRequest r;
  r.q = "narapidana";
  ASSERT_GT(searcher.search(r).total, 0u);
  for (int round = 0; round < 6; ++round) {
    index::DatabaseDir database(dir.path());
    index::IndexWriter writer(database, index::WriteMode::Update, analyzers::AnalyzerOptions{});
    for (int i = 0; i < 40; ++i) {
      const std::string n = std::to_string(round) + "-" + std::to_string(i);
      writer.add(release("u" + n, "2024-03-01", "", "", "", "Narapidana " + n,
                         "Narapidana mengikuti kegiatan nomor " + n + " bersama petugas."));
    }
    writer.commit();
    EXPECT_NO_THROW(searcher.search(r)) << "round " << round;
  }
}

}  // namespace
}  // namespace siaran::search::testing
