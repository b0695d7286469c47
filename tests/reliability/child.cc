#include "tests/reliability/child.h"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace siaran::reliability {

namespace {

int wait_status_to_code(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

// Between fork and exec only async-signal-safe calls: report a failure by exit code 127 after
// writing a fixed message.
[[noreturn]] void child_fail(const char* what) {
  [[maybe_unused]] ssize_t n = ::write(STDERR_FILENO, what, std::strlen(what));
  ::_exit(127);
}

}  // namespace

std::filesystem::path index_binary() { return siaran::testing::bin_dir() / "siaran-index"; }
std::filesystem::path searchd_binary() { return siaran::testing::bin_dir() / "siaran-searchd"; }

Child::Child(const std::vector<std::string>& argv, ChildOptions options) {
  const std::string output_path = (io_.path() / "output").string();
  int output_fd = ::open(output_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (output_fd < 0) throw std::runtime_error("cannot create " + output_path);
  int stdin_fds[2] = {-1, -1};
  if (options.stdin_pipe && ::pipe2(stdin_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid_ == 0) {
    int in = options.stdin_pipe ? stdin_fds[0] : ::open("/dev/null", O_RDONLY);
    if (in < 0 || ::dup2(in, STDIN_FILENO) < 0) child_fail("child: stdin\n");
    if (::dup2(output_fd, STDOUT_FILENO) < 0 || ::dup2(output_fd, STDERR_FILENO) < 0) child_fail("child: dup2\n");
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::signal(SIGPIPE, SIG_DFL);
    if (options.file_size_limit) {
      ::signal(SIGXFSZ, SIG_IGN);  // inherited through exec: EFBIG instead of death
      rlimit limit{*options.file_size_limit, *options.file_size_limit};
      if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) child_fail("child: setrlimit\n");
    }
    if (options.uid) {
      if (::setgroups(0, nullptr) != 0) child_fail("child: setgroups\n");
      if (options.gid && ::setresgid(*options.gid, *options.gid, *options.gid) != 0) child_fail("child: setgid\n");
      if (::setresuid(*options.uid, *options.uid, *options.uid) != 0) child_fail("child: setuid\n");
    }
    ::execv(args[0], args.data());
    child_fail("child: exec failed\n");
  }
  ::close(output_fd);
  if (options.stdin_pipe) {
    ::close(stdin_fds[0]);
    stdin_fd_ = stdin_fds[1];
  }
}

Child::~Child() {
  close_stdin();
  if (pid_ > 0 && status_ < 0) {
    ::kill(pid_, SIGKILL);
    wait();
  }
}

void Child::kill(int signal_number) const {
  if (pid_ > 0 && status_ < 0) ::kill(pid_, signal_number);
}

void Child::write_stdin(const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(stdin_fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw std::runtime_error(std::string("write to child: ") + std::strerror(errno));
    done += static_cast<size_t>(n);
  }
}

void Child::close_stdin() {
  if (stdin_fd_ >= 0) ::close(stdin_fd_);
  stdin_fd_ = -1;
}

int Child::wait() {
  if (status_ >= 0 || pid_ <= 0) return status_;
  int raw = 0;
  while (::waitpid(pid_, &raw, 0) < 0 && errno == EINTR) {
  }
  status_ = wait_status_to_code(raw);
  return status_;
}

bool Child::running() {
  if (status_ >= 0 || pid_ <= 0) return false;
  int raw = 0;
  pid_t r = ::waitpid(pid_, &raw, WNOHANG);
  if (r == pid_) status_ = wait_status_to_code(raw);
  return status_ < 0;
}

std::string Child::output() const {
  std::ifstream in(io_.path() / "output", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

RunResult run(const std::vector<std::string>& argv, ChildOptions options) {
  Child child(argv, options);
  RunResult result;
  result.status = child.wait();
  result.output = child.output();
  return result;
}

}  // namespace siaran::reliability
