// index::DatabaseDir — the on-disk home of one archive index (`--db DIR`), built so that a reader
// never sees a half-built index:
//
//   DIR/XAPIANDB          Xapian stub file: "auto generations/gen-000007". Xapian opens DIR
//                         through it, so Xapian::Database("DIR") is always the live generation.
//   DIR/generations/gen-N a complete Xapian (glass) database.
//   DIR/lock              flock()ed by the one writer (build, update, delete).
//
// A build writes gen-(N+1) aside, commits it, then replaces the stub with rename(2) — atomic, so
// readers see the old or the new generation, never a mix. Readers (searchd) notice the swap by
// live_generation() changing and reopen. The previous generation is kept for readers that still
// have it open; older ones are removed.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace siaran::index {

class DatabaseDir {
 public:
  explicit DatabaseDir(std::filesystem::path dir);

  const std::filesystem::path& path() const { return dir_; }

  // Creates DIR (and its parents) if missing. Refuses (std::runtime_error) a folder that holds
  // other files and none of an index's (XAPIANDB, generations/, lock): `--db ~` by mistake must
  // not scatter an index over someone's home folder.
  void prepare() const;

  // Name of the live generation ("gen-000007"), or "" when no index has been built yet. Cheap:
  // one small file read; searchd calls it about once a second. Throws std::runtime_error when
  // DIR/XAPIANDB exists but is not a stub this class wrote.
  std::string live_generation() const;
  std::filesystem::path live_path() const;  // DIR/generations/<live>; throws if none

  // A fresh, empty generation directory for a new build (not yet live).
  std::filesystem::path new_generation_path() const;

  // Makes `generation` (a path from new_generation_path(), fully committed and closed) live
  // atomically, then removes generations older than the previous live one.
  void publish(const std::filesystem::path& generation) const;

  // Removes a generation that was never published (a failed build). Never throws; refuses to
  // touch the live generation or anything outside DIR/generations.
  void discard(const std::filesystem::path& generation) const noexcept;

  // Names of the generation folders present ("gen-000006", "gen-000007"), oldest first.
  std::vector<std::string> generations() const;

  // Removes generations newer than the live one: builds that died (SIGKILL, power loss) before
  // publishing. Only the writer-lock holder may call it, when no build of its own has begun —
  // WriterLock does, so killed builds never pile up on disk until one succeeds. Never throws;
  // returns how many it removed.
  size_t remove_abandoned() const noexcept;

 private:
  std::filesystem::path dir_;
};

// An exclusive writer lock on DIR/lock (flock), held for the object's lifetime; the holder's pid
// is written into the file for the message others get. Throws WriterBusy ("another siaran-index
// is writing DIR (pid N)") when another process (or another WriterLock) holds it, and
// std::runtime_error when DIR cannot be created or the lock file cannot be opened. The lock dies
// with its process, so a crashed writer never leaves DIR locked; what a crashed build left in
// DIR/generations is removed as the lock is taken (DatabaseDir::remove_abandoned).
class WriterLock {
 public:
  explicit WriterLock(const DatabaseDir& dir);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  int fd_ = -1;
};

struct WriterBusy : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace siaran::index
