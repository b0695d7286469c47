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

namespace siaran::index {

class DatabaseDir {
 public:
  explicit DatabaseDir(std::filesystem::path dir);

  const std::filesystem::path& path() const { return dir_; }

  // Name of the live generation ("gen-000007"), or "" when no index has been built yet. Cheap:
  // one small file read; searchd calls it about once a second.
  std::string live_generation() const;
  std::filesystem::path live_path() const;  // DIR/generations/<live>; throws if none

  // A fresh, empty generation directory for a new build (not yet live).
  std::filesystem::path new_generation_path() const;

  // Makes `generation` (a path from new_generation_path(), fully committed and closed) live
  // atomically, then removes generations older than the previous live one.
  void publish(const std::filesystem::path& generation) const;

  // Removes a generation that was never published (a failed build).
  void discard(const std::filesystem::path& generation) const;

 private:
  std::filesystem::path dir_;
};

// An exclusive writer lock on DIR/lock, held for the object's lifetime. Throws
// WriterBusy ("another siaran-index is writing DIR (pid N)") when another process holds it.
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
