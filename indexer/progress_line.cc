#include "indexer/progress_line.h"

#include <unistd.h>

#include <cstdio>

namespace siaran::indexer {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kRedrawInterval = std::chrono::milliseconds(200);

}  // namespace

ProgressLine::ProgressLine(bool enabled) : enabled_(enabled), start_(Clock::now()), last_draw_(start_) {}

ProgressLine::~ProgressLine() { finish(); }

bool ProgressLine::stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void ProgressLine::tick(size_t records, const std::string& file) {
  if (!enabled_) return;
  records_ = records;
  if (file != file_) file_ = file;
  const Clock::time_point now = Clock::now();
  if (now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  draw();
}

void ProgressLine::draw() {
  const double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(records_) / elapsed : 0.0;
  // ESC[K clears what a longer earlier line left behind.
  std::fprintf(stderr, "\r\033[K%zu records, %.0f/s, file %s", records_, rate, file_.c_str());
  std::fflush(stderr);
  shown_ = true;
}

void ProgressLine::clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  shown_ = false;
}

void ProgressLine::print(const std::string& line) {
  const bool was_shown = shown_;
  clear();
  std::fprintf(stderr, "%s\n", line.c_str());
  if (was_shown) draw();
  std::fflush(stderr);
}

void ProgressLine::finish() {
  clear();
  std::fflush(stderr);
  enabled_ = false;
}

std::string seconds_since(std::chrono::steady_clock::time_point start) {
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", seconds);
  return text;
}

}  // namespace siaran::indexer
