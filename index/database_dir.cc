#include "index/database_dir.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <utility>

namespace siaran::index {
namespace fs = std::filesystem;
namespace {

constexpr const char* kStubFile = "XAPIANDB";
constexpr const char* kGenerationsFolder = "generations";
constexpr const char* kLockFile = "lock";
constexpr std::string_view kGenerationPrefix = "gen-";

std::string system_error(const std::string& what, const fs::path& path) {
  return what + " " + path.string() + ": " + std::strerror(errno);
}

// "gen-000007" -> 7; 0 for anything else (generation numbers start at 1).
unsigned long generation_number(const std::string& name) {
  if (!name.starts_with(kGenerationPrefix) || name.size() == kGenerationPrefix.size()) return 0;
  unsigned long n = 0;
  for (char c : name.substr(kGenerationPrefix.size())) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + static_cast<unsigned long>(c - '0');
  }
  return n;
}

std::string generation_name(unsigned long n) {
  char name[32];
  std::snprintf(name, sizeof name, "gen-%06lu", n);
  return name;
}

// An fd closed on every path out.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

void write_all(int fd, const std::string& text, const fs::path& path) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw std::runtime_error(system_error("cannot write", path));
    done += static_cast<size_t>(n);
  }
}

// rename(2) is atomic, but only durable once the folder holding the name is synced.
void sync_folder(const fs::path& folder) {
  Fd fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0 || ::fsync(fd.get()) != 0) throw std::runtime_error(system_error("cannot sync", folder));
}

}  // namespace

DatabaseDir::DatabaseDir(fs::path dir) : dir_(std::move(dir)) {}

void DatabaseDir::prepare() const {
  std::error_code ec;
  if (fs::is_directory(dir_, ec)) {
    bool empty = fs::is_empty(dir_, ec);
    bool ours = fs::exists(dir_ / kStubFile, ec) || fs::exists(dir_ / kGenerationsFolder, ec) ||
                fs::exists(dir_ / kLockFile, ec);
    if (!empty && !ours) {
      throw std::runtime_error(dir_.string() +
                               " is not an index folder (it holds other files and no XAPIANDB); "
                               "give --db a new or empty folder");
    }
    return;
  }
  if (fs::exists(dir_, ec)) throw std::runtime_error(dir_.string() + " exists and is not a folder");
  fs::create_directories(dir_, ec);
  if (ec) throw std::runtime_error("cannot create " + dir_.string() + ": " + ec.message());
}

std::string DatabaseDir::live_generation() const {
  std::ifstream in(dir_ / kStubFile, std::ios::binary);
  if (!in) return "";
  std::string line;
  std::getline(in, line);
  constexpr std::string_view kExpected = "auto generations/";
  if (line.starts_with(kExpected)) {
    std::string name = line.substr(kExpected.size());
    if (generation_number(name) > 0) return name;
  }
  throw std::runtime_error((dir_ / kStubFile).string() + " does not name a generation (\"" + line +
                           "\"); was it written by siaran-index?");
}

fs::path DatabaseDir::live_path() const {
  const std::string live = live_generation();
  if (live.empty()) throw std::runtime_error("no index in " + dir_.string() + " yet");
  return dir_ / kGenerationsFolder / live;
}

std::vector<std::string> DatabaseDir::generations() const {
  std::vector<std::pair<unsigned long, std::string>> found;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir_ / kGenerationsFolder, ec)) {
    std::string name = entry.path().filename().string();
    if (unsigned long n = generation_number(name); n > 0) found.emplace_back(n, std::move(name));
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> names;
  for (auto& [n, name] : found) names.push_back(std::move(name));
  return names;
}

fs::path DatabaseDir::new_generation_path() const {
  const fs::path folder = dir_ / kGenerationsFolder;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw std::runtime_error("cannot create " + folder.string() + ": " + ec.message());
  unsigned long next = generation_number(live_generation());
  for (const std::string& name : generations()) next = std::max(next, generation_number(name));
  // mkdir fails on an existing name, so two calls never hand out the same folder.
  for (++next;; ++next) {
    fs::path path = folder / generation_name(next);
    if (::mkdir(path.c_str(), 0755) == 0) return path;
    if (errno != EEXIST) throw std::runtime_error(system_error("cannot create", path));
  }
}

