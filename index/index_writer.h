// index::IndexWriter — the write side of an archive index (DatabaseDir), for siaran-index:
//   build   every record goes into a new generation, published atomically at commit(); if the
//           writer is destroyed without commit() (an exception, a crash) the live index is untouched
//           and the new generation is removed. Two records with one id: the later one wins.
//   update  records are added or replaced by id in the live generation; a record whose content
//           hash is unchanged is skipped; commit() makes the batch visible atomically (the batch
//           is one Xapian transaction: flushed to disk as it grows, but only committed at the
//           end, so memory stays bounded and an abandoned update changes nothing). With no live
//           index yet, update is a build.
//   remove  deletes by id
// A build can use several threads (BuildOptions): sub-databases written in parallel and merged at
// commit() (index/parallel_build.h); the result is the same index.
// Holds the DatabaseDir's WriterLock for its lifetime: a second writer gets index::WriterBusy.
// Xapian errors surface as std::runtime_error with Xapian's description. Xapian flushes its
// in-memory batch every 250 documents, each worker of a parallel build every 150 (see
// index_writer.cc; set XAPIAN_FLUSH_THRESHOLD in the environment to choose).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "analyzers/analyzer.h"
#include "corpus/document.h"
#include "index/database_dir.h"
#include "index/phrase_terms.h"
#include "index/synonym_store.h"

namespace siaran::index {

enum class WriteMode { Build, Update };

enum class AddResult { Added, Replaced, Unchanged };

// How a build spreads its work (update and delete write the live database on one thread).
struct BuildOptions {
  // Sub-databases analysed and written at once by their own threads, merged at commit() with
  // Xapian::Database::compact. 1: one thread writes straight into the new generation.
  unsigned threads = 1;
  // With threads > 1, a worker starts a new sub-database after this many documents (0: never):
  // Xapian's cost per document grows with the size of the database it adds to.
  size_t docs_per_part = 50000;
  // Build: the phrases indexed as one term each, recorded in the generation (index/phrase_terms.h;
  // siaran-index passes the multi-word entries of the synonym table it builds with). Update
  // ignores it and goes on with the phrases the index records.
  PhraseTerms phrases{};
};

// The number of cores (std::thread::hardware_concurrency), at least 1: siaran-index's default.
unsigned default_build_threads();

class IndexWriter {
 public:
  IndexWriter(const DatabaseDir& dir, WriteMode mode, analyzers::AnalyzerOptions analysis,
              BuildOptions build = {});
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Throws RejectedDocument (index/document_builder.h) for a record that cannot be indexed; the
  // writer stays usable.
  AddResult add(const corpus::Document& doc);
  bool remove(const std::string& id);  // false when no such id
  // The synonym table the index gets at commit() (index/synonym_store.h), inside the same commit:
  // a build publishes its generation with it, an update replaces the index's table with it.
  // Not called: a build has no synonyms, an update keeps the index's table.
  void set_synonyms(IndexSynonyms synonyms);

  // Flushes and publishes (build) or commits (update). Nothing is visible to readers before.
  // The writer takes no more records after it.
  void commit();

  // The mode in effect: Build when asked to update a folder that holds no index yet.
  WriteMode mode() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `update` on an index built with another analysis (or another schema version): mixing them
// would make the old and the new documents unreachable by the same query.
struct AnalysisMismatch : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The stemmer the live index of `dir` was built with; nullopt when DIR holds no index yet.
// Throws std::runtime_error when the index names a stemmer this program does not know.
std::optional<analyzers::StemmerKind> built_stemmer(const DatabaseDir& dir);

}  // namespace siaran::index
