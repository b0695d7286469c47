// searchd::ReindexRunner — runs the operator's reindex command (`--reindex-command`) for the
// admin API, one run at a time, and remembers how the last one ended.
//
// The command line is split into words here (split_command) and started with posix_spawnp: no
// shell ever sees it, so nothing a request carries can become part of a command. The command
// runs in its own process group with default signal handling (the daemon blocks SIGTERM/SIGINT
// and ignores SIGPIPE; a child must not inherit that), stdin from /dev/null, and its stdout and
// stderr collected so the status can show how it ended (the last kOutputTailBytes). It runs as
// the daemon's user, so after --user it can only write what that user may.
//
// The daemon does not wait for a reindex to finish: the destructor sends SIGTERM to the
// command's process group (siaran-index then abandons its build; the live index stays as it
// was), SIGKILL if it is still running `stop_grace` later, and joins the thread watching it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace siaran::searchd {

inline constexpr size_t kOutputTailBytes = 4096;
inline constexpr std::chrono::seconds kStopGrace{10};  // SIGTERM, then SIGKILL after this long

struct ReindexStatus {
  enum class State { Idle, Running, Succeeded, Failed };
  State state = State::Idle;  // Idle: never run since the daemon started
  unsigned runs = 0;          // runs started since the daemon started
  std::string started_at;     // ISO 8601 UTC; "" when Idle
  std::string finished_at;    // "" while running
  std::optional<int> exit_status;  // when it exited
  std::optional<int> signal;       // when a signal ended it
  std::string output_tail;         // the end of what it wrote (stdout and stderr)
};

std::string_view state_name(ReindexStatus::State state);  // "idle", "running", "succeeded", "failed"

class ReindexRunner {
 public:
  // Throws std::invalid_argument for an empty command.
  explicit ReindexRunner(std::vector<std::string> argv, std::chrono::milliseconds stop_grace = kStopGrace);
  ~ReindexRunner();
  ReindexRunner(const ReindexRunner&) = delete;
  ReindexRunner& operator=(const ReindexRunner&) = delete;

  // Starts the command; false when a run is still going (nothing started). Throws
  // std::runtime_error when it cannot be started (no such program, out of processes); the
  // status then says Failed with the reason.
  bool start();
  ReindexStatus status() const;
  // Blocks until no run is going or `timeout` passed; true when idle (tests, shutdown).
  bool wait_finished(std::chrono::milliseconds timeout) const;

 private:
  void watch(pid_t pid, int output_fd);
  void finish(int wait_status);

  std::vector<std::string> argv_;
  std::chrono::milliseconds stop_grace_;
  mutable std::mutex mutex_;
  ReindexStatus status_;
  pid_t pid_ = -1;  // the running command (its process group), -1 when none
  std::thread watcher_;
};

// "siaran-index build --db '/srv/siaran db' /srv/releases" -> its words. Words are separated by
// spaces or tabs; '...' and "..." quote (no escapes inside '...', \" and \\ inside "..."); a
// backslash outside quotes takes the next character literally. Nothing else is special: no
// variables, globs, redirections or pipes. Throws std::invalid_argument for an unterminated
// quote or an empty command.
std::vector<std::string> split_command(std::string_view command);

}  // namespace siaran::searchd
