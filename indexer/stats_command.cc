// stats: index::read_stats() as a JSON object on stdout, e.g.
//   {"path": "data/sample", "generation": "gen-000003", "documents": 34,
//    "date_range": {"min": "2021-03-09", "max": "2025-09-24"}, "undated": 0,
//    "units": {"Lapas Kelas IIA Cibinong": 3, ...}, "topics": {...}, "regions": {...},
//    "years": {"2021": 7, ...}, "shards": 1, "stemmer": "snowball", "schema_version": "1",
//    "built_at": "2025-...Z", "updated_at": null,
//    "synonyms": {"source": "shipped", "version": "2026-11-29.1", "fingerprint": "9f…", "groups": 217,
//                 "keys": 520},
//    "phrase_terms": 253,
//    "size_bytes": 1234567, "total_size_bytes": ...,
//    "generations": ["gen-000002", "gen-000003"]}
#include <iostream>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "index/index_stats.h"
#include "indexer/commands.h"
#include "indexer/exit_codes.h"

namespace siaran::indexer {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void string(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void string_or_null(Writer& w, const std::string& s) {
  if (s.empty()) {
    w.Null();
  } else {
    string(w, s);
  }
}

void counts(Writer& w, const char* key, const index::IndexStats::Counts& list) {
  w.Key(key);
  w.StartObject();
  for (const auto& [name, n] : list) {
    string(w, name);
    w.Uint64(n);
  }
  w.EndObject();
}

}  // namespace

int run_stats(const std::string& db) {
  const index::IndexStats stats = index::read_stats(index::DatabaseDir(db));
  rapidjson::OStreamWrapper out(std::cout);
  Writer w(out);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("path");
  string(w, stats.path);
  w.Key("generation");
  string(w, stats.generation);
  w.Key("documents");
  w.Uint64(stats.documents);
  w.Key("date_range");
  w.StartObject();
  w.Key("min");
  string_or_null(w, stats.first_date);
  w.Key("max");
  string_or_null(w, stats.last_date);
  w.EndObject();
  w.Key("undated");
  w.Uint64(stats.undated);
  counts(w, "units", stats.units);
  counts(w, "topics", stats.topics);
  counts(w, "regions", stats.regions);
  counts(w, "years", stats.years);
  w.Key("shards");
  w.Uint(stats.shards);
  w.Key("stemmer");
  string(w, stats.stemmer);
  w.Key("schema_version");
  string(w, stats.schema_version);
  w.Key("built_at");
  string_or_null(w, stats.built_at);
  w.Key("updated_at");
  string_or_null(w, stats.updated_at);
  w.Key("synonyms");
  w.StartObject();
  w.Key("source");
  string_or_null(w, stats.synonyms.source);
  w.Key("version");
  string_or_null(w, stats.synonyms.version);
  w.Key("fingerprint");
  string_or_null(w, stats.synonyms.fingerprint);
  w.Key("groups");
  w.Uint64(stats.synonyms.groups);
  w.Key("keys");
  w.Uint64(stats.synonyms.keys);
  w.EndObject();
  w.Key("phrase_terms");  // index/phrase_terms.h: fixed when the generation was built
  w.Uint64(stats.phrase_terms);
  w.Key("size_bytes");
  w.Uint64(stats.size_bytes);
  w.Key("total_size_bytes");
  w.Uint64(stats.total_size_bytes);
  w.Key("generations");
  w.StartArray();
  for (const std::string& g : stats.generations) string(w, g);
  w.EndArray();
  w.EndObject();
  std::cout << '\n';
  std::cout.flush();
  if (!std::cout) throw std::runtime_error("cannot write to standard output");
  return kExitOk;
}

}  // namespace siaran::indexer
