// search::SplitRanking: a ranked match split over slices of the document ids gives the page one
// Enquire gives (same documents, order and weights, ties included), and splits only when it
// should. Then the Searcher with and without splitting answers alike.
#include "search/split_ranking.h"

#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "index/index_writer.h"
#include "index/schema.h"
#include "search/searcher.h"
#include "tests/search/releases_fixture.h"
#include "tests/search/result_expectations.h"
#include "tests/support/test_paths.h"

namespace siaran::search {
namespace {

namespace schema = index::schema;

// 600 documents over a few words with wdfs and lengths that repeat, so many weigh exactly the same,
// and dates that repeat too, so ties fall through to the date and then to the document id.
void build(const std::string& path) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  const std::vector<std::string> words = {"remisi", "lapas", "kunjungan", "pelatihan", "narkoba"};
  for (unsigned i = 0; i < 600; ++i) {
    Xapian::Document doc;
    for (size_t w = 0; w < words.size(); ++w) {
      if ((i + w) % (w + 2) == 0) doc.add_term(words[w], 1 + (i % 3));
    }
    doc.add_term("filler", 1 + (i % 4));
    doc.add_value(schema::kDateSlot, "2024010" + std::to_string(1 + i % 5));
    db.add_document(doc);
  }
  db.commit();
}

std::vector<SplitRanking::Ranked> one_enquire(const Xapian::Database& db, const Xapian::Query& query,
                                              Xapian::doccount first, Xapian::doccount count) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_sort_by_relevance_then_value(schema::kDateSlot, true);
  const Xapian::MSet mset = enquire.get_mset(first, count);
  std::vector<SplitRanking::Ranked> ranked;
  for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back({*it, it.get_weight()});
  return ranked;
}

class SplitRankingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (tmp_.path() / "db").string();
    build(path_);
    db_ = Xapian::Database(path_);
  }

  siaran::testing::TempDir tmp_;
  std::string path_;
  Xapian::Database db_;
};

TEST_F(SplitRankingTest, DocidRangeMatchesExactlyItsIds) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("filler"),
                                  Xapian::Query((new DocidRange(101, 250))->release())));
  const Xapian::MSet mset = enquire.get_mset(0, 1000);
  ASSERT_EQ(mset.size(), 150u);
  std::vector<Xapian::docid> ids;
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids.front(), 101u);
  EXPECT_EQ(ids.back(), 250u);
}

TEST_F(SplitRankingTest, DocidRangeSkipsIntoItsRange) {
  DocidRange range(10, 20);
  range.init(db_);
  range.skip_to(3, 0);
  EXPECT_EQ(range.get_docid(), 10u);
  range.skip_to(15, 0);
  EXPECT_EQ(range.get_docid(), 15u);
  range.skip_to(12, 0);  // never backwards
  EXPECT_EQ(range.get_docid(), 15u);
  range.next(0);
  EXPECT_EQ(range.get_docid(), 16u);
  range.skip_to(21, 0);
  EXPECT_TRUE(range.at_end());
  DocidRange fresh(10, 20);
  fresh.init(db_);
  fresh.next(0);
  EXPECT_EQ(fresh.get_docid(), 10u);
}

TEST_F(SplitRankingTest, SamePageAsOneEnquireForEverySliceCountAndPage) {
  const std::vector<Xapian::Query> queries = {
      Xapian::Query("remisi"),
      Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("lapas"), Xapian::Query("kunjungan")),
      Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("filler"), Xapian::Query("pelatihan")),
      Xapian::Query(Xapian::Query::OP_AND_MAYBE, Xapian::Query("filler"), Xapian::Query("narkoba")),
      Xapian::Query("filler"),
      Xapian::Query("absent"),
  };
  for (unsigned slices : {2u, 3u, 4u}) {
    SplitRanking split(slices, /*min_documents=*/1, SplitRanking::Load::Ignored);
    for (const Xapian::Query& query : queries) {
      for (Xapian::doccount first : {0u, 7u, 95u, 590u}) {
        SCOPED_TRACE(query.get_description() + " slices " + std::to_string(slices) + " first " +
                     std::to_string(first));
        const auto page = split.rank(db_, path_, query, first, 10);
        ASSERT_TRUE(page.has_value());
        const auto expected = one_enquire(db_, query, first, 10);
        ASSERT_EQ(page->hits.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
          EXPECT_EQ(page->hits[i].docid, expected[i].docid) << "rank " << first + i;
          EXPECT_DOUBLE_EQ(page->hits[i].weight, expected[i].weight) << "rank " << first + i;
        }
        // A short page means the slices saw every match; whenever they did, the count is exact.
        Xapian::Enquire all(db_);
        all.set_query(query);
        const Xapian::doccount matches = all.get_mset(0, 1000).size();
        if (matches < first + 10) {
          EXPECT_TRUE(page->exhausted);
        }
        if (page->exhausted) {
          EXPECT_EQ(page->matches, matches);
        }
      }
    }
  }
}

// Xapian's reference counts are not atomic: slices must not share the caller's Query objects.
// Many rankings of one query object in a row (4 slices at once) give the same page every time.
TEST_F(SplitRankingTest, ManyRankingsOfOneQueryAgree) {
  SplitRanking split(4, 1, SplitRanking::Load::Ignored);
  const Xapian::Query query(Xapian::Query::OP_OR, Xapian::Query("lapas"),
                            Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("filler"), Xapian::Query("remisi")));
  const auto expected = one_enquire(db_, query, 0, 10);
  for (int i = 0; i < 300; ++i) {
    const auto page = split.rank(db_, path_, query, 0, 10);
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->hits.size(), expected.size());
    for (size_t r = 0; r < expected.size(); ++r) ASSERT_EQ(page->hits[r].docid, expected[r].docid) << "round " << i;
  }
}

