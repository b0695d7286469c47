// siaran-index build/update --synonyms and siaran-index synonyms, run as a user would.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <xapian.h>

#include "analyzers/synonym_table.h"
#include "tests/indexer/indexer_test_support.h"

namespace siaran::indexer {
namespace {

using namespace siaran::indexer::testing;
using siaran::testing::TempDir;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

class SynonymsCommandTest : public ::testing::Test {
 protected:
  void SetUp() override { SIARAN_REQUIRE_INDEXER(); }
  std::string db() const { return (tmp.path() / "db").string(); }

  std::string write(const std::string& name, const std::string& text) const {
    const auto path = tmp.path() / name;
    std::ofstream(path) << text;
    return path.string();
  }

  std::vector<std::string> synonyms_of(const std::string& key) const {
    Xapian::Database database(db());
    std::vector<std::string> out;
    for (auto it = database.synonyms_begin(key); it != database.synonyms_end(key); ++it) out.push_back(*it);
    return out;
  }

  rapidjson::Document stats() const {
    rapidjson::Document doc;
    doc.Parse(run_indexer({"stats", "--db", db()}).out.c_str());
    return doc;
  }

  RunResult build(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args{"build", "--db", db()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(fixture("archive").string());
    return run_indexer(args);
  }

  TempDir tmp;
};

TEST_F(SynonymsCommandTest, ABuildGetsTheShippedTableByDefault) {
  ASSERT_EQ(build().status, 0);
  EXPECT_THAT(synonyms_of("lapas"), ElementsAre("lembaga pemasyarakatan"));
  EXPECT_THAT(synonyms_of("lembaga pemasyarakatan"), ElementsAre("lapas"));
  const rapidjson::Document s = stats();
  ASSERT_TRUE(s.HasMember("synonyms"));
  EXPECT_STREQ(s["synonyms"]["source"].GetString(), "shipped");
  EXPECT_EQ(s["synonyms"]["version"].GetString(), analyzers::SynonymTable::shipped().version());
  EXPECT_EQ(s["synonyms"]["fingerprint"].GetString(), analyzers::SynonymTable::shipped().fingerprint());
  EXPECT_EQ(s["synonyms"]["groups"].GetUint64(), analyzers::SynonymTable::shipped().groups().size());
  EXPECT_GT(s["synonyms"]["keys"].GetUint64(), 160u);
  EXPECT_GT(s["phrase_terms"].GetUint64(), 100u);  // the table's multi-word names
}

TEST_F(SynonymsCommandTest, BuildWithNoneOrAStaffFile) {
  ASSERT_EQ(build({"--synonyms", "none"}).status, 0);
  EXPECT_THAT(synonyms_of("lapas"), IsEmpty());
  EXPECT_STREQ(stats()["synonyms"]["source"].GetString(), "none");
  EXPECT_EQ(stats()["synonyms"]["keys"].GetUint64(), 0u);
  EXPECT_EQ(stats()["phrase_terms"].GetUint64(), 0u);

  const std::string staff = write("staff.txt", "@format 1\n@version staff-3\nKalapas, kepala lapas\n");
  ASSERT_EQ(build({"--synonyms", staff}).status, 0);
  EXPECT_THAT(synonyms_of("kalapas"), ElementsAre("kepala lapas"));
  EXPECT_THAT(synonyms_of("lapas"), IsEmpty());  // the file is the whole table
  EXPECT_STREQ(stats()["synonyms"]["version"].GetString(), "staff-3");
  EXPECT_EQ(stats()["phrase_terms"].GetUint64(), 1u);  // "kepala lapas"
}

TEST_F(SynonymsCommandTest, AMalformedFileStopsTheBuildBeforeIndexingAndNamesTheLine) {
  const std::string bad = write("bad.txt", "@format 1\nlapas, lembaga pemasyarakatan\nrutan,\n");
  const RunResult run = build({"--synonyms", bad});
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.err, HasSubstr(bad + ":3: an empty entry"));
  EXPECT_FALSE(std::filesystem::exists(tmp.path() / "db" / "XAPIANDB"));
  const RunResult missing = build({"--synonyms", (tmp.path() / "nope.txt").string()});
  EXPECT_EQ(missing.status, 2);
  EXPECT_THAT(missing.err, HasSubstr("cannot read synonym file"));
}

TEST_F(SynonymsCommandTest, ReplacingTheTableOfALiveIndexNeedsNoReindex) {
  ASSERT_EQ(build().status, 0);
  const std::string generation = stats()["generation"].GetString();
  const uint64_t phrase_terms = stats()["phrase_terms"].GetUint64();
  const std::string staff = write("staff.txt", "@format 1\n@version 2\nlapas, lembaga pemasyarakatan, lp\n");
  const RunResult run = run_indexer({"synonyms", "--db", db(), staff});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("1 groups, 3 keys"));
  EXPECT_THAT(synonyms_of("lp"), ElementsAre("lapas", "lembaga pemasyarakatan"));
  EXPECT_THAT(synonyms_of("wbp"), IsEmpty());
  const rapidjson::Document s = stats();
  EXPECT_EQ(s["generation"].GetString(), generation);
  EXPECT_EQ(s["documents"].GetUint64(), 6u);
  EXPECT_STREQ(s["synonyms"]["version"].GetString(), "2");
  EXPECT_EQ(s["phrase_terms"].GetUint64(), phrase_terms);  // the documents keep the build's terms

