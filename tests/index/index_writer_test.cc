#include "index/index_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "index/document_builder.h"
#include "index/schema.h"
#include "index/stored_document.h"
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

const analyzers::AnalyzerOptions kSnowball{};

std::vector<std::string> ids_with(const Xapian::Database& db, const std::string& term) {
  return ids_matching(db, Xapian::Query(term));
}

class IndexWriterTest : public ::testing::Test {
 protected:
  TempDir tmp;
  DatabaseDir dir{tmp.path() / "db"};

  void build(const std::vector<corpus::Document>& docs) {
    IndexWriter writer(dir, WriteMode::Build, kSnowball);
    for (const corpus::Document& doc : docs) writer.add(doc);
    writer.commit();
  }
  Xapian::Database open() const { return Xapian::Database(dir.path().string()); }
};

TEST_F(IndexWriterTest, BuildPublishesANewSearchableIndex) {
  build({release("a", "Remisi Idul Fitri", "Narapidana menerima remisi."),
         release("b", "Pelatihan Barista", "Warga binaan belajar meracik kopi.")});
  Xapian::Database db = open();
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_THAT(ids_with(db, "remisi"), ElementsAre("a"));
  EXPECT_THAT(ids_with(db, "XUlapas_kelas_iia_cibinong"), ElementsAre("a", "b"));
  EXPECT_EQ(db.get_metadata(std::string(schema::kMetaStemmer)), "snowball");
  EXPECT_EQ(db.get_metadata(std::string(schema::kMetaSchemaVersion)), schema::kSchemaVersion);
  EXPECT_THAT(db.get_metadata(std::string(schema::kMetaBuiltAt)), ::testing::MatchesRegex("[0-9-]+T[0-9:]+Z"));
  EXPECT_EQ(built_stemmer(dir), analyzers::StemmerKind::Snowball);
}

TEST_F(IndexWriterTest, NothingIsVisibleBeforeCommit) {
  build({release("old", "Lama", "Dokumen lama.")});
  {
    IndexWriter writer(dir, WriteMode::Build, kSnowball);
    writer.add(release("new", "Baru", "Dokumen baru."));
    EXPECT_THAT(ids_with(open(), "Qold"), ElementsAre("old"));
    EXPECT_THAT(ids_with(open(), "Qnew"), IsEmpty());
  }
  EXPECT_THAT(ids_with(open(), "Qold"), ElementsAre("old"));
}

