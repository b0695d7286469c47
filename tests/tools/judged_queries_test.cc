// Judged query files and title-as-query known items, as siaran-retrieval-eval reads them.
#include <fstream>
#include <stdexcept>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/test_paths.h"
#include "tools/judged_queries.h"

namespace siaran::tools {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

std::filesystem::path write_file(const siaran::testing::TempDir& dir, const std::string& text) {
  const std::filesystem::path path = dir.path() / "queries.tsv";
  std::ofstream(path) << text;
  return path;
}

std::string error_of(const std::filesystem::path& path) {
  try {
    read_judged_queries(path);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(JudgedQueries, ReadsQueriesGradesAndKinds) {
  siaran::testing::TempDir dir;
  const auto path = write_file(dir,
                               "# comment\n\n"
                               "remisi natal\trel-a=2 rel-b=1\texact\r\n"
                               "napi\trel-c=2\n");
  const std::vector<JudgedQuery> queries = read_judged_queries(path);
  ASSERT_EQ(queries.size(), 2u);
  EXPECT_EQ(queries[0].query, "remisi natal");
  EXPECT_THAT(queries[0].judgments, ElementsAre(Pair("rel-a", 2), Pair("rel-b", 1)));
  EXPECT_EQ(queries[0].label, "exact");
  EXPECT_EQ(queries[0].line, 3u);
  EXPECT_EQ(queries[1].label, "");
}

TEST(JudgedQueries, NamesFileAndLineOfAMalformedLine) {
  siaran::testing::TempDir dir;
  EXPECT_THAT(error_of(write_file(dir, "ok\ta=1\nno tab here\n")), HasSubstr("queries.tsv:2: expected"));
  EXPECT_THAT(error_of(write_file(dir, "q\ta:1\n")), HasSubstr(":1: judgment \"a:1\" is not ID=GRADE"));
  EXPECT_THAT(error_of(write_file(dir, "q\ta=4\n")), HasSubstr("grade of \"a\" must be 1, 2 or 3"));
  EXPECT_THAT(error_of(write_file(dir, "q\ta=0\n")), HasSubstr("grade of \"a\""));
  EXPECT_THAT(error_of(write_file(dir, "q\ta=1 a=2\n")), HasSubstr("\"a\" judged twice"));
  EXPECT_THAT(error_of(write_file(dir, "q\t \n")), HasSubstr("no judgment"));
  EXPECT_THAT(error_of(dir.path() / "missing.tsv"), HasSubstr("cannot read"));
}

TEST(JudgedQueries, ListsJudgedIdsTheCorpusDoesNotHold) {
  std::vector<JudgedQuery> queries(1);
  queries[0].judgments = {{"a", 1}, {"gone", 2}};
  corpus::Document a;
  a.id = "a";
  EXPECT_THAT(unknown_judged_ids(queries, {a}), ElementsAre("gone"));
}

corpus::Document doc(const std::string& id, const std::string& title, const std::string& body) {
  corpus::Document d;
  d.id = id;
  d.title = title;
  d.body = body;
  return d;
}

TEST(KnownItems, OneQueryPerStoryWithEveryCopyFoldedIntoTheFirst) {
  const KnownItemSet set = title_known_items({doc("1", "Judul A", "isi A"), doc("2", "Judul B", "isi B"),
                                              doc("3", "Judul A", "isi A"),  // a second copy of 1
                                              doc("4", "Judul A", "isi lain"),  // same title, other story
                                              doc("5", "", "tanpa judul")});
  ASSERT_EQ(set.queries.size(), 3u);
  EXPECT_EQ(set.queries[0].query, "Judul A");
  EXPECT_THAT(set.queries[0].judgments, ElementsAre(Pair("1", 1)));
  EXPECT_THAT(set.queries[2].judgments, ElementsAre(Pair("4", 1)));
  EXPECT_EQ(set.canonical.at("3"), "1");
  EXPECT_EQ(set.canonical.at("4"), "4");
  EXPECT_EQ(set.duplicate_documents, 1u);
  EXPECT_EQ(set.untitled, 1u);
}

// The shipped judged file must stay readable and judge only releases the sample holds.
TEST(JudgedQueries, TheShippedSampleFileReadsAndNamesSampleReleases) {
  const auto queries = read_judged_queries(siaran::testing::source_dir() / "tools/data/sample-queries.tsv");
  EXPECT_GE(queries.size(), 20u);
  for (const JudgedQuery& query : queries) {
    for (const auto& [id, grade] : query.judgments) {
      EXPECT_TRUE(std::filesystem::exists(siaran::testing::source_dir() / "corpus/sample/releases" / (id + ".txt")))
          << id << " (line " << query.line << ")";
    }
  }
}

}  // namespace
}  // namespace siaran::tools
