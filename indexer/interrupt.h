// indexer::InterruptFlag — Ctrl-C (SIGINT) and SIGTERM during a run. The handler only records
// the signal; the indexing loop checks it between records and abandons the build, so the writer's
// destructor discards the new generation and the live index stays as it was. A second Ctrl-C
// kills the program at once (the default action is restored after the first).
#pragma once

namespace siaran::indexer {

// Thrown by the record loop when a signal arrived; carries the signal number.
struct Interrupted {
  int signal;
};

class InterruptFlag {
 public:
  InterruptFlag();   // installs the handlers
  ~InterruptFlag();  // restores the previous ones
  InterruptFlag(const InterruptFlag&) = delete;
  InterruptFlag& operator=(const InterruptFlag&) = delete;

  // The signal received, 0 when none.
  static int received();
  // Throws Interrupted when a signal arrived.
  static void check();
};

}  // namespace siaran::indexer