TEST_F(IndexWriterTest, ABuildAbandonedHalfWayLeavesTheOldIndexIntactAndSearchable) {
  build({release("old", "Remisi Natal", "Remisi khusus Natal.")});
  const std::string live = dir.live_generation();
  try {
    IndexWriter writer(dir, WriteMode::Build, kSnowball);
    for (int i = 0; i < 50; ++i) writer.add(release(std::to_string(1000 + i), "Baru", "Isi baru."));
    throw std::runtime_error("disk full, say");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(dir.live_generation(), live);
  EXPECT_THAT(dir.generations(), ElementsAre(live)) << "the abandoned generation is removed";
  EXPECT_THAT(ids_with(open(), "remisi"), ElementsAre("old"));
}

TEST_F(IndexWriterTest, ReadersOfTheOldGenerationKeepWorkingAcrossAPublish) {
  build({release("a", "Satu", "Razia kamar hunian.")});
  Xapian::Database reader = open();  // opened before the swap, as searchd would have it
  build({release("b", "Dua", "Skrining kesehatan.")});
  build({release("c", "Tiga", "Kunjungan tatap muka.")});  // and the one after: only the previous is kept
  EXPECT_THAT(ids_with(reader, "razia"), ElementsAre("a")) << "an open database reads on";
  EXPECT_THAT(ids_with(open(), "Qc"), ElementsAre("c"));
  EXPECT_THAT(ids_with(open(), "Qa"), IsEmpty());
}

TEST_F(IndexWriterTest, ALaterRecordWithTheSameIdWinsInABuild) {
  IndexWriter writer(dir, WriteMode::Build, kSnowball);
  EXPECT_EQ(writer.add(release("x", "Versi satu", "Isi pertama.")), AddResult::Added);
  EXPECT_EQ(writer.add(release("x", "Versi dua", "Isi kedua.")), AddResult::Replaced);
  EXPECT_EQ(writer.add(release("x", "Versi dua", "Isi kedua.")), AddResult::Unchanged);
  writer.commit();
  Xapian::Database db = open();
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(from_json(db.get_document(*db.postlist_begin("Qx")).get_data()).title, "Versi dua");
  EXPECT_THAT(ids_with(db, "pertama"), IsEmpty());
}

TEST_F(IndexWriterTest, UpdateAddsReplacesAndSkipsUnchangedRecords) {
  const corpus::Document a = release("a", "Remisi", "Narapidana menerima remisi.");
  const corpus::Document b = release("b", "Barista", "Pelatihan meracik kopi.");
  build({a, b});
  corpus::Document b2 = b;
  b2.body = "Pelatihan meracik teh.";
  {
    IndexWriter writer(dir, WriteMode::Update, kSnowball);
    EXPECT_EQ(writer.mode(), WriteMode::Update);
    EXPECT_EQ(writer.add(a), AddResult::Unchanged);
    EXPECT_EQ(writer.add(b2), AddResult::Replaced);
    EXPECT_EQ(writer.add(release("c", "Baru", "Dokumen baru.")), AddResult::Added);
    writer.commit();
  }
  Xapian::Database db = open();
  EXPECT_EQ(db.get_doccount(), 3u);
  EXPECT_THAT(ids_with(db, "teh"), ElementsAre("b"));
  EXPECT_THAT(ids_with(db, "kopi"), IsEmpty());
  EXPECT_NE(db.get_metadata(std::string(schema::kMetaUpdatedAt)), "");
}

TEST_F(IndexWriterTest, AnAbandonedUpdateChangesNothing) {
  build({release("a", "Remisi", "Narapidana menerima remisi.")});
  const std::string live = dir.live_generation();
  {
    IndexWriter writer(dir, WriteMode::Update, kSnowball);
    writer.add(release("b", "Baru", "Dokumen baru."));
    writer.remove("a");
  }
  EXPECT_EQ(dir.live_generation(), live);
  EXPECT_THAT(ids_with(open(), "Qa"), ElementsAre("a"));
  EXPECT_THAT(ids_with(open(), "Qb"), IsEmpty());
}

TEST_F(IndexWriterTest, UpdateWithoutAnIndexBuildsOne) {
  IndexWriter writer(dir, WriteMode::Update, kSnowball);
  EXPECT_EQ(writer.mode(), WriteMode::Build);
  writer.add(release("a", "Remisi", "Isi."));
  writer.commit();
  EXPECT_EQ(open().get_doccount(), 1u);
}

TEST_F(IndexWriterTest, UpdateMustUseTheStemmerTheIndexWasBuiltWith) {
  build({release("a", "Remisi", "Isi.")});
  analyzers::AnalyzerOptions none;
  none.stemmer = analyzers::StemmerKind::None;
  try {
    IndexWriter writer(dir, WriteMode::Update, none);
    FAIL() << "update with another stemmer was accepted";
  } catch (const AnalysisMismatch& e) {
    EXPECT_THAT(e.what(), HasSubstr("was built with stemmer \"snowball\""));
  }
  EXPECT_NO_THROW(IndexWriter(dir, WriteMode::Build, none)) << "a build may change it";
}

TEST_F(IndexWriterTest, RemoveDeletesById) {
  build({release("a", "Satu", "Isi satu."), release("b", "Dua", "Isi dua.")});
  {
    IndexWriter writer(dir, WriteMode::Update, kSnowball);
    EXPECT_TRUE(writer.remove("a"));
    EXPECT_FALSE(writer.remove("a"));
    EXPECT_FALSE(writer.remove("nope"));
    writer.commit();
  }
  EXPECT_THAT(ids_with(open(), "XUlapas_kelas_iia_cibinong"), ElementsAre("b"));
}

TEST_F(IndexWriterTest, TheSpellingTableFollowsAddsReplacementsAndDeletes) {
  build({release("a", "Pemasyarakatan", "Sistem pemasyarakatan Indonesia.")});
  EXPECT_EQ(open().get_spelling_suggestion("pemasyarakatn"), "pemasyarakatan");
  {
    IndexWriter writer(dir, WriteMode::Update, kSnowball);
    writer.add(release("a", "Kunjungan", "Kunjungan keluarga."));
    writer.commit();
  }
  Xapian::Database db = open();
  EXPECT_EQ(db.get_spelling_suggestion("pemasyarakatn"), "") << "the replaced words are gone";
  EXPECT_EQ(db.get_spelling_suggestion("kunjngan"), "kunjungan");
}

TEST_F(IndexWriterTest, ARejectedRecordLeavesTheWriterUsable) {
  IndexWriter writer(dir, WriteMode::Build, kSnowball);
  corpus::Document bad = release("bad", "Judul", "Isi.", "kemarin");
  EXPECT_THROW(writer.add(bad), RejectedDocument);
  writer.add(release("good", "Judul", "Isi."));
  writer.commit();
  EXPECT_EQ(open().get_doccount(), 1u);
}

TEST_F(IndexWriterTest, ASecondWriterIsBusy) {
  IndexWriter writer(dir, WriteMode::Build, kSnowball);
  EXPECT_THROW(IndexWriter(dir, WriteMode::Update, kSnowball), WriterBusy);
}

}  // namespace
}  // namespace siaran::index
