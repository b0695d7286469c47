// A program under test as a child process with the knobs the fault tests need: kill it at a
// moment of our choosing, cap the size of the files it may write (RLIMIT_FSIZE with SIGXFSZ
// ignored, so writes fail with EFBIG the way they do on a full disk, without root or a special
// filesystem), run it as another user (as root only), and hold its stdin open. Its stdout and
// stderr go to a file, so a chatty child never blocks on a full pipe.
#pragma once

#include <sys/resource.h>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tests/support/test_paths.h"

namespace siaran::reliability {

struct ChildOptions {
  std::optional<rlim_t> file_size_limit;  // bytes; writes past it fail with EFBIG
  std::optional<uid_t> uid;               // become this user (and gid) before exec; needs root
  std::optional<gid_t> gid;
  bool stdin_pipe = false;  // stdin is a pipe the test writes to (else /dev/null)
};

class Child {
 public:
  explicit Child(const std::vector<std::string>& argv, ChildOptions options = {});
  ~Child();  // SIGKILL and reap if still running
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  void kill(int signal_number) const;
  void write_stdin(const std::string& bytes);
  void close_stdin();
  // Exit status, or 128 + signal number when a signal ended it (as a shell reports it).
  int wait();
  // Reaps it if it has ended; true while it is still running.
  bool running();
  // Everything it wrote to stdout and stderr so far.
  std::string output() const;

 private:
  pid_t pid_ = -1;
  int stdin_fd_ = -1;
  int status_ = -1;
  siaran::testing::TempDir io_;
};

// Runs argv to the end; the exit status (128 + signal when killed) and its output.
struct RunResult {
  int status = -1;
  std::string output;
};
RunResult run(const std::vector<std::string>& argv, ChildOptions options = {});

std::filesystem::path index_binary();
std::filesystem::path searchd_binary();

}  // namespace siaran::reliability
