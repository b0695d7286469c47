// index::synonym_store — the synonym table of an archive index: Xapian's synonym table (read by
// search/query_parser.h at query time) plus metadata naming the file it came from.
//
// Layout (see also index/schema.h): a key is the exact form of a word or of a multi-word entry —
// analyzers::Token::exact of each word, joined by single spaces ("lapas", "lembaga
// pemasyarakatan") — without field prefix and never a "Z" stem term; each synonym is written the
// same way. Both directions are stored: "lapas" -> "lembaga pemasyarakatan" and back.
//
// The table is replaced whole, never merged: what the index holds is exactly the last table
// written, so a mapping taken out of the file disappears from the index too.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analyzers/synonym_table.h"
#include "index/database_dir.h"

namespace siaran::index {

struct IndexSynonyms {
  // key -> its synonyms, both as described above. Keys are unique.
  std::vector<std::pair<std::string, std::vector<std::string>>> entries;
  std::string source;       // "shipped", the file's path, or "none" (stored for `stats`)
  std::string version;      // the file's declared version ("" when it declares none)
  std::string fingerprint;  // a hash of the normalised content: equal tables, equal fingerprint
  size_t groups = 0;        // synonym groups in the file
};

// `table` as the index stores it; `source` names where it came from ("shipped", a path, "none").
IndexSynonyms from_table(const analyzers::SynonymTable& table, std::string source);

// What an index says about its synonym table (all "" / 0 for an index built before synonyms).
struct SynonymsInfo {
  std::string source, version, fingerprint;
  size_t groups = 0;
  size_t keys = 0;  // keys in Xapian's synonym table
};

// Replaces the whole synonym table of `db` and its metadata. Part of the caller's transaction
// (or its next commit); the caller commits.
void write_synonyms(Xapian::WritableDatabase& db, const IndexSynonyms& synonyms);

SynonymsInfo read_synonyms_info(const Xapian::Database& db);

// Replaces the synonym table of the live generation of `dir` in place, as one Xapian commit: no
// reindexing, and readers see the new table after their next refresh (searchd within a second).
// A sharded generation (index/shard_layout.h) is opened through its stub, which lists the tables
// database first, and Xapian writes synonyms to the first database: the table lands where the
// sharded build put it (checked by hand with --shards 2; the shard tests belong to that layout).
// Holds the writer lock meanwhile (index::WriterBusy if a build or update is running). Throws
// std::runtime_error when DIR holds no index or Xapian fails; then nothing changed.
void replace_synonyms(const DatabaseDir& dir, const IndexSynonyms& synonyms);

}  // namespace siaran::index
