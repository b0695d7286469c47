#include "index/shard_layout.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace siaran::index {
namespace fs = std::filesystem;
namespace {

constexpr const char* kTables = "tables";
constexpr const char* kStubFile = "XAPIANDB";
constexpr std::string_view kShardPrefix = "shard-";

// Writes `text` to `path` through a synced temporary file and rename(2): a reader (Xapian opening
// the stub, xapian-tcpsrv accepting a connection) sees the old content or the new, never a part.
void replace_file(const fs::path& path, const std::string& text) {
  const fs::path temporary = path.string() + ".tmp";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot create " + temporary.string() + ": " + std::strerror(errno));
  size_t done = 0;
  bool ok = true;
  while (ok && done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  ok = ok && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!ok || ::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(ok ? errno : saved);
    ::unlink(temporary.c_str());
    throw std::runtime_error("cannot write " + path.string() + ": " + reason);
  }
}

// "shard-007" -> 7; -1 for any other name.
long shard_number(const std::string& name) {
  if (!name.starts_with(kShardPrefix) || name.size() == kShardPrefix.size()) return -1;
  long n = 0;
  for (char c : name.substr(kShardPrefix.size())) {
    if (c < '0' || c > '9' || n > 100000) return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

ShardLayout::ShardLayout(fs::path generation) : generation_(std::move(generation)) {}

std::string ShardLayout::shard_name(unsigned shard) {
  char name[32];
  std::snprintf(name, sizeof name, "shard-%03u", shard);
  return name;
}

bool ShardLayout::is_sharded(const fs::path& generation) {
  std::error_code ec;
  return fs::is_directory(generation / kTables, ec);
}

fs::path ShardLayout::tables_path() const { return generation_ / kTables; }

fs::path ShardLayout::shard_path(unsigned shard) const { return generation_ / shard_name(shard); }

unsigned ShardLayout::shards_on_disk() const {
  unsigned n = 0;
  std::error_code ec;
  while (fs::is_directory(shard_path(n), ec)) ++n;
  return n;
}

void ShardLayout::write_stub(unsigned count) const {
  std::string text = std::string("auto ") + kTables + "\n";
  for (unsigned k = 0; k < count; ++k) text += "auto " + shard_name(k) + "\n";
  replace_file(generation_ / kStubFile, text);
}

unsigned live_shard_count(const DatabaseDir& dir) {
  if (dir.live_generation().empty()) return 0;
  const ShardLayout layout(dir.live_path());
  if (!ShardLayout::is_sharded(layout.generation())) return 1;
  return layout.shards_on_disk();
}

void publish_shard_stubs(const DatabaseDir& dir, unsigned count) {
  const std::string live = count > 0 ? dir.live_generation() : std::string();
  for (unsigned k = 0; k < count; ++k) {
    const std::string name = ShardLayout::shard_name(k);
    replace_file(dir.path() / name, "auto generations/" + live + "/" + name + "\n");
  }
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir.path(), ec)) {
    const long n = shard_number(entry.path().filename().string());
    if (n >= static_cast<long>(count) && entry.is_regular_file(ec)) fs::remove(entry.path(), ec);
  }
}

}  // namespace siaran::index
