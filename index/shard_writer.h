// index::ArchiveWriter — what `siaran-index build|update|delete` write through, whether the index
// is one Xapian database (index::IndexWriter) or sharded (index/shard_layout.h):
//
//   open_archive_writer(dir, Build, analysis, 3)   a new generation of 3 shards, published at commit
//   open_archive_writer(dir, Update, analysis)     the live index as it is, sharded or not
//
// ShardedIndexWriter keeps IndexWriter's guarantees per call (see index/index_writer.h): a build
// is invisible until commit() publishes the whole generation (all shards at once: one stub
// rename); an unchanged record (same content hash) is skipped; the same id twice, the later wins.
// Each record goes to the shard index::ShardRouter names; spelling words and synonyms go to the
// tables database. One limit that one database does not have: an `update` commits the shards one
// after another (Xapian has no transaction across databases), so a crash in the middle of commit()
// can leave some shards updated and others not. Running the same update again completes it
// (unchanged records are skipped), and readers never see a half-written shard.
#pragma once

#include <memory>
#include <string>

#include "analyzers/analyzer.h"
#include "corpus/document.h"
#include "index/database_dir.h"
#include "index/index_writer.h"
#include "index/synonym_store.h"

namespace siaran::index {

class ArchiveWriter {
 public:
  virtual ~ArchiveWriter() = default;
  // Throws RejectedDocument (index/document_builder.h) for a record that cannot be indexed.
  virtual AddResult add(const corpus::Document& doc) = 0;
  virtual bool remove(const std::string& id) = 0;  // false when no such id
  virtual void set_synonyms(IndexSynonyms synonyms) = 0;
  virtual void commit() = 0;
  virtual WriteMode mode() const = 0;
  virtual unsigned shards() const = 0;  // 1 for an unsharded index
};

// Build: `shards` 1 writes one database (IndexWriter, with `build`'s threads), more a sharded
// generation (one thread; `build` is not used yet). Update: the
// live index's own layout; `shards` must be 0 (as it is) or its shard count, else
// std::invalid_argument. Update of a folder without an index is a build with `shards` (0 = 1).
// Throws WriterBusy, AnalysisMismatch and std::runtime_error like IndexWriter.
std::unique_ptr<ArchiveWriter> open_archive_writer(const DatabaseDir& dir, WriteMode mode,
                                                   analyzers::AnalyzerOptions analysis, unsigned shards = 0,
                                                   BuildOptions build = {});

class ShardedIndexWriter final : public ArchiveWriter {
 public:
  // Build: a new generation of `shards` shards (2..kMaxShards). Update: the live sharded index
  // (`shards` ignored); throws std::runtime_error when it is not sharded. `phrases`: as
  // BuildOptions::phrases (a build records them, an update goes on with the index's).
  ShardedIndexWriter(const DatabaseDir& dir, WriteMode mode, analyzers::AnalyzerOptions analysis,
                     unsigned shards, PhraseTerms phrases = {});
  ~ShardedIndexWriter() override;

  AddResult add(const corpus::Document& doc) override;
  bool remove(const std::string& id) override;
  void set_synonyms(IndexSynonyms synonyms) override;
  void commit() override;
  WriteMode mode() const override;
  unsigned shards() const override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siaran::index
