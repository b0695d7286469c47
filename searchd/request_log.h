// searchd::RequestLog — one line per answered request, to stderr by default:
//   2025-03-09T10:15:02Z GET /api/v1/search?q=remisi 200 4.1ms
// The target is logged as sent (still percent-encoded, so one line stays one line), cut at 200
// bytes; control bytes are shown as \xNN. One write per line: lines from different worker
// threads never interleave. Cheap enough to leave on in production.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace siaran::searchd {

class RequestLog {
 public:
  explicit RequestLog(std::FILE* out = stderr) : out_(out) {}  // nullptr: logging off

  void request(std::string_view method, std::string_view target, int status, double seconds) const;
  // A problem worth an operator's attention (a handler threw, an index failed to reopen).
  void error(std::string_view message) const;

  // The request line as logged (without the timestamp), for tests.
  static std::string format(std::string_view method, std::string_view target, int status, double seconds);

 private:
  void write(const std::string& line) const;
  std::FILE* out_;
};

}  // namespace siaran::searchd
