// The subcommands of siaran-index. main.cc parses the arguments into these structs and calls one
// function, which returns the exit status (indexer/exit_codes.h). They throw UsageError for a
// mistake in the arguments and std::runtime_error for a fatal error; main.cc reports both.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "index/index_writer.h"

namespace siaran::indexer {

// What to read: the SOURCE arguments and the reader options shared by build, update and parse.
struct SourceArgs {
  std::vector<std::string> sources;  // files, folders, "-" for JSONL on stdin
  std::string format = "auto";       // auto | jsonl | csv | text
  std::string map;                   // CSV: field=column,...
  std::string date_format;           // strptime style, e.g. "%m/%d/%Y %H:%M"
  bool verbose = false;              // list every rejected record, not only the first 100
};

struct IndexArgs {
  std::string db;
  std::optional<std::string> stemmer;  // build: default snowball; update: the index's own
  std::string synonyms;  // --synonyms FILE|shipped|none; "": a build gets the shipped table, an
                         // update keeps the index's
  unsigned shards = 0;                 // build: 1 (one database) or more (index/shard_layout.h);
                                       // update: 0, the index's own
  unsigned threads = 1;                // build: sub-databases written at once, merged at the end
                                       // (index::BuildOptions); main.cc defaults it to the cores
  SourceArgs source;
};

int run_index(const IndexArgs& args, index::WriteMode mode);           // build, update
int run_delete(const std::string& db, const std::vector<std::string>& ids);
int run_stats(const std::string& db);                                  // JSON on stdout
int run_parse(const SourceArgs& args);                                 // canonical JSONL on stdout
int run_analyze(const std::string& stemmer);                           // stdin -> token<TAB>term

// siaran-index synonyms (indexer/synonyms_command.cc).
struct SynonymsArgs {
  std::string db;
  std::string file;            // FILE, "shipped" (the default) or "none"
  bool check = false;          // only read FILE and say what it holds
  bool print_shipped = false;  // print the compiled-in synonyms.txt
};
int run_synonyms(const SynonymsArgs& args);

// The synonym table build and update write: --synonyms, else the shipped one for a build and
// nothing (the index keeps its own) for an update. Throws UsageError for a bad file.
std::optional<index::IndexSynonyms> synonyms_to_write(const IndexArgs& args, const index::DatabaseDir& dir,
                                                      index::WriteMode mode);

}  // namespace siaran::indexer