  // An update keeps it; a rebuild with the default says what it drops.
  ASSERT_EQ(run_indexer({"update", "--db", db(), fixture("archive").string()}).status, 0);
  EXPECT_THAT(synonyms_of("lp"), Not(IsEmpty()));
  const RunResult rebuild = build();
  EXPECT_EQ(rebuild.status, 0);
  EXPECT_THAT(rebuild.err, HasSubstr("note: the live index uses the synonyms of " + staff));
  EXPECT_THAT(synonyms_of("lp"), IsEmpty());

  // With no FILE: back to the shipped table.
  ASSERT_EQ(run_indexer({"synonyms", "--db", db(), "none"}).status, 0);
  EXPECT_THAT(synonyms_of("lapas"), IsEmpty());
  ASSERT_EQ(run_indexer({"synonyms", "--db", db()}).status, 0);
  EXPECT_THAT(synonyms_of("lapas"), ElementsAre("lembaga pemasyarakatan"));
}

TEST_F(SynonymsCommandTest, AMalformedFileLeavesTheLiveTableAlone) {
  ASSERT_EQ(build().status, 0);
  const std::string bad = write("bad.txt", "@format 1\nlapas\n@colour blue\n");
  const RunResult run = run_indexer({"synonyms", "--db", db(), bad});
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.err, HasSubstr(bad + ":2: a group needs at least two different entries"));
  EXPECT_THAT(run.err, HasSubstr(bad + ":3: unknown directive @colour"));
  EXPECT_THAT(synonyms_of("lapas"), ElementsAre("lembaga pemasyarakatan"));
}

TEST_F(SynonymsCommandTest, CheckAndPrintShippedNeedNoIndex) {
  const RunResult printed = run_indexer({"synonyms", "--print-shipped"});
  ASSERT_EQ(printed.status, 0);
  EXPECT_EQ(printed.out, read_file(siaran::testing::source_dir() / "analyzers/data/synonyms.txt"));
  const std::string copy = write("copy.txt", printed.out);
  const RunResult checked = run_indexer({"synonyms", "--check", copy});
  ASSERT_EQ(checked.status, 0) << checked.err;
  EXPECT_THAT(checked.out, HasSubstr(analyzers::SynonymTable::shipped().fingerprint()));
  const RunResult no_db = run_indexer({"synonyms", copy});
  EXPECT_EQ(no_db.status, 2);
  EXPECT_THAT(no_db.err, HasSubstr("--db DIR is required"));
  const RunResult no_index = run_indexer({"synonyms", "--db", db(), copy});
  EXPECT_EQ(no_index.status, 1);
  EXPECT_THAT(no_index.err, HasSubstr("no index"));
}

}  // namespace
}  // namespace siaran::indexer
