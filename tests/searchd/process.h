// Running the real binaries from the searchd tests: siaran-index to build indexes the way an
// operator does, and siaran-searchd itself for the command line and signal handling.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace siaran::searchd::testing {

std::filesystem::path siaran_index_binary();
std::filesystem::path siaran_searchd_binary();

// Runs `argv` to completion; returns its exit status (-1 if it did not exit normally). Its output
// (stdout and stderr) is appended to `output` when given.
int run(const std::vector<std::string>& argv, std::string* output = nullptr);

// siaran-searchd as a child process. start() waits for its "serving ... on http://HOST:PORT" line
// and reads the port from it (run it with --listen 127.0.0.1:0).
class Daemon {
 public:
  explicit Daemon(std::vector<std::string> args);
  ~Daemon();  // SIGKILL if still running
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;

  uint16_t port() const { return port_; }
  pid_t pid() const { return pid_; }
  void signal(int signal_number) const;
  // Waits for exit; returns the exit status (-1 when killed by a signal). Everything the daemon
  // wrote to stderr so far is in stderr_text() afterwards.
  int wait();
  const std::string& stderr_text() const { return stderr_; }

 private:
  void read_stderr(bool until_eof);
  pid_t pid_ = -1;
  int stderr_fd_ = -1;
  uint16_t port_ = 0;
  std::string stderr_;
};

}  // namespace siaran::searchd::testing
