#include "indexer/rejection_log.h"

namespace siaran::indexer {

std::string where(const corpus::SourceLocation& location) {
  return location.line == 0 ? location.file : location.file + ":" + std::to_string(location.line);
}

RejectionLog::RejectionLog(ProgressLine& progress, bool verbose, size_t limit)
    : progress_(progress), verbose_(verbose), limit_(limit) {}

void RejectionLog::reject(const corpus::Rejection& rejection) {
  if (++rejected_ <= limit_ || verbose_) progress_.print(where(rejection.where) + ": " + rejection.reason);
}

void RejectionLog::warn(const std::string& message) {
  if (++warnings_ <= limit_ || verbose_) progress_.print(message);
}

void RejectionLog::finish() {
  if (verbose_) return;
  if (rejected_ > limit_) {
    progress_.print("... and " + std::to_string(rejected_ - limit_) +
                    " more rejected records (--verbose lists every one)");
  }
  if (warnings_ > limit_) {
    progress_.print("... and " + std::to_string(warnings_ - limit_) + " more warnings (--verbose lists every one)");
  }
}

}  // namespace siaran::indexer
