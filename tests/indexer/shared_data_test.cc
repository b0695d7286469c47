// The real data beside the checkout (../shared) and the bundled sample corpus, indexed as the
// README shows. Skipped when the data is absent.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/indexer/indexer_test_support.h"

namespace siaran::indexer {
namespace {

using namespace siaran::indexer::testing;
using ::testing::StartsWith;

TEST(SharedData, TheDetikCsvIndexesThroughItsColumnMap) {
  SIARAN_REQUIRE_INDEXER();
  SIARAN_REQUIRE_SHARED(csv, "corpus/detik-2025/articles.csv");
  siaran::testing::TempDir tmp;
  const std::string db = (tmp.path() / "db").string();
  const RunResult run = run_indexer({"build", "--db", db, "--map",
                                     "id=id,title=judul,url=tautan,date=tanggal,body=isi_berita,topic=aspek_target",
                                     "--date-format", "%m/%d/%Y %H:%M", csv.string()});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, StartsWith("indexed 1000, unchanged 0, rejected 0 in "));
  Xapian::Database index(db);
  EXPECT_EQ(index.get_doccount(), 1000u);
  EXPECT_TRUE(index.term_exists("Y2025"));
}

TEST(SharedData, TheSampleCorpusIndexesWithoutRejections) {
  SIARAN_REQUIRE_INDEXER();
  const std::filesystem::path sample = siaran::testing::source_dir() / "corpus/sample";
  if (!std::filesystem::exists(sample / "releases")) GTEST_SKIP() << "corpus/sample/releases not present";
  siaran::testing::TempDir tmp;
  const std::string db = (tmp.path() / "db").string();
  const RunResult run = run_indexer({"build", "--db", db, sample.string()});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, ::testing::HasSubstr(", rejected 0"));
  EXPECT_GE(Xapian::Database(db).get_doccount(), 30u);
}

}  // namespace
}  // namespace siaran::indexer
