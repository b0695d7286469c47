// A build on several threads (sub-databases merged by compaction) must give the same index as a
// one-thread build: documents, terms with wdf and positions, values, document data, spelling,
// metadata and search results. Only Xapian's docids may be numbered in another order.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <tuple>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "index/document_builder.h"
#include "index/index_writer.h"
#include "index/schema.h"
#include "tests/index/index_test_support.h"
#include "tests/support/test_paths.h"

namespace siaran::index {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using namespace siaran::index::testing;
using siaran::testing::TempDir;

const analyzers::AnalyzerOptions kSnowball{};

// Releases of a few sentences drawn from a small vocabulary (so words recur across documents and
// the posting lists of parts overlap when merged), some ids repeated with new content.
std::vector<corpus::Document> corpus_with_duplicates(size_t count, unsigned seed) {
  static const std::vector<std::string> words = {
      "remisi",    "narapidana", "pembinaan", "kemandirian", "lapas",     "rutan",   "petugas",
      "pelatihan", "menerima",   "kunjungan", "keluarga",    "kesehatan", "narkoba", "rehabilitasi",
      "di",        "dan",        "yang",      "warga",       "binaan",    "kegiatan", "pemeriksaan",
      "membina",   "dibina",     "pembina",   "keterampilan", "menjahit", "bertani", "2023"};
  static const std::vector<std::string> units = {"Lapas Kelas IIA Cibinong", "Rutan Kelas I Depok",
                                                 "Bapas Kelas I Bandung", "LPKA Kelas II Jakarta"};
  static const std::vector<std::string> topics = {"Pembinaan", "Remisi", "Kesehatan", "Kerja Sama"};
  std::mt19937 random(seed);
  auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  auto sentence = [&](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) {
      if (i) s += ' ';
      s += pick(words);
    }
    s += '.';
    return s;
  };
  std::vector<corpus::Document> docs;
  for (size_t i = 0; i < count; ++i) {
    // One record in seven repeats an earlier id (a correction published later).
    const size_t id = i % 7 == 6 ? random() % i : i;
    char date[16];
    std::snprintf(date, sizeof date, "20%02u-%02u-%02u", 15 + unsigned(random() % 9), 1 + unsigned(random() % 12),
                  1 + unsigned(random() % 28));
    std::string body = sentence(12);
    body += ' ';
    body += sentence(9);
    corpus::Document doc = release(std::string("rilis-").append(std::to_string(id)), sentence(4), body, date);
    doc.unit = pick(units);
    doc.topic = pick(topics);
    docs.push_back(doc);
  }
  return docs;
}

// Everything a search can see of one document, keyed by term.
using Postings = std::map<std::string, std::tuple<Xapian::termcount, std::vector<Xapian::termpos>>>;

struct DocumentView {
  std::string data;
  Postings postings;
  std::map<Xapian::valueno, std::string> values;
  bool operator==(const DocumentView&) const = default;
};

std::string id_of(const Xapian::Document& doc) {
  auto it = doc.termlist_begin();
  it.skip_to("Q");
  return it != doc.termlist_end() && (*it).starts_with("Q") ? (*it).substr(1) : std::string();
}

std::map<std::string, DocumentView> documents_by_id(const Xapian::Database& db) {
  std::map<std::string, DocumentView> out;
  for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
    Xapian::Document doc = db.get_document(*d);
    DocumentView view{doc.get_data(), {}, {}};
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      std::vector<Xapian::termpos> positions(t.positionlist_begin(), t.positionlist_end());
      view.postings[*t] = {t.get_wdf(), positions};
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) view.values[v.get_valueno()] = *v;
    out[id_of(doc)] = view;
  }
  return out;
}

std::map<std::string, std::pair<Xapian::doccount, Xapian::termcount>> term_stats(const Xapian::Database& db) {
  std::map<std::string, std::pair<Xapian::doccount, Xapian::termcount>> out;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) out[*t] = {t.get_termfreq(), db.get_collection_freq(*t)};
  return out;
}

std::map<std::string, Xapian::doccount> spelling(const Xapian::Database& db) {
  std::map<std::string, Xapian::doccount> out;
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out[*w] = w.get_termfreq();
  return out;
}

// id -> weight of every match, so equal scores in another docid order still compare equal.
std::map<std::string, double> ranked(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::map<std::string, double> out;
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto m = mset.begin(); m != mset.end(); ++m) out[id_of(m.get_document())] = m.get_weight();
  return out;
}

