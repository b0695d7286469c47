// index::ShardLayout — how a sharded archive index (`siaran-index build --shards N`) lies on disk.
// It is an index::DatabaseDir like any other (same stub, generations, lock and atomic swap), whose
// generations hold N+1 Xapian databases instead of one:
//
//   DIR/XAPIANDB                     "auto generations/gen-N" (index/database_dir.h, unchanged)
//   DIR/generations/gen-N/XAPIANDB   stub: "auto tables", "auto shard-000", ..., one per line, so
//                                    Xapian opens the generation (and DIR) as ONE database
//   DIR/generations/gen-N/tables     no documents: the spelling and synonym tables and the
//                                    metadata (listed first: Database::get_metadata reads the first)
//   DIR/generations/gen-N/shard-KKK  the documents whose id routes to KKK (index/shard_router.h)
//   DIR/shard-KKK                    stub file "auto generations/gen-N/shard-KKK", rewritten when a
//                                    generation is published: the stable path to give
//                                    xapian-tcpsrv or xapian-replicate-server for shard KKK
//
// Why a separate tables database: Xapian's remote backend serves no spelling or synonym data, so
// a searchd reading remote shards needs them locally (siaran-searchd --spelling-db DIR), and a
// database without documents can join the remote shards without changing any statistic.
//
// Documents: as index/schema.h lays them out, plus kUndatedLastSlot below.
// Metadata (in tables and in every shard): index/schema.h's keys plus kMetaShards ("3") and, in
// each shard, kMetaShard ("0".."2"), so a shard served alone still says what it is.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "index/database_dir.h"

namespace siaran::index {

inline constexpr std::string_view kMetaShards = "siaran:shards";  // shard count, decimal
inline constexpr std::string_view kMetaShard = "siaran:shard";    // this shard's number

// A value slot only sharded builds fill (beside index/schema.h's Slot): the release's date
// ("YYYYMMDD") or, for an undated release, "\xff", which sorts after every date. Xapian's remote
// backend cannot run a KeyMaker, so searching shards sorts "oldest first, undated last" by this
// slot (search/shard_set.h). Far from schema.h's slots so that schema can grow.
inline constexpr unsigned kUndatedLastSlot = 16;

class ShardLayout {
 public:
  explicit ShardLayout(std::filesystem::path generation);

  static std::string shard_name(unsigned shard);  // "shard-007"
  // True when `generation` is laid out as above (it has a tables database).
  static bool is_sharded(const std::filesystem::path& generation);

  const std::filesystem::path& generation() const { return generation_; }
  std::filesystem::path tables_path() const;
  std::filesystem::path shard_path(unsigned shard) const;
  // shard-KKK folders present, counted from 000 up to the first missing one.
  unsigned shards_on_disk() const;

  // Writes generation/XAPIANDB listing tables and shard-000..shard-(count-1). Throws
  // std::runtime_error on an I/O error.
  void write_stub(unsigned count) const;

 private:
  std::filesystem::path generation_;
};

// The number of shards of DIR's live index: 1 for an unsharded index, 0 when there is none.
unsigned live_shard_count(const DatabaseDir& dir);

// Points DIR/shard-000..DIR/shard-(count-1) at the live generation's shards (each stub replaced
// atomically) and removes DIR/shard-KKK stubs beyond count; count 0 removes them all (an
// unsharded build). Throws std::runtime_error on an I/O error.
void publish_shard_stubs(const DatabaseDir& dir, unsigned count);

}  // namespace siaran::index
