// Sharded indexes (index/shard_router.h, shard_layout.h, shard_writer.h): the routing hash is the
// documented FNV-1a, a build puts each record in the shard its id routes to and publishes all
// shards at once, update and delete find the record in its shard, and the generation opens as one
// database through its stub.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <xapian.h>

#include "index/index_stats.h"
#include "index/schema.h"
#include "index/shard_layout.h"
#include "index/shard_router.h"
#include "index/shard_writer.h"
#include "tests/index/index_test_support.h"
#include "tests/support/test_paths.h"

namespace siaran::index {
namespace {

using testing::release;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

bool shard_holds(const std::filesystem::path& shard, const std::string& id) {
  Xapian::Database db(shard.string());
  return db.term_exists(std::string(schema::kId) + id);
}

// Builds `count` releases "r-000".. into `dir` with `shards` shards.
void build(const DatabaseDir& dir, unsigned shards, int count) {
  auto writer = open_archive_writer(dir, WriteMode::Build, {}, shards);
  for (int i = 0; i < count; ++i) {
    const std::string id = "r-" + std::to_string(1000 + i).substr(1);
    writer->add(release(id, "Remisi narapidana " + id, "Pembinaan warga binaan nomor " + id + " di lapas."));
  }
  writer->commit();
}

TEST(ShardRouterTest, HashIsFnv1a64) {
  // The published FNV-1a 64 test vectors: the hash is part of the on-disk format.
  EXPECT_EQ(fnv1a_64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a_64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a_64("foobar"), 0x85944171f73967e8ull);
  EXPECT_EQ(ShardRouter(3).shard_of("foobar"), 0x85944171f73967e8ull % 3);
}

TEST(ShardRouterTest, RefusesImpossibleCounts) {
  EXPECT_THROW(ShardRouter(0), std::invalid_argument);
  EXPECT_THROW(ShardRouter(kMaxShards + 1), std::invalid_argument);
  EXPECT_EQ(ShardRouter(1).shard_of("anything"), 0u);
}

TEST(ShardRouterTest, SpreadsStructuredIdsEvenly) {
  const ShardRouter router(3);
  std::map<unsigned, int> per_shard;
  for (int i = 0; i < 3000; ++i) ++per_shard[router.shard_of("ditjenpas-2024-" + std::to_string(i))];
  ASSERT_EQ(per_shard.size(), 3u);
  for (const auto& [shard, n] : per_shard) {
    EXPECT_GT(n, 850) << "shard " << shard;
    EXPECT_LT(n, 1150) << "shard " << shard;
  }
}

TEST(ShardWriterTest, BuildRoutesEveryRecordToItsShardAndOpensAsOne) {
  siaran::testing::TempDir tmp;
  const DatabaseDir dir(tmp.path() / "db");
  build(dir, 3, 30);

  const ShardLayout layout(dir.live_path());
  ASSERT_TRUE(ShardLayout::is_sharded(layout.generation()));
  EXPECT_EQ(layout.shards_on_disk(), 3u);
  EXPECT_EQ(live_shard_count(dir), 3u);
  EXPECT_EQ(read_file(layout.generation() / "XAPIANDB"), "auto tables\nauto shard-000\nauto shard-001\nauto shard-002\n");
  const ShardRouter router(3);
  for (int i = 0; i < 30; ++i) {
    const std::string id = "r-" + std::to_string(1000 + i).substr(1);
    for (unsigned k = 0; k < 3; ++k) {
      EXPECT_EQ(shard_holds(layout.shard_path(k), id), k == router.shard_of(id)) << id << " in shard " << k;
    }
  }
  // The tables database holds no document but the spelling table and the metadata.
  Xapian::Database tables(layout.tables_path().string());
  EXPECT_EQ(tables.get_doccount(), 0u);
  EXPECT_EQ(tables.get_spelling_suggestion("narapidan"), "narapidana");
  EXPECT_EQ(tables.get_metadata(std::string(kMetaShards)), "3");
  Xapian::Database shard1(layout.shard_path(1).string());
  EXPECT_EQ(shard1.get_metadata(std::string(kMetaShard)), "1");
  EXPECT_EQ(shard1.get_metadata(std::string(schema::kMetaStemmer)), "snowball");

  // DIR opens as one database of every document; the tcpsrv stubs name the live shards.
  Xapian::Database all(dir.path().string());
  EXPECT_EQ(all.get_doccount(), 30u);
  EXPECT_EQ(all.get_spelling_suggestion("narapidan"), "narapidana");
  EXPECT_EQ(read_file(dir.path() / "shard-002"), "auto generations/" + dir.live_generation() + "/shard-002\n");
  EXPECT_EQ(Xapian::Database((dir.path() / "shard-002").string()).get_doccount(),
            Xapian::Database(layout.shard_path(2).string()).get_doccount());

  const IndexStats stats = read_stats(dir);
  EXPECT_EQ(stats.shards, 3u);
  EXPECT_EQ(stats.documents, 30u);
}

TEST(ShardWriterTest, UpdateAndDeleteFindTheRecordInItsShard) {
  siaran::testing::TempDir tmp;
  const DatabaseDir dir(tmp.path() / "db");
  build(dir, 3, 12);
  {
    auto writer = open_archive_writer(dir, WriteMode::Update, {});
    EXPECT_EQ(writer->shards(), 3u);
    EXPECT_EQ(writer->add(release("r-004", "Remisi narapidana r-004", "Pembinaan warga binaan nomor r-004 di lapas.")),
              AddResult::Unchanged);
    EXPECT_EQ(writer->add(release("r-005", "Asimilasi diperbarui", "Teks baru tentang asimilasi.")), AddResult::Replaced);
    EXPECT_EQ(writer->add(release("r-100", "Rilis baru", "Kunjungan keluarga.")), AddResult::Added);
    EXPECT_TRUE(writer->remove("r-006"));
    EXPECT_FALSE(writer->remove("r-999"));
    writer->commit();
  }
  Xapian::Database all(dir.path().string());
  EXPECT_EQ(all.get_doccount(), 12u);  // one added, one deleted
  EXPECT_FALSE(all.term_exists("Qr-006"));
  EXPECT_EQ(all.get_termfreq("Qr-005"), 1u);
  EXPECT_TRUE(all.term_exists("asimilasi"));
  const ShardLayout layout(dir.live_path());
  EXPECT_TRUE(shard_holds(layout.shard_path(ShardRouter(3).shard_of("r-100")), "r-100"));
  EXPECT_FALSE(all.get_metadata(std::string(schema::kMetaUpdatedAt)).empty());
}

TEST(ShardWriterTest, ShardCountIsTheIndexsOwn) {
  siaran::testing::TempDir tmp;
  const DatabaseDir dir(tmp.path() / "db");
  build(dir, 2, 4);
  EXPECT_THROW(open_archive_writer(dir, WriteMode::Update, {}, 3), std::invalid_argument);
  // A later unsharded build replaces the sharded one and takes the tcpsrv stubs away.
  build(dir, 1, 4);
  EXPECT_EQ(live_shard_count(dir), 1u);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "shard-000"));
  EXPECT_EQ(Xapian::Database(dir.path().string()).get_doccount(), 4u);
}

TEST(ShardWriterTest, AbandonedBuildLeavesTheLiveIndexAlone) {
  siaran::testing::TempDir tmp;
  const DatabaseDir dir(tmp.path() / "db");
  build(dir, 3, 6);
  const std::string live = dir.live_generation();
  {
    auto writer = open_archive_writer(dir, WriteMode::Build, {}, 3);
    writer->add(release("x-1", "Tidak jadi", "Dibatalkan."));
  }  // no commit
  EXPECT_EQ(dir.live_generation(), live);
  EXPECT_EQ(dir.generations(), std::vector<std::string>{live});
  EXPECT_EQ(Xapian::Database(dir.path().string()).get_doccount(), 6u);
}

}  // namespace
}  // namespace siaran::index