class ParallelBuildTest : public ::testing::Test {
 protected:
  TempDir tmp;

  static void build(const DatabaseDir& dir, const std::vector<corpus::Document>& docs, BuildOptions options) {
    IndexWriter writer(dir, WriteMode::Build, kSnowball, options);
    for (const corpus::Document& doc : docs) writer.add(doc);
    writer.commit();
  }
};

TEST_F(ParallelBuildTest, GivesTheSameIndexAsAOneThreadBuild) {
  const std::vector<corpus::Document> docs = corpus_with_duplicates(400, 7);
  DatabaseDir one(tmp.path() / "one"), three(tmp.path() / "three");
  build(one, docs, BuildOptions{1});
  // Small parts, so records replace documents in earlier parts of their worker too.
  build(three, docs, BuildOptions{3, 25});
  Xapian::Database a(one.path().string()), b(three.path().string());

  EXPECT_EQ(b.get_doccount(), a.get_doccount());
  EXPECT_LT(a.get_doccount(), docs.size()) << "the corpus repeats ids";
  EXPECT_EQ(b.get_total_length(), a.get_total_length());
  EXPECT_TRUE(documents_by_id(b) == documents_by_id(a)) << "every id holds the same document";
  EXPECT_EQ(term_stats(b), term_stats(a));
  EXPECT_EQ(spelling(b), spelling(a));
  EXPECT_FALSE(spelling(b).empty());
  for (const auto& key : {schema::kMetaSchemaVersion, schema::kMetaStemmer}) {
    EXPECT_EQ(b.get_metadata(std::string(key)), a.get_metadata(std::string(key)));
  }
  EXPECT_FALSE(b.get_metadata(std::string(schema::kMetaBuiltAt)).empty());

  for (const Xapian::Query& query :
       {Xapian::Query("remisi"), Xapian::Query("Zbina"),
        Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("pelatihan"), Xapian::Query("keluarga")),
        Xapian::Query(Xapian::Query::OP_PHRASE, Xapian::Query("warga"), Xapian::Query("binaan")),
        Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("narkoba"), Xapian::Query("XTremisi"))}) {
    const auto expected = ranked(a, query);
    const auto got = ranked(b, query);
    ASSERT_EQ(got.size(), expected.size()) << query.get_description();
    for (const auto& [id, weight] : expected) {
      ASSERT_TRUE(got.count(id)) << id << " for " << query.get_description();
      EXPECT_NEAR(got.at(id), weight, 1e-9) << id << " for " << query.get_description();
    }
  }
  EXPECT_FALSE(fs::exists(three.live_path() / "parts")) << "the sub-databases are merged and removed";
}

TEST_F(ParallelBuildTest, TheLaterRecordWithAnIdWinsWhicheverThreadHasIt) {
  DatabaseDir dir(tmp.path() / "db");
  IndexWriter writer(dir, WriteMode::Build, kSnowball, BuildOptions{4, 2});
  EXPECT_EQ(writer.add(release("a", "Remisi Natal", "Versi pertama.")), AddResult::Added);
  for (int i = 0; i < 20; ++i) writer.add(release(std::string("x").append(std::to_string(i)), "Kunjungan", "Isi lain."));
  EXPECT_EQ(writer.add(release("a", "Remisi Natal", "Versi pertama.")), AddResult::Unchanged);
  EXPECT_EQ(writer.add(release("a", "Remisi Lebaran", "Versi kedua.")), AddResult::Replaced);
  EXPECT_EQ(writer.add(release("b", "Sementara", "Akan dihapus.")), AddResult::Added);
  EXPECT_TRUE(writer.remove("b"));
  EXPECT_FALSE(writer.remove("never-seen"));
  writer.commit();

  Xapian::Database db(dir.path().string());
  EXPECT_EQ(db.get_doccount(), 21u);
  EXPECT_THAT(ids_matching(db, Xapian::Query("Qa")), ElementsAre("a"));
  EXPECT_THAT(ids_matching(db, Xapian::Query("lebaran")), ElementsAre("a"));
  EXPECT_THAT(ids_matching(db, Xapian::Query("natal")), IsEmpty()) << "the first version is gone";
  EXPECT_THAT(ids_matching(db, Xapian::Query("Qb")), IsEmpty());
  const auto words = spelling(db);
  EXPECT_FALSE(words.count("natal")) << "the replaced version's words leave the spelling table";
  EXPECT_FALSE(words.count("dihapus")) << "so do a removed record's";
  EXPECT_EQ(words.at("lebaran"), 1u);
  EXPECT_EQ(words.at("kunjungan"), 20u);
}

