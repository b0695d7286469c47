// search::ShardSet — the shards of a sharded archive (index/shard_layout.h) that searchd reads
// from elsewhere, opened as ONE Xapian::Database so that Xapian itself merges the matches with
// global statistics: scores, totals, paging and facet counts (ValueCountMatchSpy is serialised
// to the shards and merged back) come out as from one database of the same documents.
//
//   siaran-searchd --shard tcp://10.0.0.1:33301 --shard tcp://10.0.0.2:33301 --spelling-db DIR
//
// A shard is "tcp://HOST:PORT" (a xapian-tcpsrv; Xapian::Remote::open with the timeouts below,
// so an unreachable or hung shard costs at most those, never a hang) or a path Xapian opens (a
// stub file listing remote or local databases, a local database). A path is one unit: if any
// database behind it fails, the whole path counts as down.
//
// Spelling and synonyms: Xapian's remote backend serves neither, so they come from a local
// database, `spelling_db`: the folder of a sharded index (its live generation's "tables"
// database, followed as builds publish new generations) or the path of a Xapian database without
// documents (one holding documents is refused: they would be counted twice), e.g. a
// xapian-replicate copy of that tables database. It joins
// the combined database first (its metadata is what Database::get_metadata reads); it holds no
// documents, so it changes no statistic. Without it queries work but "did you mean" and
// synonyms find nothing.
//
// A shard that fails (Xapian::NetworkError, including timeouts): recover() reconnects every
// shard and leaves out those that do not answer; they are tried again every retry_interval
// from refresh(). With ShardFailure::Partial the answer is computed from the shards still up and
// says which are missing (SearchResult::missing_shards); with ShardFailure::Error the request
// fails with ShardsUnavailable (searchd: 503). No shard up at all is ShardsUnavailable either way.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

namespace siaran::search {

enum class ShardFailure { Partial, Error };

struct ShardConfig {
  std::vector<std::string> shards;  // "tcp://HOST:PORT" or a Xapian database path
  std::filesystem::path spelling_db;  // see above; empty: none
  std::chrono::milliseconds timeout{5000};          // any one operation on a remote shard
  std::chrono::milliseconds connect_timeout{1000};  // opening the connection
  std::chrono::milliseconds retry_interval{2000};   // how often a shard that is down is tried again
  ShardFailure on_failure = ShardFailure::Partial;
};

// "tcp://HOST:PORT" split; anything else is a path. Throws std::invalid_argument for a tcp://
// address without a valid port, or an empty string.
struct ShardAddress {
  std::string text;  // as given: the name missing_shards reports
  bool remote = false;
  std::string host;
  unsigned port = 0;
  static ShardAddress parse(const std::string& text);
};

// Shards down (and, under ShardFailure::Error, that being an error): HTTP 503.
struct ShardsUnavailable : std::runtime_error {
  ShardsUnavailable(const std::string& message, std::vector<std::string> missing_shards)
      : std::runtime_error(message), missing(std::move(missing_shards)) {}
  std::vector<std::string> missing;
};

class ShardSet {
 public:
  // Opens every shard; throws ShardsUnavailable when none opens (or, under Error, any fails),
  // std::invalid_argument for a bad address or no shard at all, std::runtime_error when the
  // spelling database cannot be opened.
  explicit ShardSet(ShardConfig config);
  ~ShardSet();

  const Xapian::Database& db() const { return db_; }
  const std::vector<std::string>& missing() const { return missing_; }  // shards left out now
  ShardFailure on_failure() const { return config_.on_failure; }
  // The spelling index folder's live generation ("gen-000007"), or "shards" without one.
  const std::string& generation() const { return generation_; }

  // After a Xapian::NetworkError: reconnects every shard, leaving out those that fail. Throws
  // ShardsUnavailable as the constructor does.
  void recover();

  // Between requests: catches up with commits, follows a new generation of the spelling folder
  // or a new xapian-replicate copy of it (reconnecting every shard then, so xapian-tcpsrv serving
  // DIR/shard-KKK stubs or replicas opens the new generation too), retries shards that are down.
  // True when db() changed.
  bool refresh();

  // Throws ShardsUnavailable when some shard is missing and the policy is Error.
  void check_policy() const;

 private:
  struct Shard;
  void open_spelling();
  void connect_all();
  bool retry_missing();
  void combine();

  ShardConfig config_;
  std::vector<std::unique_ptr<Shard>> shards_;
  Xapian::Database spelling_;
  bool has_spelling_ = false;
  std::string generation_ = "shards";
  std::string spelling_target_;  // what the spelling path pointed at when opened
  Xapian::Database db_;
  std::vector<std::string> missing_;
  std::chrono::steady_clock::time_point last_retry_;
};

// Where facet counts are spied from. Xapian 1.4 (matcher/multimatch.cc) applies a MatchSpy to a
// remote shard's document a second time on the local side when the match is sorted by value,
// even partly (sort by relevance then date, as ours is): a candidate that "sorts lower than the
// current minimum" is counted without the check for remote origin the other path has. Over
// remote shards the facets therefore get a match of their own, same query, in plain relevance
// order with BoolWeight, which that path never takes; one more round trip per search.
class RemoteFacetMatch {
 public:
  RemoteFacetMatch(const Xapian::Database& db, const Xapian::Query& query, bool remote);
  // The Enquire to attach the spies to: `main`, or the facets' own match over remote shards.
  Xapian::Enquire& spied(Xapian::Enquire& main);
  // The MSet the spies saw: `main`'s, or the facets' own match run now.
  Xapian::MSet mset(const Xapian::MSet& main, Xapian::doccount check_at_least);

 private:
  bool remote_;
  Xapian::Enquire enquire_;
};

// The date orders without a Xapian::KeyMaker, which the remote backend cannot run: newest first
// by index::schema::kDateSlot (undated last), oldest first by kUndatedLastSlot (index/shard_layout.h)
// ascending, which a sharded build fills with the date or, for an undated release, a value after
// every date — the same order search::Searcher's KeyMaker gives one database.
void sort_by_date_on_shards(Xapian::Enquire& enquire, bool oldest_first);

}  // namespace siaran::search
