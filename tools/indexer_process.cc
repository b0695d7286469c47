#include "tools/indexer_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace siaran::tools {
namespace {

// A temporary file removed when the object dies: where the child's output goes.
class ScratchFile {
 public:
  ScratchFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "siaran-eval-out-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("cannot create a temporary file: " + std::string(std::strerror(errno)));
    ::close(fd);
    path_ = pattern;
  }
  ~ScratchFile() {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string read() const {
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }

 private:
  std::filesystem::path path_;
};

std::string last_line(const std::string& text) {
  size_t end = text.find_last_not_of("\r\n");
  if (end == std::string::npos) return "";
  size_t start = text.find_last_of('\n', end);
  start = start == std::string::npos ? 0 : start + 1;
  std::string line = text.substr(start, end - start + 1);
  // A progress line on a terminal ends with carriage returns; keep what follows the last one.
  if (size_t cr = line.find_last_of('\r'); cr != std::string::npos) line.erase(0, cr + 1);
  return line;
}

}  // namespace

IndexerProcess::IndexerProcess(std::filesystem::path binary) : binary_(std::move(binary)) {
  if (::access(binary_.c_str(), X_OK) != 0) {
    throw std::runtime_error("the indexer " + binary_.string() + " is not an executable program (build siaran-index)");
  }
}

std::filesystem::path IndexerProcess::beside_this_program() {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return (ec ? std::filesystem::current_path() : self.parent_path()) / "siaran-index";
}

IndexerRun IndexerProcess::run(const std::vector<std::string>& args) const {
  return run_capturing(args, false, nullptr);
}

bool IndexerProcess::build_accepts(const std::string& option) const {
  std::string help;
  const IndexerRun run = run_capturing({"build", "--help"}, true, &help);
  if (run.exit_status != 0) throw std::runtime_error("`siaran-index build --help` failed: " + run.summary);
  for (size_t at = help.find(option); at != std::string::npos; at = help.find(option, at + 1)) {
    const size_t end = at + option.size();
    const bool whole = end == help.size() || !(std::isalnum(static_cast<unsigned char>(help[end])) || help[end] == '-');
    if (whole) return true;
  }
  return false;
}

IndexerRun IndexerProcess::run_capturing(const std::vector<std::string>& args, bool capture_stdout,
                                         std::string* out) const {
  ScratchFile err_file, out_file;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO,
                                   capture_stdout ? out_file.path().c_str() : "/dev/null", O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.path().c_str(), O_WRONLY | O_TRUNC, 0);

  std::vector<std::string> argv_strings{binary_.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, binary_.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + binary_.string() + ": " + std::strerror(spawned));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("waiting for " + binary_.string() + ": " + std::strerror(errno));
  }
  IndexerRun run;
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.messages = err_file.read();
  run.summary = last_line(run.messages);
  if (out) *out = out_file.read();
  return run;
}

std::vector<std::string> build_arguments(const std::filesystem::path& db, const std::string& stemmer,
                                         std::optional<bool> synonyms, const std::vector<std::string>& sources) {
  std::vector<std::string> args{"build", "--db", db.string(), "--stemmer", stemmer};
  if (synonyms && !*synonyms) {
    args.push_back("--synonyms");
    args.push_back("none");
  }
  args.insert(args.end(), sources.begin(), sources.end());
  return args;
}

}  // namespace siaran::tools
