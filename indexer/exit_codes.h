// The exit status of siaran-index, as the README documents it for scripts and cron jobs.
#pragma once

#include <stdexcept>

namespace siaran::indexer {

enum ExitCode : int {
  kExitOk = 0,            // every record accepted (every id deleted)
  kExitFatal = 1,         // nothing changed: cannot write DIR, another writer, Xapian error
  kExitUsage = 2,         // bad arguments: unknown option, bad --map, unknown format or stemmer
  kExitSomeRejected = 3,  // the good records were indexed; the rejected ones are listed
  // Interrupted by a signal: 128 + the signal's number (130 for Ctrl-C), as shells report it.
};

// A mistake in the arguments: reported like a CLI11 parse error, exit kExitUsage.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace siaran::indexer
