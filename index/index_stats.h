// index::IndexStats — what `siaran-index stats` reports about an archive index: how many
// releases, the dates they span, how they spread over units, topics, regions and years, the
// analysis it was built with, and what it takes on disk. Read from the live generation only.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "index/database_dir.h"
#include "index/synonym_store.h"

namespace siaran::index {

struct IndexStats {
  using Counts = std::vector<std::pair<std::string, uint64_t>>;

  std::string path;                      // DIR
  std::string generation;                // live generation, e.g. "gen-000007"
  std::vector<std::string> generations;  // all generation folders present, oldest first
  uint64_t documents = 0;
  std::string first_date, last_date;     // "YYYY-MM-DD"; "" when no document is dated
  uint64_t undated = 0;                  // documents without a date
  Counts units, topics, regions;         // most documents first, then by name
  Counts years;                          // by year, ascending
  unsigned shards = 1;                   // Xapian databases the documents are split over
                                         // (index/shard_layout.h); 1 when not sharded
  std::string stemmer;                   // analyzers::StemmerKind name
  std::string schema_version;
  std::string built_at, updated_at;      // ISO 8601 UTC; updated_at "" when never updated
  SynonymsInfo synonyms;                 // the synonym table's origin and size
  uint64_t phrase_terms = 0;             // names indexed as phrase terms when the generation was
                                         // built (index/phrase_terms.h)
  uint64_t size_bytes = 0;               // the live generation's files
  uint64_t total_size_bytes = 0;         // everything under DIR (the previous generation too)
};

// Throws std::runtime_error when DIR holds no index, or Xapian cannot read it.
IndexStats read_stats(const DatabaseDir& dir);

}  // namespace siaran::index
