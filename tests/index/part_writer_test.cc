// PartWriter, one worker of a parallel build: records reach it in batches (several per queue
// operation), which must keep their order — the later record with an id wins, within a batch
// and across batches and parts — deliver the last, partial batch, and still report a failure of
// the worker to the reading thread.
#include <filesystem>
#include <stdexcept>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "index/document_builder.h"
#include "index/part_writer.h"
#include "tests/index/index_test_support.h"
#include "tests/support/test_paths.h"

namespace siaran::index {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using namespace siaran::index::testing;
using siaran::testing::TempDir;

PartJob add_job(const corpus::Document& doc) { return PartJob{PartJob::Kind::Add, doc, prepare_record(doc)}; }

PartJob remove_job(const std::string& id) {
  PartJob job;
  job.kind = PartJob::Kind::Remove;
  job.record.id_term = "Q" + id;
  return job;
}

// Every part the worker wrote, read as one database.
Xapian::Database all_parts(const PartWriter& writer) {
  Xapian::Database all;
  for (const fs::path& part : writer.parts()) all.add_database(Xapian::Database(part.string()));
  return all;
}

// How often `word` is counted in the spelling tables of the parts (compaction adds them up).
Xapian::doccount spelling_count(const PartWriter& writer, const std::string& word) {
  Xapian::doccount count = 0;
  for (const fs::path& part : writer.parts()) {
    const Xapian::Database db(part.string());
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) {
      if (*w == word) count += w.get_termfreq();
    }
  }
  return count;
}

PartOptions options(size_t batch_size, size_t docs_per_part) {
  PartOptions o;
  o.batch_size = batch_size;
  o.queue_batches = 2;
  o.docs_per_part = docs_per_part;
  return o;
}

TEST(PartWriter, TheLaterRecordWithAnIdWinsWithinABatchAcrossBatchesAndAcrossParts) {
  TempDir tmp;
  // Batches of 4 and parts of 3 documents: "a" is replaced inside its first batch, then again
  // from a later batch when it sits in an earlier part; "b" is removed from another batch.
  PartWriter writer(tmp.path() / "w0", analyzers::AnalyzerOptions{}, options(4, 3));
  writer.push(add_job(release("a", "Remisi Natal", "Versi pertama.")));
  writer.push(add_job(release("b", "Sementara", "Akan dihapus.")));
  writer.push(add_job(release("a", "Remisi Paskah", "Versi kedua.")));  // same batch as the first
  for (int i = 0; i < 6; ++i) writer.push(add_job(release("x" + std::to_string(i), "Kunjungan", "Isi lain.")));
  writer.push(add_job(release("a", "Remisi Lebaran", "Versi ketiga.")));
  writer.push(remove_job("b"));
  writer.wait();

  ASSERT_GE(writer.parts().size(), 3u) << "the records spread over several parts";
  const Xapian::Database db = all_parts(writer);
  EXPECT_EQ(db.get_doccount(), 7u);
  EXPECT_THAT(ids_matching(db, Xapian::Query("Qa")), ElementsAre("a"));
  EXPECT_THAT(ids_matching(db, Xapian::Query("lebaran")), ElementsAre("a"));
  EXPECT_THAT(ids_matching(db, Xapian::Query("natal")), IsEmpty());
  EXPECT_THAT(ids_matching(db, Xapian::Query("paskah")), IsEmpty());
  EXPECT_THAT(ids_matching(db, Xapian::Query("Qb")), IsEmpty());
  EXPECT_EQ(spelling_count(writer, "lebaran"), 1u);
  EXPECT_EQ(spelling_count(writer, "natal"), 0u) << "replaced versions leave the spelling counts";
  EXPECT_EQ(spelling_count(writer, "paskah"), 0u);
  EXPECT_EQ(spelling_count(writer, "dihapus"), 0u) << "so does a removed record";
  EXPECT_EQ(spelling_count(writer, "kunjungan"), 6u);
}

TEST(PartWriter, TheLastPartialBatchIsWritten) {
  TempDir tmp;
  PartWriter writer(tmp.path() / "w0", analyzers::AnalyzerOptions{}, options(32, 0));
  for (int i = 0; i < 5; ++i) writer.push(add_job(release("r" + std::to_string(i), "Judul", "Isi.")));
  writer.wait();
  EXPECT_EQ(all_parts(writer).get_doccount(), 5u);
}

TEST(PartWriter, AFailedWorkerIsReportedByWaitEvenWhenItsLastBatchWasPartial) {
  TempDir tmp;
  // The worker cannot create its part (the folder does not exist): it fails on the first record.
  PartWriter writer(tmp.path() / "missing" / "w0", analyzers::AnalyzerOptions{}, options(32, 0));
  for (int i = 0; i < 3; ++i) writer.push(add_job(release("r" + std::to_string(i), "Judul", "Isi.")));
  try {
    writer.wait();
    FAIL() << "wait() must report the worker's failure";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("cannot index \"r0\""));
  }
}

TEST(PartWriter, AFailedWorkerIsReportedByALaterPushAndNeverBlocksTheReader) {
  TempDir tmp;
  PartWriter writer(tmp.path() / "missing" / "w0", analyzers::AnalyzerOptions{}, options(2, 0));
  // The failure is seen on the reading thread at the latest a batch after the worker meets it;
  // the worker keeps draining its queue, so pushing never blocks meanwhile. Many more records
  // than the queue holds: a worker that stopped draining would hang this test.
  bool reported = false;
  for (int i = 0; i < 2000 && !reported; ++i) {
    try {
      writer.push(add_job(release("r" + std::to_string(i), "Judul", "Isi.")));
    } catch (const std::runtime_error& e) {
      EXPECT_THAT(e.what(), HasSubstr("cannot index \"r0\""));
      reported = true;
    }
  }
  EXPECT_TRUE(reported);
  EXPECT_THROW(writer.wait(), std::runtime_error);
}

}  // namespace
}  // namespace siaran::index
