// siaran-index stats, parse and analyze, run as a user would.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "index/stored_document.h"
#include "tests/indexer/indexer_test_support.h"

namespace siaran::indexer {
namespace {

using namespace siaran::indexer::testing;
using siaran::testing::TempDir;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::StartsWith;

class CommandsTest : public ::testing::Test {
 protected:
  void SetUp() override { SIARAN_REQUIRE_INDEXER(); }
  std::string db() const { return (tmp.path() / "db").string(); }
  TempDir tmp;
};

uint64_t count_in(const rapidjson::Value& object, const char* name) {
  auto it = object.FindMember(name);
  return it == object.MemberEnd() ? 0 : it->value.GetUint64();
}

TEST_F(CommandsTest, StatsDescribesTheIndexAsJson) {
  ASSERT_EQ(run_indexer({"build", "--db", db(), fixture("archive").string()}).status, 0);
  const RunResult run = run_indexer({"stats", "--db", db()});
  ASSERT_EQ(run.status, 0) << run.err;
  rapidjson::Document stats;
  stats.Parse(run.out.c_str());
  ASSERT_FALSE(stats.HasParseError()) << run.out;
  EXPECT_EQ(stats["documents"].GetUint64(), 6u);
  EXPECT_STREQ(stats["date_range"]["min"].GetString(), "2021-06-22");
  EXPECT_STREQ(stats["date_range"]["max"].GetString(), "2025-09-24");
  EXPECT_EQ(stats["undated"].GetUint64(), 0u);
  EXPECT_EQ(count_in(stats["units"], "Lapas Kelas IIA Cibinong"), 1u);
  EXPECT_EQ(count_in(stats["units"], "Bapas Kelas I Bandung"), 1u);
  EXPECT_EQ(count_in(stats["topics"], "Remisi & Integrasi"), 2u);
  EXPECT_EQ(count_in(stats["years"], "2023"), 2u);
  EXPECT_EQ(count_in(stats["years"], "2021"), 1u);
  EXPECT_EQ(count_in(stats["regions"], "Jawa Barat"), 3u);
  EXPECT_STREQ(stats["stemmer"].GetString(), "snowball");
  EXPECT_STREQ(stats["generation"].GetString(), "gen-000001");
  EXPECT_THAT(stats["built_at"].GetString(), MatchesRegex("20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]T.*Z"));
  EXPECT_TRUE(stats["updated_at"].IsNull());
  EXPECT_GT(stats["size_bytes"].GetUint64(), 0u);

  ASSERT_EQ(run_indexer({"delete", "--db", db(), "c1"}).status, 0);
  stats.Parse(run_indexer({"stats", "--db", db()}).out.c_str());
  EXPECT_EQ(stats["documents"].GetUint64(), 5u);
  EXPECT_STREQ(stats["date_range"]["min"].GetString(), "2022-02-15") << "exact after a delete";
  EXPECT_TRUE(stats["updated_at"].IsString());
}

TEST_F(CommandsTest, StatsWithoutAnIndexIsAnError) {
  const RunResult run = run_indexer({"stats", "--db", db()});
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "siaran-index: error: no index in " + db() + " yet\n");
  EXPECT_EQ(run.out, "");
}

TEST_F(CommandsTest, ParsePrintsEveryRecordAsCanonicalJsonlWithDerivedFields) {
  const RunResult run = run_indexer({"parse", "archive", "malformed"}, "", fixture(""));
  EXPECT_EQ(run.status, 3);
  const std::vector<std::string> lines = lines_of(run.out);
  ASSERT_EQ(lines.size(), 9u) << run.out;
  std::map<std::string, corpus::Document> by_id;
  for (const std::string& line : lines) {
    corpus::Document doc = index::from_json(line);  // throws on anything but our JSON
    by_id[doc.id] = doc;
  }
  ASSERT_TRUE(by_id.count("j3"));
  EXPECT_EQ(by_id["j3"].unit, "Kanwil Kemenkumham Nusa Tenggara Timur");
  EXPECT_TRUE(by_id["j3"].unit_inferred);
  EXPECT_EQ(by_id["j3"].region, "Nusa Tenggara Timur");
  const corpus::Document& text = by_id["2023-02-14-lapas-ambon-kunjungan"];
  EXPECT_EQ(text.date, "2023-02-14");
  EXPECT_TRUE(text.date_inferred);
  EXPECT_EQ(text.unit, "Lapas Kelas IIA Ambon");
  EXPECT_FALSE(by_id["c1"].unit_inferred) << "a stated unit is kept";

  const std::vector<std::string> errors = lines_of(run.err);
  ASSERT_EQ(errors.size(), 4u) << run.err;
  EXPECT_THAT(errors[0], StartsWith("malformed/mixed.jsonl:2: "));
  EXPECT_THAT(errors[3], StartsWith("parsed 9, rejected 3 in "));
  EXPECT_FALSE(std::filesystem::exists(fixture("db"))) << "parse indexes nothing";
}

TEST_F(CommandsTest, ParseOfCleanInputExitsZero) {
  const RunResult run = run_indexer({"parse", "-"}, "{\"title\":\"Judul\",\"body\":\"Isi.\"}\n");
  EXPECT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(lines_of(run.out).size(), 1u);
  EXPECT_THAT(index::from_json(lines_of(run.out)[0]).id, StartsWith("h-")) << "a derived id";
}

TEST_F(CommandsTest, AnalyzePrintsEachTokenAndItsTerm) {
  const RunResult run = run_indexer({"analyze"}, "Warga binaan membaca bukunya di Lapas\n");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(lines_of(run.out), ElementsAre("Warga\twarga", "binaan\tbina", "membaca\tbaca", "bukunya\tbuku",
                                             "di\t(stop)", "Lapas\t=lapas"));
  const RunResult none = run_indexer({"analyze", "--stemmer", "none"}, "Warga binaan\n");
  EXPECT_THAT(lines_of(none.out), ElementsAre("Warga\twarga", "binaan\tbinaan"));
}

}  // namespace
}  // namespace siaran::indexer
