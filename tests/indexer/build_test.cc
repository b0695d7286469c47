// siaran-index build and update, run as a user would.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "index/database_dir.h"
#include "index/stored_document.h"
#include "tests/indexer/indexer_test_support.h"

namespace siaran::indexer {
namespace {

namespace fs = std::filesystem;
using namespace siaran::indexer::testing;
using siaran::testing::TempDir;
using ::testing::ContainsRegex;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::MatchesRegex;
using ::testing::Not;
using ::testing::StartsWith;

class BuildTest : public ::testing::Test {
 protected:
  void SetUp() override { SIARAN_REQUIRE_INDEXER(); }

  std::string db() const { return (tmp.path() / "db").string(); }
  Xapian::Database open() const { return Xapian::Database(db()); }
  bool has_id(const std::string& id) const { return open().term_exists("Q" + id); }

  TempDir tmp;
};

TEST_F(BuildTest, BuildsFromAFolderOfJsonlCsvAndReleaseText) {
  const RunResult run = run_indexer({"build", "--db", db(), fixture("archive").string()});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, MatchesRegex("indexed 6, unchanged 0, rejected 0 in [0-9]+\\.[0-9] s\n"));
  EXPECT_EQ(run.out, "");
  Xapian::Database db = open();
  EXPECT_EQ(db.get_doccount(), 6u) << "3 JSONL + 2 CSV + 1 text; README.md skipped";
  for (const char* id : {"j1", "j2", "j3", "c1", "c2", "2023-02-14-lapas-ambon-kunjungan"}) {
    EXPECT_TRUE(has_id(id)) << id;
  }
  EXPECT_TRUE(db.term_exists("barista"));
  EXPECT_TRUE(db.term_exists("XUlapas_kelas_iia_ambon")) << "the unit of the text release is derived";
}

TEST_F(BuildTest, ReportsMalformedRecordsByFileAndLineAndIndexesTheRest) {
  const RunResult run = run_indexer({"build", "--db", db(), "malformed/mixed.jsonl"}, "", fixture(""));
  EXPECT_EQ(run.status, 3);
  const std::vector<std::string> lines = lines_of(run.err);
  ASSERT_EQ(lines.size(), 4u) << run.err;
  EXPECT_THAT(lines[0], StartsWith("malformed/mixed.jsonl:2: "));
  EXPECT_THAT(lines[1], StartsWith("malformed/mixed.jsonl:4: "));
  EXPECT_THAT(lines[2], StartsWith("malformed/mixed.jsonl:5: "));
  EXPECT_THAT(lines[2], HasSubstr("2022-13-01"));
  EXPECT_THAT(lines[3], StartsWith("indexed 3, unchanged 0, rejected 3 in "));
  EXPECT_EQ(open().get_doccount(), 3u);
  for (const char* id : {"m1", "m3", "m6"}) EXPECT_TRUE(has_id(id)) << id;
}

TEST_F(BuildTest, ListsTheFirstHundredRejectionsUnlessVerbose) {
  std::string input = "{\"id\":\"ok\",\"title\":\"Judul\",\"body\":\"Isi rilis.\"}\n";
  for (int i = 0; i < 150; ++i) input += "{rusak\n";
  const RunResult quiet = run_indexer({"build", "--db", db(), "-"}, input);
  EXPECT_EQ(quiet.status, 3);
  std::vector<std::string> lines = lines_of(quiet.err);
  ASSERT_EQ(lines.size(), 102u);
  EXPECT_THAT(lines[0], StartsWith("-:2: "));
  EXPECT_THAT(lines[99], StartsWith("-:101: "));
  EXPECT_EQ(lines[100], "... and 50 more rejected records (--verbose lists every one)");
  EXPECT_THAT(lines[101], StartsWith("indexed 1, unchanged 0, rejected 150 in "));

  const RunResult verbose = run_indexer({"build", "--verbose", "--db", db(), "-"}, input);
  EXPECT_EQ(lines_of(verbose.err).size(), 151u);
}

TEST_F(BuildTest, ReadsJsonlFromStandardInput) {
  const RunResult run = run_indexer({"build", "--db", db(), "-"},
                              "{\"id\":\"s1\",\"title\":\"Dari stdin\",\"body\":\"Isi rilis dari pipa.\"}\n");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(has_id("s1"));
}

TEST_F(BuildTest, ReadsACsvThroughAColumnMapAndADateFormat) {
  const RunResult run = run_indexer({"build", "--db", db(), "--map",
                               "id=no,title=judul,url=tautan,date=tanggal,body=isi_berita,topic=kategori",
                               "--date-format", "%m/%d/%Y %H:%M", fixture("mapped/berita.csv").string()});
  EXPECT_EQ(run.status, 0) << run.err;
  Xapian::Database db = open();
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_TRUE(db.term_exists("D20221020")) << "10/20/2022 read as month/day/year";
  EXPECT_TRUE(db.term_exists("XTkeamanan"));
}

TEST_F(BuildTest, ALaterRecordWithTheSameIdWinsWithAWarning) {
  const std::string input =
      "{\"id\":\"d\",\"title\":\"Versi lama\",\"body\":\"Isi lama.\"}\n"
      "{\"id\":\"e\",\"title\":\"Lain\",\"body\":\"Isi lain.\"}\n"
      "{\"id\":\"d\",\"title\":\"Versi baru\",\"body\":\"Isi baru.\"}\n";
  const RunResult run = run_indexer({"build", "--db", db(), "-"}, input);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("warning: duplicate id \"d\" at -:3 replaces -:1\n"));
  EXPECT_THAT(run.err, HasSubstr(", duplicate ids 1 in "));
  Xapian::Database db = open();
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_TRUE(db.term_exists("baru"));
  EXPECT_FALSE(db.term_exists("lama"));
}

