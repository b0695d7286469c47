// siaran-index build --threads N: parsed and checked like the other options, and any N gives the
// same index (documents, duplicates resolved the same way, same rejections reported).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/indexer/indexer_test_support.h"

namespace siaran::indexer {
namespace {

using namespace siaran::indexer::testing;
using siaran::testing::TempDir;
using ::testing::HasSubstr;

// Ten records, one malformed date, one id repeated with new content (the later wins).
std::string records() {
  std::string jsonl;
  for (int i = 0; i < 9; ++i) {
    jsonl += R"({"id": "r)" + std::to_string(i) + R"(", "title": "Remisi ke )" + std::to_string(i) +
             R"(", "date": "2023-05-1)" + std::to_string(i) + R"(", "body": "Narapidana menerima remisi."})" + "\n";
  }
  jsonl += R"({"id": "bad", "title": "Salah", "date": "kemarin sore", "body": "Tanggal tidak jelas."})" "\n";
  jsonl += R"({"id": "r3", "title": "Pelatihan menjahit", "date": "2023-06-01", "body": "Versi baru."})" "\n";
  return jsonl;
}

class ThreadsFlagTest : public ::testing::Test {
 protected:
  void SetUp() override { SIARAN_REQUIRE_INDEXER(); }
  TempDir tmp;
};

TEST_F(ThreadsFlagTest, RejectsZeroAndNonNumbers) {
  for (const std::string bad : {"0", "two", "-1", "65"}) {
    const RunResult run = run_indexer({"build", "--db", (tmp.path() / "db").string(), "--threads", bad, "-"}, records());
    EXPECT_EQ(run.status, 2) << bad << ": " << run.err;
    EXPECT_THAT(run.err, HasSubstr("--threads")) << bad;
    EXPECT_FALSE(std::filesystem::exists(tmp.path() / "db" / "XAPIANDB")) << bad;
  }
}

TEST_F(ThreadsFlagTest, IsListedWithItsDefaultInHelp) {
  const RunResult run = run_indexer({"build", "--help"});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("--threads"));
}

TEST_F(ThreadsFlagTest, AnyThreadCountGivesTheSameDocumentsAndReport) {
  std::vector<std::string> summaries;
  for (const std::string threads : {"1", "2", "5"}) {
    const std::string db = (tmp.path() / ("db" + threads)).string();
    const RunResult run = run_indexer({"build", "--db", db, "--threads", threads, "-"}, records());
    EXPECT_EQ(run.status, 3) << threads << ": " << run.err;  // one record rejected
    EXPECT_THAT(run.err, HasSubstr(":10: ")) << "the rejected record with its line";
    EXPECT_THAT(run.err, HasSubstr("indexed 10, unchanged 0, rejected 1, duplicate ids 1"));
    Xapian::Database index(db);
    EXPECT_EQ(index.get_doccount(), 9u) << threads;
    EXPECT_EQ(index.get_termfreq("menjahit"), 1u) << threads << ": the later r3 wins";
    EXPECT_EQ(index.get_termfreq("Qr3"), 1u) << threads;
    EXPECT_EQ(index.get_termfreq("Qbad"), 0u) << threads;
  }
}

}  // namespace
}  // namespace siaran::indexer
