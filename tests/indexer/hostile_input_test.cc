// siaran-index build against hostile and broken input, run as a user would: every bad record is
// reported as FILE:LINE: REASON, the good ones are indexed, the summary counts both, and a
// 100 MB record neither stops the run nor is held in memory.
#include <sys/resource.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include <fstream>

#include "tests/indexer/indexer_test_support.h"

namespace siaran::indexer {
namespace {

namespace fs = std::filesystem;
using namespace siaran::indexer::testing;
using siaran::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::StartsWith;

class HostileInputTest : public ::testing::Test {
 protected:
  void SetUp() override { SIARAN_REQUIRE_INDEXER(); }

  std::string db() const { return (tmp.path() / "db").string(); }
  Xapian::Database open() const { return Xapian::Database(db()); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(tmp.path() / name, std::ios::binary) << text;
  }
  RunResult build(const std::string& file) const { return run_indexer({"build", "--db", db(), file}, "", tmp.path()); }

  TempDir tmp;
};

std::string record(const std::string& id, const std::string& extra = "", const std::string& body = "Isi rilis yang baik.") {
  return "{\"id\":\"" + id + "\",\"title\":\"Judul " + id + "\",\"body\":\"" + body + "\"" + extra + "}\n";
}

TEST_F(HostileInputTest, MixedJsonlReportsEachBadRecordAndIndexesTheRest) {
  std::string text;
  text += record("g1");                                                        // 1
  text += "{\"id\":\"bad-json\",\"body\":\"x\"\n";                             // 2
  text += record("utf8", "", "bad \xC3\x28 byte");                             // 3
  text += record("nul", "", "a\\u0000b");                                      // 4
  text += record("year0", ",\"date\":\"0000-01-01\"");                         // 5
  text += record("year9999", ",\"date\":\"9999-12-31\"");                      // 6
  text += record("dup", ",\"date\":\"2023-01-02\"", "Versi lama.");            // 7
  text += record("html", "", "<p>Isi <b>tebal</b></p><script>stealcookie()</script>");  // 8
  text += record("markup-only", "", "<p></p><script>alert(1)</script>");      // 9
  text += record("dup", ",\"date\":\"2023-01-03\"", "Versi baru.");            // 10
  text += record("g2", ",\"titel\":\"salah\"");                                // 11
  text += record("g3");                                                        // 12
  write("mixed.jsonl", text);

  const RunResult run = build("mixed.jsonl");
  EXPECT_EQ(run.status, 3) << run.err;  // some records rejected
  const std::vector<std::string> lines = lines_of(run.err);
  ASSERT_EQ(lines.size(), 9u) << run.err;
  EXPECT_THAT(lines[0], StartsWith("mixed.jsonl:2: invalid JSON"));
  EXPECT_THAT(lines[1], StartsWith("mixed.jsonl:3: invalid UTF-8 in field \"body\""));
  EXPECT_THAT(lines[2], StartsWith("mixed.jsonl:4: NUL character in field \"body\""));
  EXPECT_THAT(lines[3], MatchesRegex("mixed.jsonl:5: .*\"0000-01-01\" has a year outside 1900..2100.*"));
  EXPECT_THAT(lines[4], MatchesRegex("mixed.jsonl:6: .*\"9999-12-31\" has a year outside 1900..2100.*"));
  EXPECT_THAT(lines[5], StartsWith("mixed.jsonl:9: field \"body\" holds only HTML markup"));
  EXPECT_THAT(lines[6], HasSubstr("duplicate id \"dup\" at mixed.jsonl:10 replaces mixed.jsonl:7"));
  EXPECT_THAT(lines[7], StartsWith("mixed.jsonl:11: unknown field \"titel\" (did you mean \"title\"?)"));
  EXPECT_THAT(lines[8], StartsWith("indexed 5, unchanged 0, rejected 7, duplicate ids 1 in "));

  Xapian::Database index = open();
  EXPECT_EQ(index.get_doccount(), 4u);  // g1, dup (the later one), html, g3
  for (const char* id : {"g1", "dup", "html", "g3"}) EXPECT_TRUE(index.term_exists(std::string("Q") + id)) << id;
  EXPECT_TRUE(index.term_exists("baru"));
  EXPECT_FALSE(index.term_exists("lama"));
  EXPECT_TRUE(index.term_exists("tebal"));
  EXPECT_FALSE(index.term_exists("stealcookie")) << "script content must not be indexed";
  EXPECT_FALSE(index.term_exists("alert"));
}

TEST_F(HostileInputTest, MixedCsvReportsEachBadRecordAndIndexesTheRest) {
  write("mixed.csv",
        "id,title,date,body\n"
        "c1,Baik,2023-01-02,isi pertama\n"
        "c2,Kutip \"liar\",2023-01-02,isi\n"
        "c3,Kurang kolom\n"
        "c4,Tahun nol,0000-01-01,isi tanpa tanggal terbaca\n"
        "c5,\"Multi\nbaris\",2023-01-02,\"isi\n\ndua paragraf\"\n"
        "c6,\"tidak ditutup,2023-01-02,isi\n"
        "c7,Setelah,2023-01-02,tidak terbaca karena kutip terbuka\n");
  const RunResult run = build("mixed.csv");
  EXPECT_EQ(run.status, 3) << run.err;
  const std::vector<std::string> lines = lines_of(run.err);
  ASSERT_EQ(lines.size(), 4u) << run.err;
  EXPECT_THAT(lines[0], StartsWith("mixed.csv:3: stray quote"));
  EXPECT_EQ(lines[1], "mixed.csv:4: expected 4 fields, found 2");
  EXPECT_THAT(lines[2], StartsWith("mixed.csv:10: quoted field 2 opened at line 10 is not closed"));
  EXPECT_THAT(lines[3], StartsWith("indexed 3, unchanged 0, rejected 3 in "));
  EXPECT_EQ(open().get_doccount(), 3u);  // c1, c4 (undated: its year cannot be right), c5
}

// A 100 MB record between two good ones: rejected with its size, the run goes on, and the
// indexer's memory stays far below the record's size (it is never held whole).
TEST_F(HostileInputTest, AHundredMegabyteRecordIsRejectedWithoutBeingHeld) {
  const fs::path path = tmp.path() / "huge.jsonl";
  const std::string opening = "{\"id\":\"huge\",\"title\":\"Besar\",\"body\":\"", closing = "\"}";
  constexpr size_t kBodyBytes = 100u << 20;
  {
    std::ofstream out(path, std::ios::binary);
    out << record("before") << opening;
    const std::string block(1 << 20, 'a');
    for (size_t i = 0; i < kBodyBytes / block.size(); ++i) out << block;
    out << closing << "\n" << record("after");
  }
  const RunResult run = build("huge.jsonl");
  EXPECT_EQ(run.status, 3) << run.err;
  const std::vector<std::string> lines = lines_of(run.err);
  ASSERT_EQ(lines.size(), 2u) << run.err;
  EXPECT_EQ(lines[0], "huge.jsonl:2: record is " + std::to_string(opening.size() + kBodyBytes + closing.size()) +
                          " bytes; the limit is 16 MiB per record");
  EXPECT_THAT(lines[1], StartsWith("indexed 2, unchanged 0, rejected 1 in "));
  EXPECT_EQ(open().get_doccount(), 2u);
#if !defined(__SANITIZE_ADDRESS__)
  rusage usage{};
  ASSERT_EQ(getrusage(RUSAGE_CHILDREN, &usage), 0);
  EXPECT_LT(usage.ru_maxrss, 90 * 1024) << "kB: the indexer held the 100 MB record";
#endif
}

// Many tiny records: reading, enriching and indexing are linear. A million go through `parse`
// (read and enrich: about a second per 100,000 in a release build); 20,000 through `build`
// (Xapian's write path is the slow part, measured in docs/performance.md).
TEST_F(HostileInputTest, AMillionTinyRecordsAreAllRead) {
#if defined(__SANITIZE_ADDRESS__)
  constexpr int kRecords = 200000;  // the sanitizers slow each record down tenfold
#else
  constexpr int kRecords = 1000000;
#endif
  {
    std::ofstream out(tmp.path() / "many.jsonl", std::ios::binary);
    for (int i = 1; i < kRecords; ++i) out << "{\"id\":\"t" << i << "\",\"body\":\"isi " << i % 97 << "\"}\n";
    out << "{\"id\":\"last\",\"body\":}\n";
  }
  const std::string command = "cd " + shell_quoted(tmp.path().string()) + " && " +
                              shell_quoted(indexer_binary().string()) + " parse many.jsonl >/dev/null 2>err";
  const int raw = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(raw));
  EXPECT_EQ(WEXITSTATUS(raw), 3);
  const std::vector<std::string> lines = lines_of(read_file(tmp.path() / "err"));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_THAT(lines[0], StartsWith("many.jsonl:" + std::to_string(kRecords) + ": invalid JSON"));
  EXPECT_THAT(lines[1], StartsWith("parsed " + std::to_string(kRecords - 1) + ", rejected 1 in "));
}

TEST_F(HostileInputTest, TwentyThousandTinyRecordsAreAllIndexed) {
  {
    std::ofstream out(tmp.path() / "many.jsonl", std::ios::binary);
    for (int i = 1; i <= 20000; ++i) out << "{\"id\":\"t" << i << "\",\"body\":\"isi " << i % 97 << "\"}\n";
  }
  const RunResult run = build("many.jsonl");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, StartsWith("indexed 20000, unchanged 0, rejected 0 in "));
  EXPECT_EQ(open().get_doccount(), 20000u);
}

}  // namespace
}  // namespace siaran::indexer
