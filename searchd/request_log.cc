#include "searchd/request_log.h"

#include <ctime>

#include "searchd/utc_clock.h"

namespace siaran::searchd {

namespace {

constexpr size_t kMaxTargetBytes = 200;

void append_printable(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x21 || c >= 0x7F) {  // the target is ASCII on the wire; anything else is shown escaped
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += ch;
    }
  }
}

}  // namespace

std::string RequestLog::format(std::string_view method, std::string_view target, int status, double seconds) {
  std::string line;
  append_printable(line, method.substr(0, 16));
  line += ' ';
  append_printable(line, target.substr(0, kMaxTargetBytes));
  if (target.size() > kMaxTargetBytes) line += "...";
  line += ' ';
  line += std::to_string(status);
  char ms[32];
  std::snprintf(ms, sizeof ms, " %.1fms", seconds * 1000.0);
  line += ms;
  return line;
}

void RequestLog::request(std::string_view method, std::string_view target, int status, double seconds) const {
  if (!out_) return;
  write(utc_now_iso8601() + " " + format(method, target, status, seconds) + "\n");
}

void RequestLog::error(std::string_view message) const {
  if (!out_) return;
  write(utc_now_iso8601() + " error: " + std::string(message) + "\n");
}

void RequestLog::write(const std::string& line) const {
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fflush(out_);
}

}  // namespace siaran::searchd