TEST_F(ParallelBuildTest, ARejectedRecordIsReportedAtOnceAndTheBuildGoesOn) {
  DatabaseDir dir(tmp.path() / "db");
  IndexWriter writer(dir, WriteMode::Build, kSnowball, BuildOptions{2});
  corpus::Document bad = release("bad", "Judul", "Isi.");
  bad.date = "17/05/2023";
  EXPECT_THROW(writer.add(bad), RejectedDocument);
  EXPECT_THROW(writer.add(release("", "Tanpa id", "Isi.")), RejectedDocument);
  writer.add(release("good", "Judul", "Isi."));
  writer.commit();
  Xapian::Database db(dir.path().string());
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_THAT(ids_matching(db, Xapian::Query("Qgood")), ElementsAre("good"));
}

TEST_F(ParallelBuildTest, AnAbandonedParallelBuildLeavesTheLiveIndexAndRemovesItsGeneration) {
  DatabaseDir dir(tmp.path() / "db");
  build(dir, {release("old", "Remisi Natal", "Remisi khusus Natal.")}, BuildOptions{2});
  const std::string live = dir.live_generation();
  try {
    IndexWriter writer(dir, WriteMode::Build, kSnowball, BuildOptions{3, 10});
    for (int i = 0; i < 200; ++i) writer.add(release(std::to_string(1000 + i), "Remisi Baru", "Isi baru."));
    throw std::runtime_error("interrupted, say");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(dir.live_generation(), live);
  EXPECT_THAT(dir.generations(), ElementsAre(live)) << "the abandoned generation and its parts are removed";
  EXPECT_THAT(ids_matching(Xapian::Database(dir.path().string()), Xapian::Query("remisi")), ElementsAre("old"));
}

TEST_F(ParallelBuildTest, MoreThreadsThanRecordsStillBuildsAndUpdateWorksOnTheResult) {
  DatabaseDir dir(tmp.path() / "db");
  build(dir, {release("a", "Satu", "Dokumen satu.")}, BuildOptions{8});
  {
    IndexWriter writer(dir, WriteMode::Update, kSnowball, BuildOptions{8});
    EXPECT_EQ(writer.add(release("b", "Dua", "Dokumen dua.")), AddResult::Added);
    EXPECT_EQ(writer.add(release("a", "Satu", "Dokumen satu.")), AddResult::Unchanged);
    writer.commit();
  }
  Xapian::Database db(dir.path().string());
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_THAT(ids_matching(db, Xapian::Query("Zdokumen")), ElementsAre("a", "b"));
  EXPECT_EQ(built_stemmer(dir), analyzers::StemmerKind::Snowball);
}

// As the test program started, before any writer set it.
const bool kUserFlushThreshold = std::getenv("XAPIAN_FLUSH_THRESHOLD") != nullptr;

// Xapian reads its flush threshold from the environment when a database opens for writing: a
// parallel build's workers flush smaller batches than a one-thread build (index_writer.cc).
TEST_F(ParallelBuildTest, AParallelBuildFlushesSmallerBatchesThanAOneThreadBuild) {
  if (kUserFlushThreshold) GTEST_SKIP() << "XAPIAN_FLUSH_THRESHOLD set by the user wins";
  DatabaseDir dir(tmp.path() / "db");
  {
    IndexWriter writer(dir, WriteMode::Build, kSnowball, BuildOptions{2});
    EXPECT_STREQ(std::getenv("XAPIAN_FLUSH_THRESHOLD"), "150");
    writer.add(release("a", "Satu", "Dokumen satu."));
    writer.commit();
  }
  IndexWriter writer(dir, WriteMode::Build, kSnowball, BuildOptions{1});
  EXPECT_STREQ(std::getenv("XAPIAN_FLUSH_THRESHOLD"), "250");
}

TEST(DefaultBuildThreads, IsAtLeastOne) { EXPECT_GE(default_build_threads(), 1u); }

}  // namespace
}  // namespace siaran::index