void DatabaseDir::publish(const fs::path& generation) const {
  const std::string name = generation.filename().string();
  if (generation_number(name) == 0 || !fs::is_directory(dir_ / kGenerationsFolder / name)) {
    throw std::invalid_argument(generation.string() + " is not a generation of " + dir_.string());
  }
  const std::string previous = live_generation();

  // Write the new stub aside, make it durable, then rename it over the old one: a reader opening
  // DIR sees the old generation or the new, and a crash leaves one of them live.
  const fs::path stub = dir_ / kStubFile;
  const fs::path temporary = dir_ / (std::string(kStubFile) + ".tmp");
  {
    Fd fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0) throw std::runtime_error(system_error("cannot create", temporary));
    write_all(fd.get(), "auto " + std::string(kGenerationsFolder) + "/" + name + "\n", temporary);
    if (::fsync(fd.get()) != 0) throw std::runtime_error(system_error("cannot sync", temporary));
  }
  if (::rename(temporary.c_str(), stub.c_str()) != 0) {
    throw std::runtime_error(system_error("cannot replace", stub));
  }
  sync_folder(dir_);

  // Keep the new and the previous generation (searchd may still be reading it); everything else
  // is older, or a build that died before publishing.
  for (const std::string& old : generations()) {
    if (old == name || old == previous) continue;
    std::error_code ec;
    fs::remove_all(dir_ / kGenerationsFolder / old, ec);  // best effort: the next publish retries
  }
}

void DatabaseDir::discard(const fs::path& generation) const noexcept {
  try {
    const std::string name = generation.filename().string();
    if (generation_number(name) == 0 || generation.parent_path() != dir_ / kGenerationsFolder) return;
    if (name == live_generation()) return;
    std::error_code ec;
    fs::remove_all(generation, ec);
  } catch (...) {
    // A broken stub: leave the folder for the next publish to clean.
  }
}

size_t DatabaseDir::remove_abandoned() const noexcept {
  size_t removed = 0;
  try {
    const unsigned long live = generation_number(live_generation());
    for (const std::string& name : generations()) {
      if (generation_number(name) <= live) continue;
      std::error_code ec;
      if (fs::remove_all(dir_ / kGenerationsFolder / name, ec) > 0 && !ec) ++removed;
    }
  } catch (...) {
    // A broken stub: nothing is known to be abandoned; publish cleans up later.
  }
  return removed;
}

// WriterLock -------------------------------------------------------------------------------------

WriterLock::WriterLock(const DatabaseDir& dir) {
  dir.prepare();
  const fs::path path = dir.path() / kLockFile;
  Fd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (fd.get() < 0) throw std::runtime_error(system_error("cannot open", path));
  if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) throw std::runtime_error(system_error("cannot lock", path));
    char buffer[32] = {};
    ssize_t n = ::pread(fd.get(), buffer, sizeof buffer - 1, 0);
    std::string pid = n > 0 ? std::string(buffer, static_cast<size_t>(n)) : "";
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    throw WriterBusy("another siaran-index is writing " + dir.path().string() +
                     (pid.empty() ? std::string() : " (pid " + pid + ")") + "; try again when it has finished");
  }
  // The pid is only for the message above; the flock is the lock.
  if (::ftruncate(fd.get(), 0) == 0) {
    const std::string pid = std::to_string(::getpid()) + "\n";
    [[maybe_unused]] ssize_t n = ::pwrite(fd.get(), pid.data(), pid.size(), 0);
  }
  fd_ = fd.release();
  dir.remove_abandoned();
}

WriterLock::~WriterLock() {
  if (fd_ < 0) return;
  [[maybe_unused]] int ignored = ::ftruncate(fd_, 0);
  ::close(fd_);  // releases the flock
}

}  // namespace siaran::index
