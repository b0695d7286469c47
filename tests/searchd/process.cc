#include "tests/searchd/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <regex>
#include <stdexcept>

#include "tests/support/test_paths.h"

extern char** environ;

namespace siaran::searchd::testing {

namespace {

std::vector<char*> c_args(const std::vector<std::string>& argv) {
  std::vector<char*> out;
  for (const std::string& a : argv) out.push_back(const_cast<char*>(a.c_str()));
  out.push_back(nullptr);
  return out;
}

// Spawns argv with stdout+stderr going to a pipe; returns the read end.
pid_t spawn_with_pipe(const std::vector<std::string>& argv, int& read_fd) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
  // The child must not inherit a blocked-signal mask from the test (it would ignore SIGTERM).
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
  pid_t pid = -1;
  std::vector<char*> args = c_args(argv);
  int rc = posix_spawn(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  ::close(fds[1]);
  if (rc != 0) {
    ::close(fds[0]);
    throw std::runtime_error("cannot run " + argv[0] + ": " + std::strerror(rc));
  }
  read_fd = fds[0];
  return pid;
}

int exit_status(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

}  // namespace

std::filesystem::path siaran_index_binary() { return siaran::testing::bin_dir() / "siaran-index"; }
std::filesystem::path siaran_searchd_binary() { return siaran::testing::bin_dir() / "siaran-searchd"; }

int run(const std::vector<std::string>& argv, std::string* output) {
  int fd = -1;
  pid_t pid = spawn_with_pipe(argv, fd);
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) != 0) {
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (output) output->append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return exit_status(status);
}

Daemon::Daemon(std::vector<std::string> args) {
  args.insert(args.begin(), siaran_searchd_binary().string());
  pid_ = spawn_with_pipe(args, stderr_fd_);
  static const std::regex serving(R"(serving .* on http://[^ ]*:(\d+) )");
  std::smatch m;
  while (!std::regex_search(stderr_, m, serving)) {
    size_t before = stderr_.size();
    read_stderr(false);
    if (stderr_.size() == before) {  // EOF: it exited without serving
      wait();
      throw std::runtime_error("siaran-searchd did not start: " + stderr_);
    }
  }
  port_ = static_cast<uint16_t>(std::stoi(m[1]));
}

Daemon::~Daemon() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int status;
    ::waitpid(pid_, &status, 0);
  }
  if (stderr_fd_ >= 0) ::close(stderr_fd_);
}

void Daemon::signal(int signal_number) const {
  if (pid_ > 0) ::kill(pid_, signal_number);
}

void Daemon::read_stderr(bool until_eof) {
  char buf[4096];
  while (stderr_fd_ >= 0) {
    pollfd p{stderr_fd_, POLLIN, 0};
    if (::poll(&p, 1, 30000) <= 0) throw std::runtime_error("siaran-searchd is silent: " + stderr_);
    ssize_t n = ::read(stderr_fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(stderr_fd_);
      stderr_fd_ = -1;
      return;
    }
    stderr_.append(buf, static_cast<size_t>(n));
    if (!until_eof) return;
  }
}

int Daemon::wait() {
  if (pid_ <= 0) return -1;
  read_stderr(true);
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  return exit_status(status);
}

}  // namespace siaran::searchd::testing
