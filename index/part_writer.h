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

// Jobs handed to a worker in one queue operation, in the order they were pushed.
using PartBatch = std::vector<PartJob>;

struct PartOptions {
  size_t docs_per_part = 0;  // start a new part after this many documents; 0: never
  // Jobs collected on the reading thread before they go to the worker at once: one lock, one
  // wake-up and one thread switch per batch rather than per record (a record takes the worker
  // a few milliseconds; a switch per record was a measurable share of that). 1: no batching.
  size_t batch_size = 32;
  size_t queue_batches = 2;   // full batches waiting for this worker before push() blocks
  bool safe_writes = false;   // tuning: write parts without DB_NO_SYNC / DB_DANGEROUS
  PhraseTerms phrases;        // the build's phrase terms (index/phrase_terms.h)
};

class PartWriter {
 public:
  // Parts are created as `stem` + "-0", "-1", ... (the folder must exist).
  PartWriter(std::filesystem::path stem, analyzers::AnalyzerOptions analysis, PartOptions options);
  // Without finish(): stops the thread, dropping queued work (the caller removes the folder).
  ~PartWriter();
  PartWriter(const PartWriter&) = delete;
  PartWriter& operator=(const PartWriter&) = delete;

  // Queues a job behind the ones pushed before it: collected into the current batch, which goes
  // to the worker once it holds batch_size jobs (blocking while queue_batches are waiting).
  // Throws std::runtime_error when the worker has failed (the job is not taken); a failure is
  // seen here at the latest one batch later, and by wait() in any case.
  void push(PartJob job);

  // No more jobs: the last, partial batch goes to the worker, which, once the queue is drained,
  // writes the spelling counts, commits and closes its part and deletes superseded documents
  // from earlier parts, on its own thread.
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
  const size_t batch_size_;
  PartBatch pending_;  // the batch being collected (reading thread only)
  WorkQueue<PartBatch> queue_;
  std::atomic<bool> failed_{false};
  std::atomic<bool> abandoned_{false};
  std::thread thread_;
};

}  // namespace siaran::index
