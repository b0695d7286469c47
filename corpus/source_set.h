// corpus::SourceSet — the SOURCE arguments of siaran-index: files, folders (read recursively, in
// sorted order so runs are reproducible) and "-" (JSONL on stdin). Picks a Reader per file by
// ReaderOptions::format or the file's extension, and runs every record through the Enricher.
#pragma once

#include <string>
#include <vector>

#include "corpus/enricher.h"
#include "corpus/reader.h"

namespace siaran::corpus {

class SourceSet {
 public:
  SourceSet(std::vector<std::string> sources, ReaderOptions options);

  // Every regular file the sources name, expanded and sorted ("-" stays as is). Throws
  // std::runtime_error naming a source that does not exist.
  std::vector<std::string> files() const;

  // Reads all files into `sink`; records are enriched before sink.accept(). An unreadable file
  // is one Rejection (line 0), not a fatal error.
  void read_all(RecordSink& sink, const Enricher& enricher) const;

 private:
  std::vector<std::string> sources_;
  ReaderOptions options_;
};

}  // namespace siaran::corpus
