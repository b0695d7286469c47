// index::PartWriter — one worker of a parallel build (index/parallel_build.h). On its own thread
// it analyses the records routed to it and writes them into throwaway sub-databases ("parts")
// that the build merges into the published generation at the end. Every record with a given id is
// routed to the same PartWriter, so "the later record with one id wins" is kept here: a later
// record replaces the earlier one in the current part, or deletes it from an earlier part when
// the build finishes.
//
// Parts are written with Xapian::DB_NO_SYNC and DB_DANGEROUS (in place, no revisions): safe
// because nothing reads a part before the build finishes, and a build that does not finish
// removes the whole generation folder, parts included.
#pragma once

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "analyzers/analyzer.h"
#include "corpus/document.h"
#include "index/document_builder.h"
#include "index/work_queue.h"

namespace siaran::index {

struct PartJob {
  enum class Kind { Add, Remove };
  Kind kind = Kind::Add;
  corpus::Document doc;   // Add
  PreparedRecord record;  // Add: prepare_record(doc); Remove: only id_term
};

struct PartOptions {
  size_t docs_per_part = 0;    // start a new part after this many documents; 0: never
  size_t queue_capacity = 64;  // records waiting for this worker before push() blocks
  bool safe_writes = false;    // tuning: write parts without DB_NO_SYNC / DB_DANGEROUS
};

class PartWriter {
 public:
  // Parts are created as `stem` + "-0", "-1", ... (the folder must exist).
  PartWriter(std::filesystem::path stem, analyzers::AnalyzerOptions analysis, PartOptions options);
  // Without finish(): stops the thread, dropping queued work (the caller removes the folder).
  ~PartWriter();
  PartWriter(const PartWriter&) = delete;
  PartWriter& operator=(const PartWriter&) = delete;

  // Queues a job; blocks while the queue is full. Throws std::runtime_error when the worker has
  // failed (the job is not taken).
  void push(PartJob job);

  // No more jobs: once the queue is drained the worker, on its own thread, writes the spelling
  // counts, commits and closes its part and deletes superseded documents from earlier parts.
  void close();
  // close(), then waits for that. Throws std::runtime_error on the worker's first error.
  void wait();

  // The parts written, in order (complete after wait()).
  const std::vector<std::filesystem::path>& parts() const;

 private:
  struct State;
  void run();
  void fail_if_failed() const;

  std::unique_ptr<State> state_;
  WorkQueue<PartJob> queue_;
  std::atomic<bool> failed_{false};
  std::atomic<bool> abandoned_{false};
  std::thread thread_;
};

}  // namespace siaran::index
