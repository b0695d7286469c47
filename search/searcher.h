// search::Searcher — answers SearchRequests over one archive index. Owns one Xapian::Database
// and one Analyzer, so it is NOT thread-safe: searchd keeps one Searcher per worker thread.
// refresh() reopens the database when the indexer has published a new generation
// (index::DatabaseDir::live_generation() changed), between requests, never during one.
//
// Queries are analysed with the stemmer the index was built with (metadata siaran:stemmer).
// search():
//   * the query language of search/query_syntax.h, built by search/query_parser.h;
//   * filters: from/to (kDateSlot range), units/topics/regions (search/facets.h);
//   * sort: Relevance (ties newest first; a query without words lists newest first), Newest,
//     Oldest (by date, then relevance; undated documents last either way);
//   * total exact up to 1,000 matches (10,000 with facets; total_exact), estimated beyond from
//     a count over a sample of the document ids (search/match_estimate.h);
//   * facets counted disjunctively, exactly up to 10,000 matches (search/facets.h);
//   * title_html / snippet_html from search/snippets.h; the body itself is left out of hits;
//   * suggestion: the query with unknown words respelt (search/spelling.h);
//   * took_ms: the whole call, validation and analysis included;
//   * a ranked match runs over idle cores when the index is large (search/split_ranking.h).
// A read overtaken by the indexer's commit (Xapian::DatabaseModifiedError) is retried once.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "search/search_request.h"

namespace siaran::search {

inline constexpr unsigned kMaxSimilar = 100;     // similar() returns at most this many
inline constexpr unsigned kMaxCompletions = 50;  // suggest() returns at most this many

struct IndexSource;  // search/index_handle.h

struct IndexInfo {
  unsigned long long documents = 0;
  std::string generation;   // live generation name
  std::string built_at;     // ISO 8601 UTC, from database metadata
  std::string stemmer;      // the analysis the index was built with (queries use the same)
};

class Searcher {
 public:
  // Throws std::runtime_error when `db_dir` holds no index yet (or one this build cannot read).
  explicit Searcher(std::filesystem::path db_dir);
  // A local index folder or remote shards (search/index_handle.h, search/shard_set.h); also
  // throws ShardsUnavailable when no shard answers.
  explicit Searcher(IndexSource source);
  ~Searcher();
  Searcher(Searcher&&) noexcept;

  // Reopens if a new generation is live, or catches up with commits to the live one. Returns
  // true when what it searches changed.
  bool refresh();

  SearchResult search(const SearchRequest& request);  // throws InvalidRequest
  // The Xapian::Query search() would match and rank for `request`, serialised
  // (Xapian::Query::unserialise): for benchmarks timing the bare match (bench/query_timer_main.cc).
  std::string serialised_match_query(const SearchRequest& request);  // throws InvalidRequest
  std::optional<corpus::Document> document(const std::string& id);  // the whole record, body included

  // Releases like `id`: its most telling words as a query, `id` itself excluded. Hits carry the
  // escaped title and the start of the body (nothing marked). Empty if id is unknown.
  std::vector<Hit> similar(const std::string& id, unsigned count = 5);

  // Completions of the last word of `prefix` (the word being typed, normalised like index
  // terms; at least 2 bytes), most frequent in the index first. Only the completed words are
  // returned ("lokakarya keh" -> {"kehumasan", ...}); the caller puts them in place.
  std::vector<std::string> suggest(const std::string& prefix, unsigned count = 8);

  IndexInfo info();

  // How a ranked match uses idle cores (search/split_ranking.h): up to `slices` slices at once
  // (0: one per core, at most 4, the default; 1: never split), on indexes of at least
  // `min_documents` releases (default SplitRanking::kMinDocuments). Results are the same either way.
  void set_split_ranking(unsigned slices, std::optional<unsigned long long> min_documents = std::nullopt);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siaran::search
