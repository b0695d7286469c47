// index::IndexWriter — the write side of an archive index (DatabaseDir), for siaran-index:
//   build   every record goes into a new generation, published atomically at commit(); if the
//           writer is destroyed without commit() (an exception, a crash) the live index is untouched
//   update  records are added or replaced by id in the live generation; a record whose content
//           hash is unchanged is skipped; commit() makes the batch visible atomically
//   remove  deletes by id
// Holds the DatabaseDir's WriterLock for its lifetime: a second writer gets index::WriterBusy.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "analyzers/analyzer.h"
#include "corpus/document.h"
#include "index/database_dir.h"

namespace siaran::index {

enum class WriteMode { Build, Update };

enum class AddResult { Added, Replaced, Unchanged };

class IndexWriter {
 public:
  IndexWriter(const DatabaseDir& dir, WriteMode mode, analyzers::AnalyzerOptions analysis);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  AddResult add(const corpus::Document& doc);
  bool remove(const std::string& id);  // false when no such id
  // Flushes and publishes (build) or commits (update). Nothing is visible to readers before.
  void commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siaran::index