TEST_F(SplitRankingTest, MarkingMSetHoldsTheQueryTerms) {
  SplitRanking split(2, 1, SplitRanking::Load::Ignored);
  const auto page = split.rank(db_, path_, Xapian::Query("remisi"), 0, 10);
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->marking.snippet("ada remisi hari ini", 100), "ada <b>remisi</b> hari ini");
}

TEST_F(SplitRankingTest, DoesNotSplitWhenItShouldNot) {
  const Xapian::Query query("remisi");
  EXPECT_FALSE(SplitRanking(1, 1, SplitRanking::Load::Ignored).rank(db_, path_, query, 0, 10)) << "one slice";
  const auto ignored = SplitRanking::Load::Ignored;
  EXPECT_FALSE(SplitRanking(2, 601, ignored).rank(db_, path_, query, 0, 10)) << "fewer documents than the minimum";
  EXPECT_TRUE(SplitRanking(2, 600, ignored).rank(db_, path_, query, 0, 10)) << "as many as the minimum";
  EXPECT_FALSE(SplitRanking(2, 1, ignored).rank(db_, "", query, 0, 10)) << "no local path (sharded or remote)";
  // As many searches running as cores: no core is idle.
  SplitRanking split(2, 1);
  std::vector<std::unique_ptr<RunningSearch>> running;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  while (RunningSearch::count() * 2 <= cores) running.push_back(std::make_unique<RunningSearch>());
  EXPECT_FALSE(split.rank(db_, path_, query, 0, 10)) << RunningSearch::count() << " running on " << cores;
  // A busy spell: searches keep starting while those run.
  for (int i = 0; i < 16; ++i) RunningSearch another;
  running.clear();
  EXPECT_EQ(RunningSearch::count(), 0u);
  // Nothing running now, but many were lately (a worker between two requests): still no split.
  EXPECT_GT(RunningSearch::recent() * 2, cores * SplitRanking::kBusyMargin);
  EXPECT_FALSE(split.rank(db_, path_, query, 0, 10));
  // A while of one search at a time: it splits again.
  for (int i = 0; i < 40; ++i) RunningSearch one_at_a_time;
  EXPECT_LT(RunningSearch::recent(), 1.05);
  if (2 <= cores) {
    EXPECT_TRUE(split.rank(db_, path_, query, 0, 10));
  }
}

TEST_F(SplitRankingTest, FollowsTheCallersRevision) {
  SplitRanking split(2, 1, SplitRanking::Load::Ignored);
  ASSERT_TRUE(split.rank(db_, path_, Xapian::Query("remisi"), 0, 10));
  {
    Xapian::WritableDatabase writer(path_, Xapian::DB_OPEN);
    Xapian::Document doc;
    doc.add_term("remisi", 50);
    doc.add_value(schema::kDateSlot, "20250101");
    writer.add_document(doc);
    writer.commit();
  }
  // The other slices are opened anew at the newer revision; the caller's database is older:
  // splitting would mix two revisions, so it does not.
  SplitRanking fresh(2, 1, SplitRanking::Load::Ignored);
  EXPECT_FALSE(fresh.rank(db_, path_, Xapian::Query("remisi"), 0, 10));
  db_.reopen();
  // Now the caller is newer than the first SplitRanking's handles: they catch up.
  const auto page = split.rank(db_, path_, Xapian::Query("remisi"), 0, 10);
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->hits.front().docid, 601u);
  const auto again = fresh.rank(db_, path_, Xapian::Query("remisi"), 0, 10);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->hits.front().docid, 601u);
}

// The whole search, split or not, on the test releases: same hits, order, scores, totals,
// facets and snippets.
TEST(SearcherSplitRankingTest, SameResultsSplitOrNot) {
  siaran::testing::TempDir tmp;
  {
    index::IndexWriter writer(index::DatabaseDir(tmp.path()), index::WriteMode::Build, analyzers::AnalyzerOptions{});
    for (const corpus::Document& d : testing::test_releases()) writer.add(d);
    writer.commit();
  }
  Searcher single(tmp.path());
  single.set_split_ranking(1);
  Searcher split(tmp.path());
  split.set_split_ranking(2, 1);
  const unsigned long long splits_before = SplitRanking::splits();
  for (const std::string q : {"remisi", "warga binaan", "pelatihan kerja", "kunjungan keluarga lapas",
                              "narkoba OR razia", "\"warga binaan\" pelatihan", "lapas -remisi"}) {
    for (unsigned page : {1u, 2u}) {
      SCOPED_TRACE(q + " page " + std::to_string(page));
      SearchRequest request;
      request.q = q;
      request.page = page;
      request.per_page = 3;
      request.snippets = true;
      request.facets = {"year", "unit", "topic"};
      const SearchResult a = single.search(request);
      const SearchResult b = split.search(request);
      EXPECT_EQ(a.total, b.total);
      ASSERT_EQ(a.hits.size(), b.hits.size());
      for (size_t i = 0; i < a.hits.size(); ++i) {
        EXPECT_EQ(a.hits[i].doc.id, b.hits[i].doc.id) << "rank " << i;
        EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << "rank " << i;
        EXPECT_EQ(a.hits[i].title_html, b.hits[i].title_html);
        EXPECT_EQ(a.hits[i].snippet_html, b.hits[i].snippet_html);
      }
      testing::expect_same_facets(a, b);
    }
  }
  // On a machine with an idle core (the single searcher never splits), the other one did.
  if (std::thread::hardware_concurrency() >= 2) {
    EXPECT_GT(SplitRanking::splits(), splits_before);
  }
}

}  // namespace
}  // namespace siaran::search