TEST_F(BuildTest, ARebuildSwapsTheIndexAndKeepsThePreviousGeneration) {
  ASSERT_EQ(run_indexer({"build", "--db", db(), fixture("archive").string()}).status, 0);
  ASSERT_EQ(run_indexer({"build", "--db", db(), fixture("mapped").string(), "--map",
                         "id=no,title=judul,body=isi_berita"})
                .status,
            0);
  EXPECT_EQ(open().get_doccount(), 2u);
  EXPECT_EQ(index::DatabaseDir(db()).generations().size(), 2u);
}

TEST_F(BuildTest, NothingAcceptedBuildsNothing) {
  ASSERT_EQ(run_indexer({"build", "--db", db(), fixture("archive").string()}).status, 0);
  const RunResult run = run_indexer({"build", "--db", db(), "-"}, "{rusak\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr("siaran-index: error: no record was accepted"));
  EXPECT_EQ(open().get_doccount(), 6u) << "the live index is untouched";
}

TEST_F(BuildTest, NoProgressLineWhenStderrIsNotATerminal) {
  const RunResult run = run_indexer({"build", "--db", db(), fixture("archive").string()});
  EXPECT_EQ(run.err.find('\r'), std::string::npos);
  EXPECT_EQ(lines_of(run.err).size(), 1u);
}

TEST_F(BuildTest, UpdateSkipsUnchangedRecordsAndReplacesChangedOnes) {
  ASSERT_EQ(run_indexer({"build", "--db", db(), fixture("archive").string()}).status, 0);
  const RunResult same = run_indexer({"update", "--db", db(), fixture("archive").string()});
  EXPECT_EQ(same.status, 0) << same.err;
  EXPECT_THAT(same.err, StartsWith("indexed 0, unchanged 6, rejected 0 in "));

  const RunResult changed = run_indexer(
      {"update", "--db", db(), "-"},
      "{\"id\":\"j1\",\"title\":\"Pelatihan Barista Diperpanjang\",\"date\":\"2023-05-20\",\"body\":\"Pelatihan "
      "barista diperpanjang dua hari karena peminat membludak.\"}\n"
      "{\"id\":\"n1\",\"title\":\"Rilis baru\",\"body\":\"Rilis yang belum ada di indeks.\"}\n");
  EXPECT_EQ(changed.status, 0) << changed.err;
  EXPECT_THAT(changed.err, StartsWith("indexed 2, unchanged 0, rejected 0 in "));
  Xapian::Database db = open();
  EXPECT_EQ(db.get_doccount(), 7u);
  EXPECT_TRUE(db.term_exists("membludak"));
  EXPECT_FALSE(db.term_exists("D20230517")) << "the old j1 is replaced, not kept beside the new";
}

TEST_F(BuildTest, UpdateKeepsTheStemmerTheIndexWasBuiltWith) {
  ASSERT_EQ(run_indexer({"build", "--db", db(), "--stemmer", "none", fixture("archive").string()}).status, 0);
  const RunResult other = run_indexer({"update", "--db", db(), "--stemmer", "snowball", "-"},
                                "{\"id\":\"x\",\"title\":\"Judul\",\"body\":\"Pelatihan.\"}\n");
  EXPECT_EQ(other.status, 2);
  EXPECT_THAT(other.err, HasSubstr("was built with stemmer \"none\""));
  const RunResult same = run_indexer({"update", "--db", db(), "-"},
                               "{\"id\":\"x\",\"title\":\"Judul\",\"body\":\"Pelatihan menjahit.\"}\n");
  EXPECT_EQ(same.status, 0) << same.err;
  EXPECT_TRUE(open().term_exists("Zpelatihan")) << "no stemmer: the stem is the exact form";
}

TEST_F(BuildTest, DeleteRemovesDocumentsById) {
  ASSERT_EQ(run_indexer({"build", "--db", db(), fixture("archive").string()}).status, 0);
  const RunResult run = run_indexer({"delete", "--db", db(), "j1", "c2"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, StartsWith("deleted 2, not found 0 in "));
  EXPECT_FALSE(has_id("j1"));
  EXPECT_TRUE(has_id("j2"));

  const RunResult missing = run_indexer({"delete", "--db", db(), "j1", "j2"});
  EXPECT_EQ(missing.status, 3);
  EXPECT_THAT(missing.err, HasSubstr("no document with id \"j1\""));
  EXPECT_THAT(missing.err, HasSubstr("deleted 1, not found 1 in "));
  EXPECT_EQ(open().get_doccount(), 3u);

  const RunResult no_index = run_indexer({"delete", "--db", (tmp.path() / "none").string(), "a"});
  EXPECT_EQ(no_index.status, 1);
}

TEST_F(BuildTest, ASecondWriterIsToldWhoIsWriting) {
  ASSERT_EQ(run_indexer({"build", "--db", db(), fixture("archive").string()}).status, 0);
  index::WriterLock held{index::DatabaseDir(db())};  // another writer, as far as the binary can tell
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"build", "--db", db(), fixture("archive").string()},
        std::vector<std::string>{"update", "--db", db(), fixture("archive").string()},
        std::vector<std::string>{"delete", "--db", db(), "j1"}}) {
    const RunResult run = run_indexer(args);
    EXPECT_EQ(run.status, 1) << args[0];
    EXPECT_EQ(run.err, "siaran-index: error: another siaran-index is writing " + db() + " (pid " +
                           std::to_string(::getpid()) + "); try again when it has finished\n");
  }
  EXPECT_EQ(open().get_doccount(), 6u);
  EXPECT_EQ(run_indexer({"stats", "--db", db()}).status, 0) << "readers are not blocked";
}

