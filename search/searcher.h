// search::Searcher — answers SearchRequests over one archive index. Owns one Xapian::Database
// and one Analyzer, so it is NOT thread-safe: searchd keeps one Searcher per worker thread.
// refresh() reopens the database when the indexer has published a new generation
// (index::DatabaseDir::live_generation() changed), between requests, never during one.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "search/search_request.h"

namespace siaran::search {

struct IndexInfo {
  unsigned long long documents = 0;
  std::string generation;   // live generation name
  std::string built_at;     // ISO 8601 UTC, from database metadata
  std::string stemmer;      // the analysis the index was built with (queries use the same)
};

class Searcher {
 public:
  explicit Searcher(std::filesystem::path db_dir);
  ~Searcher();
  Searcher(Searcher&&) noexcept;

  // Reopens if a new generation is live. Returns true when it switched.
  bool refresh();

  SearchResult search(const SearchRequest& request);  // throws InvalidRequest
  std::optional<corpus::Document> document(const std::string& id);
  std::vector<Hit> similar(const std::string& id, unsigned count = 5);  // empty if id unknown
  std::vector<std::string> suggest(const std::string& prefix, unsigned count = 8);  // completions of the last word
  IndexInfo info();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siaran::search
