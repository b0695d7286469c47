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
  // std::runtime_error naming a source that does not exist. Inside folders, dotfiles and
  // dot-folders, README*, LICENSE*/LICENCE*, COPYING* and editor backups (*~) are skipped, and so
  // are files whose extension names no format (unless ReaderOptions::format is set); a file
  // named explicitly is always kept. A file reached twice is listed once.
  std::vector<std::string> files() const;

  // Reads all files into `sink`; records are enriched before sink.accept(), and a record the
  // Enricher refuses becomes a Rejection at its location. An unreadable file, or one of no known
  // format, is one Rejection (line 0), not a fatal error. "-" is read with ReaderOptions::format,
  // JSONL when that is Auto. Mistakes in the options themselves (a CSV mapping naming a missing
  // column, a bad date format) throw, as they would fail every file alike.
  void read_all(RecordSink& sink, const Enricher& enricher) const;

 private:
  std::vector<std::string> sources_;
  ReaderOptions options_;
};

}  // namespace siaran::corpus