TEST_F(BuildTest, FatalErrorsSayWhatAndExitOne) {
  std::ofstream(tmp.path() / "a-file") << "x";
  const RunResult run = run_indexer({"build", "--db", (tmp.path() / "a-file").string(), fixture("archive").string()});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, StartsWith("siaran-index: error: "));
  EXPECT_EQ(lines_of(run.err).size(), 1u);

  std::ofstream(tmp.path() / "notes.txt") << "someone's folder";
  const RunResult foreign = run_indexer({"build", "--db", tmp.path().string(), fixture("archive").string()});
  EXPECT_EQ(foreign.status, 1);
  EXPECT_THAT(foreign.err, HasSubstr("is not an index folder"));
}

TEST_F(BuildTest, UsageErrorsExitTwo) {
  const std::string archive = fixture("archive").string();
  const std::vector<std::vector<std::string>> mistakes = {
      {},
      {"rebuild", "--db", db(), archive},
      {"build", archive},
      {"build", "--db", db()},
      {"build", "--db", db(), "--bogus", archive},
      {"build", "--db", db(), "--format", "xml", archive},
      {"build", "--db", db(), "--map", "title", archive},
      {"build", "--db", db(), "--map", "judul=title", archive},
      {"build", "--db", db(), "--stemmer", "porter", archive},
      {"build", "--db", db(), "--date-format", "%Q", archive},
      {"build", "--db", db(), (tmp.path() / "missing").string()},
      {"analyze", "--stemmer", "porter"},
  };
  for (const std::vector<std::string>& args : mistakes) {
    const RunResult run = run_indexer(args);
    std::string shown;
    for (const std::string& a : args) shown += a + " ";
    EXPECT_EQ(run.status, 2) << shown << "\n" << run.err;
    EXPECT_THAT(run.err, StartsWith("siaran-index: error: ")) << shown;
  }
  EXPECT_FALSE(fs::exists(db())) << "a usage error writes nothing";
}

TEST_F(BuildTest, HelpListsTheCommandsAndExitsZero) {
  const RunResult run = run_indexer({"--help"});
  EXPECT_EQ(run.status, 0);
  for (const char* command : {"build", "update", "delete", "stats", "parse", "analyze"}) {
    EXPECT_THAT(run.out, ContainsRegex(std::string("\n  ") + command + " +")) << command;
  }
  EXPECT_THAT(run.out, HasSubstr("Exit status"));
}

}  // namespace
}  // namespace siaran::indexer
