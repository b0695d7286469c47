// indexer::RejectionLog — tells the user about every record that was not indexed, as
//   FILE:LINE: REASON          (FILE: REASON for a whole file, e.g. one that cannot be opened)
// on stderr. After the first `limit` it only counts (a corpus with a systematic problem must not
// bury the summary under thousands of lines) and finish() says how many more there were; with
// --verbose every one is listed. Warnings (duplicate ids) go the same way, with their own count.
#pragma once

#include <cstddef>
#include <string>

#include "corpus/reader.h"
#include "indexer/progress_line.h"

namespace siaran::indexer {

class RejectionLog {
 public:
  static constexpr size_t kDefaultLimit = 100;

  RejectionLog(ProgressLine& progress, bool verbose, size_t limit = kDefaultLimit);

  void reject(const corpus::Rejection& rejection);
  void warn(const std::string& message);  // "FILE:LINE: warning: ..."
  // The "... and N more" lines for what was not shown.
  void finish();

  size_t rejected() const { return rejected_; }
  size_t warnings() const { return warnings_; }

 private:
  ProgressLine& progress_;
  bool verbose_;
  size_t limit_;
  size_t rejected_ = 0;
  size_t warnings_ = 0;
};

// "file:12" ("file" when line is 0: the whole file).
std::string where(const corpus::SourceLocation& location);

}  // namespace siaran::indexer
