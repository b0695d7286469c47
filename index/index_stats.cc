#include "index/index_stats.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <xapian.h>

#include "index/phrase_terms.h"
#include "index/schema.h"
#include "index/shard_layout.h"

namespace siaran::index {
namespace fs = std::filesystem;
namespace {

// Every value of `slot`, counted. Value streams read one table sequentially: fast even for a
// large archive, and exact (unlike the slot's lower/upper bounds, which deletions loosen).
std::map<std::string, uint64_t> count_values(const Xapian::Database& db, unsigned slot) {
  std::map<std::string, uint64_t> counts;
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) ++counts[*it];
  return counts;
}

IndexStats::Counts most_first(const std::map<std::string, uint64_t>& counts) {
  IndexStats::Counts sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return sorted;
}

uint64_t size_of(const fs::path& folder) {
  uint64_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

// "20221105" -> "2022-11-05"
std::string iso_day(const std::string& day) {
  if (day.size() != 8) return day;
  return day.substr(0, 4) + "-" + day.substr(4, 2) + "-" + day.substr(6, 2);
}

}  // namespace

IndexStats read_stats(const DatabaseDir& dir) {
  IndexStats stats;
  stats.path = dir.path().string();
  stats.generation = dir.live_generation();
  if (stats.generation.empty()) throw std::runtime_error("no index in " + stats.path + " yet");
  const fs::path live = dir.live_path();
  stats.generations = dir.generations();
  try {
    Xapian::Database db(live.string());
    stats.documents = db.get_doccount();
    const auto days = count_values(db, schema::kDateSlot);
    uint64_t dated = 0;
    for (const auto& [day, n] : days) dated += n;
    if (!days.empty()) {
      stats.first_date = iso_day(days.begin()->first);
      stats.last_date = iso_day(days.rbegin()->first);
    }
    stats.undated = stats.documents - std::min<uint64_t>(dated, stats.documents);
    stats.units = most_first(count_values(db, schema::kUnitSlot));
    stats.topics = most_first(count_values(db, schema::kTopicSlot));
    stats.regions = most_first(count_values(db, schema::kRegionSlot));
    const auto years = count_values(db, schema::kYearSlot);
    stats.years.assign(years.begin(), years.end());
    stats.stemmer = db.get_metadata(std::string(schema::kMetaStemmer));
    stats.schema_version = db.get_metadata(std::string(schema::kMetaSchemaVersion));
    stats.built_at = db.get_metadata(std::string(schema::kMetaBuiltAt));
    stats.updated_at = db.get_metadata(std::string(schema::kMetaUpdatedAt));
    stats.synonyms = read_synonyms_info(db);
    stats.phrase_terms = PhraseTerms::stored_in(db).phrases().size();
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("cannot read " + live.string() + ": " + e.get_description());
  }
  stats.shards = live_shard_count(dir);
  stats.size_bytes = size_of(live);
  stats.total_size_bytes = size_of(dir.path());
  return stats;
}

}  // namespace siaran::index
