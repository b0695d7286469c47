// index::ParallelBuild — how IndexWriter builds with BuildOptions::threads > 1. The calling thread
// (the one reading the sources) checks each record (prepare_record) and routes it by a hash of its
// id to one of `threads` PartWriters (in batches of 32 records per queue operation), which analyse and write their own sub-databases inside the
// new generation folder; finish() merges them into the generation with
// Xapian::Database::compact (postings, positions, document data, values, spelling counts summed)
// and removes them. The result holds the same documents, terms, values and spelling table as a
// one-thread build; only the document ids (Xapian's docids, not the records' ids) are numbered in
// another order.
//
// Tuning from the environment (measured defaults; see docs/performance-history.md):
//   SIARAN_BUILD_DOCS_PER_PART  documents per sub-database before a worker starts another
//   SIARAN_BUILD_BATCH          records handed to a worker per queue operation (1: one by one)
//   SIARAN_BUILD_MULTIPASS=1    compact with Xapian::DBCOMPACT_MULTIPASS
//   SIARAN_BUILD_SAFE_PARTS=1   write sub-databases without DB_NO_SYNC / DB_DANGEROUS
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/analyzer.h"
#include "corpus/document.h"
#include "index/index_writer.h"
#include "index/part_writer.h"

namespace siaran::index {

class ParallelBuild {
 public:
  ParallelBuild(std::filesystem::path generation, analyzers::AnalyzerOptions analysis, const BuildOptions& options);
  // Without finish(): stops the workers; the caller discards the generation folder.
  ~ParallelBuild();
  ParallelBuild(const ParallelBuild&) = delete;
  ParallelBuild& operator=(const ParallelBuild&) = delete;

  // Throws RejectedDocument on this thread, before the record is queued; std::runtime_error once
  // a worker has failed.
  AddResult add(const corpus::Document& doc);
  bool remove(const std::string& id);  // false when no such id in this build

  // Waits for the workers, merges their sub-databases into the generation and removes them. The
  // caller then opens the generation to add metadata and commit it.
  void finish();

 private:
  PartWriter& worker_for(const std::string& id_term);

  std::filesystem::path generation_;
  std::filesystem::path parts_folder_;
  bool multipass_ = false;
  std::vector<std::unique_ptr<PartWriter>> workers_;
  std::unordered_map<std::string, uint64_t> hashes_;  // id term -> content hash, of this build
};

}  // namespace siaran::index
