#include "searchd/admin_reindex.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <stdexcept>

#include "searchd/utc_clock.h"

extern char** environ;

namespace siaran::searchd {

namespace {

void keep_tail(std::string& tail, const char* data, size_t n) {
  tail.append(data, n);
  if (tail.size() > kOutputTailBytes) tail.erase(0, tail.size() - kOutputTailBytes);
}

// Frees the posix_spawn attribute objects on every path out.
struct SpawnSetup {
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  SpawnSetup() {
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attributes);
  }
  ~SpawnSetup() {
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
  }
};

}  // namespace

std::string_view state_name(ReindexStatus::State state) {
  switch (state) {
    case ReindexStatus::State::Idle: return "idle";
    case ReindexStatus::State::Running: return "running";
    case ReindexStatus::State::Succeeded: return "succeeded";
    case ReindexStatus::State::Failed: return "failed";
  }
  return "idle";
}

ReindexRunner::ReindexRunner(std::vector<std::string> argv, std::chrono::milliseconds stop_grace)
    : argv_(std::move(argv)), stop_grace_(stop_grace) {
  if (argv_.empty() || argv_.front().empty()) throw std::invalid_argument("--reindex-command is empty");
}

ReindexRunner::~ReindexRunner() {
  pid_t group = -1;
  {
    std::lock_guard lock(mutex_);
    group = pid_;
  }
  if (group > 0) {
    ::kill(-group, SIGTERM);
    // A command that ignores SIGTERM must not keep the daemon from stopping.
    if (!wait_finished(stop_grace_)) ::kill(-group, SIGKILL);
  }
  if (watcher_.joinable()) watcher_.join();
}

bool ReindexRunner::start() {
  std::lock_guard lock(mutex_);
  if (status_.state == ReindexStatus::State::Running) return false;
  if (watcher_.joinable()) watcher_.join();  // the previous run's watcher has finished its work

  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  SpawnSetup setup;
  posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&setup.actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&setup.actions, pipe_fds[1], STDERR_FILENO);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (int s : {SIGTERM, SIGINT, SIGPIPE, SIGHUP}) sigaddset(&defaults, s);
  posix_spawnattr_setsigmask(&setup.attributes, &none);
  posix_spawnattr_setsigdefault(&setup.attributes, &defaults);
  posix_spawnattr_setpgroup(&setup.attributes, 0);
  posix_spawnattr_setflags(&setup.attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

  std::vector<char*> args;
  for (const std::string& a : argv_) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  int rc = ::posix_spawnp(&pid, args[0], &setup.actions, &setup.attributes, args.data(), environ);
  ::close(pipe_fds[1]);

  const unsigned runs = status_.runs + 1;
  status_ = ReindexStatus{};
  status_.state = ReindexStatus::State::Running;
  status_.runs = runs;
  status_.started_at = utc_now_iso8601();
  if (rc != 0) {
    ::close(pipe_fds[0]);
    std::string reason = "cannot run " + argv_.front() + ": " + std::strerror(rc);
    status_.state = ReindexStatus::State::Failed;
    status_.finished_at = status_.started_at;
    status_.output_tail = reason;
    throw std::runtime_error(reason);
  }
  pid_ = pid;
  watcher_ = std::thread(&ReindexRunner::watch, this, pid, pipe_fds[0]);
  return true;
}

// Collects the command's output until it has exited. The exit is noticed by waitpid, not by the
// end of the output: a process the command left behind may hold the pipe open for long.
void ReindexRunner::watch(pid_t pid, int output_fd) {
  char buffer[4096];
  int wait_status = 0;
  bool exited = false;
  while (!exited) {
    pollfd p{output_fd, POLLIN, 0};
    if (::poll(&p, 1, 100) > 0) {
      ssize_t n = ::read(output_fd, buffer, sizeof buffer);
      if (n > 0) {
        std::lock_guard lock(mutex_);
        keep_tail(status_.output_tail, buffer, static_cast<size_t>(n));
        continue;
      }
      if (n == 0) {  // every writer closed the pipe: wait for the exit itself
        pid_t r;
        while ((r = ::waitpid(pid, &wait_status, 0)) < 0 && errno == EINTR) {
        }
        exited = true;
        continue;
      }
    }
    pid_t r = ::waitpid(pid, &wait_status, WNOHANG);
    if (r == pid || (r < 0 && errno != EINTR)) exited = true;
  }
  // What it wrote just before exiting, without waiting for stragglers holding the pipe.
  ::fcntl(output_fd, F_SETFL, O_NONBLOCK);
  for (ssize_t n; (n = ::read(output_fd, buffer, sizeof buffer)) > 0;) {
    std::lock_guard lock(mutex_);
    keep_tail(status_.output_tail, buffer, static_cast<size_t>(n));
  }
  ::close(output_fd);
  finish(wait_status);
}

void ReindexRunner::finish(int wait_status) {
  std::lock_guard lock(mutex_);
  pid_ = -1;
  status_.finished_at = utc_now_iso8601();
  if (WIFEXITED(wait_status)) status_.exit_status = WEXITSTATUS(wait_status);
  if (WIFSIGNALED(wait_status)) status_.signal = WTERMSIG(wait_status);
  status_.state = status_.exit_status == 0 ? ReindexStatus::State::Succeeded : ReindexStatus::State::Failed;
}

ReindexStatus ReindexRunner::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}

bool ReindexRunner::wait_finished(std::chrono::milliseconds timeout) const {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (status().state == ReindexStatus::State::Running) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

std::vector<std::string> split_command(std::string_view command) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (size_t i = 0; i < command.size(); ++i) {
    char c = command[i];
    if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (c == '\\' && i + 1 < command.size()) {
      word += command[++i];
    } else if (c == '\'' || c == '"') {
      const char quote = c;
      size_t j = i + 1;
      for (; j < command.size() && command[j] != quote; ++j) {
        if (quote == '"' && command[j] == '\\' && j + 1 < command.size() &&
            (command[j + 1] == '"' || command[j + 1] == '\\'))
          ++j;
        word += command[j];
      }
      if (j >= command.size()) throw std::invalid_argument("--reindex-command: unterminated " + std::string(1, quote));
      i = j;
    } else {
      word += c;
    }
  }
  if (in_word) words.push_back(std::move(word));
  if (words.empty()) throw std::invalid_argument("--reindex-command is empty");
  return words;
}

}  // namespace siaran::searchd
