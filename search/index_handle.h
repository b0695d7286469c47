// search::IndexHandle — the open Xapian database of one archive index and what the searcher needs
// to know about it, kept current. The index is either
//   * a local index::DatabaseDir (one database, or a sharded one opened as one through its
//     generation's stub, index/shard_layout.h), or
//   * shards searched over the network (search/shard_set.h), for siaran-searchd --shard.
// Kept current:
//   * refresh() reopens on a newly published generation (the indexer's `build`), and otherwise
//     lets Xapian catch up with commits to the live generation (the indexer's `update`); with
//     shards, it also retries shards that are down;
//   * run() retries a read once after Xapian::DatabaseModifiedError (an update overtook it) and,
//     with shards, after Xapian::NetworkError without the shards that stopped answering.
// One per thread, like the Searcher that owns it.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "index/database_dir.h"
#include "index/phrase_terms.h"
#include "search/shard_set.h"

namespace siaran::search {

// Where a Searcher's index is: a local index folder, or shards (then `db` is unused).
struct IndexSource {
  IndexSource(std::filesystem::path dir) : db(std::move(dir)) {}  // NOLINT: a folder is a source
  IndexSource(ShardConfig config) : shards(std::move(config)) {}  // NOLINT: so are shards

  std::filesystem::path db;
  std::optional<ShardConfig> shards;
};

class IndexHandle {
 public:
  // Opens the live generation (or the shards); throws std::runtime_error when DIR holds no index
  // yet or the index was built with an analysis this program does not know, ShardsUnavailable
  // when no shard answers.
  explicit IndexHandle(std::filesystem::path dir);
  explicit IndexHandle(IndexSource source);
  ~IndexHandle();
  IndexHandle(IndexHandle&&) noexcept;

  // True when the database now shows something newer (another generation, or new commits).
  bool refresh();

  const Xapian::Database& db() const { return db_; }
  const std::string& generation() const { return generation_; }
  analyzers::StemmerKind stemmer() const { return stemmer_; }
  // The phrases the generation holds as phrase terms (index/phrase_terms.h); fixed per generation.
  const index::PhraseTerms& phrase_terms() const { return phrase_terms_; }
  std::string built_at() const;
  const std::filesystem::path& path() const { return dir_.path(); }
  // The one local database db() was opened from (a generation folder), which another handle may
  // open too (search/split_ranking.h); empty for a sharded or remote index.
  const std::string& local_path() const { return local_path_; }

  // True for a sharded index, local or remote: date sorts must then do without a KeyMaker
  // (search/shard_set.h, sort_by_date_on_shards).
  bool sharded() const { return sharded_; }
  // True when searching shards through search/shard_set.h (usually remote ones).
  bool remote() const { return shards_ != nullptr; }
  // Shards left out of db() because they do not answer (ShardFailure::Partial); empty otherwise.
  std::vector<std::string> missing_shards() const;

  // `work()` (reading db()), run once more on a fresh view if the database changed underneath,
  // or without the shards that failed (throws ShardsUnavailable when that is an error).
  template <class Work>
  auto run(Work&& work) -> decltype(work()) {
    check_shards();
    for (int attempt = 0;; ++attempt) {
      try {
        return work();
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt > 0) throw;
        db_.reopen();
      } catch (const Xapian::DatabaseNotFoundError&) {
        if (attempt > 0 || shards_) throw;
        open();
      } catch (const Xapian::NetworkError&) {
        if (!shards_ || attempt > 1) throw;
        recover_shards();
      }
    }
  }

 private:
  void open();
  void adopt(Xapian::Database db, std::string generation);
  void check_shards() const;
  void recover_shards();

  index::DatabaseDir dir_;
  std::unique_ptr<ShardSet> shards_;
  Xapian::Database db_;
  std::string generation_;
  std::string local_path_;
  analyzers::StemmerKind stemmer_ = analyzers::StemmerKind::Snowball;
  index::PhraseTerms phrase_terms_;
  bool sharded_ = false;
};

}  // namespace siaran::search
