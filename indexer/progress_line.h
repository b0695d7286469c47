// indexer::ProgressLine — one self-overwriting status line on stderr while records stream in:
//   "\r12345 records, 2104/s, file corpus/sample/releases/2024-....txt"
// Only when stderr is a terminal (never in logs or pipes), redrawn at most five times a second.
// Anything else written to stderr while it shows must go through print() so the line is cleared
// first and redrawn after.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace siaran::indexer {

class ProgressLine {
 public:
  // `enabled` false: every call is a no-op except print(). Use stderr_is_terminal() to decide.
  explicit ProgressLine(bool enabled);
  ~ProgressLine();

  static bool stderr_is_terminal();

  void tick(size_t records, const std::string& file);
  // Writes `line` (plus a newline) to stderr without mangling the progress line.
  void print(const std::string& line);
  // Removes the line for good (before the summary).
  void finish();

 private:
  void clear();
  void draw();

  bool enabled_;
  bool shown_ = false;
  size_t records_ = 0;
  std::string file_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// "1.3" (seconds, one decimal) for summary lines.
std::string seconds_since(std::chrono::steady_clock::time_point start);

}  // namespace siaran::indexer
