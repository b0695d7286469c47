#include "index/synonym_store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "index/index_writer.h"
#include "index/schema.h"
#include "tests/index/index_test_support.h"
#include "tests/support/test_paths.h"

namespace siaran::index {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using namespace siaran::index::testing;
using siaran::testing::TempDir;

std::vector<std::string> synonyms_of(const Xapian::Database& db, const std::string& key) {
  std::vector<std::string> out;
  for (auto it = db.synonyms_begin(key); it != db.synonyms_end(key); ++it) out.push_back(*it);
  return out;
}

IndexSynonyms lapas_table() {
  IndexSynonyms s;
  s.entries = {{"lapas", {"lembaga pemasyarakatan"}}, {"lembaga pemasyarakatan", {"lapas"}}};
  s.source = "shipped";
  s.version = "2026.1";
  s.fingerprint = "abc123";
  s.groups = 1;
  return s;
}

IndexSynonyms wbp_table() {
  IndexSynonyms s;
  s.entries = {{"wbp", {"warga binaan"}}, {"warga binaan", {"wbp"}}};
  s.source = "/etc/siaran/synonyms.txt";
  s.version = "staff-2";
  s.fingerprint = "def456";
  s.groups = 1;
  return s;
}

class SynonymStoreTest : public ::testing::Test {
 protected:
  TempDir tmp;
  DatabaseDir dir{tmp.path() / "db"};

  void build(std::optional<IndexSynonyms> synonyms) {
    IndexWriter writer(dir, WriteMode::Build, analyzers::AnalyzerOptions{});
    writer.add(release("a", "Remisi", "Lapas memberi remisi."));
    if (synonyms) writer.set_synonyms(*synonyms);
    writer.commit();
  }
  Xapian::Database open() const { return Xapian::Database(dir.path().string()); }
};

TEST_F(SynonymStoreTest, ABuildPublishesItsSynonymsAndTheirOrigin) {
  build(lapas_table());
  Xapian::Database db = open();
  EXPECT_THAT(synonyms_of(db, "lapas"), ElementsAre("lembaga pemasyarakatan"));
  EXPECT_THAT(synonyms_of(db, "lembaga pemasyarakatan"), ElementsAre("lapas"));
  const SynonymsInfo info = read_synonyms_info(db);
  EXPECT_EQ(info.source, "shipped");
  EXPECT_EQ(info.version, "2026.1");
  EXPECT_EQ(info.fingerprint, "abc123");
  EXPECT_EQ(info.groups, 1u);
  EXPECT_EQ(info.keys, 2u);
}

TEST_F(SynonymStoreTest, ABuildWithoutSynonymsHasNone) {
  build(std::nullopt);
  const SynonymsInfo info = read_synonyms_info(open());
  EXPECT_EQ(info.keys, 0u);
  EXPECT_EQ(info.source, "");
}

TEST_F(SynonymStoreTest, ReplacingSwapsTheWholeTableInTheLiveGeneration) {
  build(lapas_table());
  const std::string generation = dir.live_generation();
  Xapian::Database reader = open();  // a searcher that was open before
  replace_synonyms(dir, wbp_table());
  EXPECT_EQ(dir.live_generation(), generation);  // in place: no new generation, no reindex
  EXPECT_THAT(synonyms_of(reader, "lapas"), ElementsAre("lembaga pemasyarakatan"));  // until it reopens
  reader.reopen();
  EXPECT_THAT(synonyms_of(reader, "lapas"), IsEmpty());  // replaced, not merged
  EXPECT_THAT(synonyms_of(reader, "wbp"), ElementsAre("warga binaan"));
  EXPECT_EQ(read_synonyms_info(reader).version, "staff-2");
  EXPECT_EQ(reader.get_doccount(), 1u);
}

TEST_F(SynonymStoreTest, AnUpdateKeepsTheTableUnlessGivenOne) {
  build(lapas_table());
  {
    IndexWriter writer(dir, WriteMode::Update, analyzers::AnalyzerOptions{});
    writer.add(release("b", "Baru", "Dokumen baru."));
    writer.commit();
  }
  EXPECT_THAT(synonyms_of(open(), "lapas"), ElementsAre("lembaga pemasyarakatan"));
  {
    IndexWriter writer(dir, WriteMode::Update, analyzers::AnalyzerOptions{});
    writer.set_synonyms(wbp_table());
    writer.commit();
  }
  EXPECT_THAT(synonyms_of(open(), "lapas"), IsEmpty());
  EXPECT_THAT(synonyms_of(open(), "wbp"), ElementsAre("warga binaan"));
}

TEST_F(SynonymStoreTest, ReplacingNeedsAnIndexAndTheWriterLock) {
  EXPECT_THAT([&] { replace_synonyms(dir, wbp_table()); },
              ::testing::ThrowsMessage<std::runtime_error>(HasSubstr("no index")));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "lock"));
  build(lapas_table());
  const WriterLock busy(dir);
  EXPECT_THROW(replace_synonyms(dir, wbp_table()), WriterBusy);
  EXPECT_THAT(synonyms_of(open(), "lapas"), ElementsAre("lembaga pemasyarakatan"));
}

}  // namespace
}  // namespace siaran::index
