// A tiny blocking HTTP/1.1 client for the searchd tests: real sockets, nothing clever, so the
// tests see exactly what a client on the wire sees (status, headers, bytes of the body).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace siaran::searchd::testing {

struct HttpResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;

  std::optional<std::string> header(std::string_view lower_case_name) const;
};

// One TCP connection to 127.0.0.1:port. Throws std::runtime_error on socket errors and on a
// connection closed before a whole response arrived.
class HttpConnection {
 public:
  explicit HttpConnection(uint16_t port, std::chrono::milliseconds timeout = std::chrono::seconds(30));
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  void send_raw(std::string_view bytes);
  // Reads one response (Content-Length framed, as searchd answers).
  HttpResponse read_response();
  // True once the server closed its side and everything sent was read.
  bool closed_by_server();

  HttpResponse request(std::string_view method, std::string_view target, std::string_view body = {},
                       const std::vector<std::pair<std::string, std::string>>& headers = {});

 private:
  bool fill();  // reads more into buffer_; false at EOF
  int fd_ = -1;
  std::string buffer_;
};

// One request on a fresh connection (Connection: close).
HttpResponse http_request(uint16_t port, std::string_view method, std::string_view target, std::string_view body = {},
                          const std::vector<std::pair<std::string, std::string>>& headers = {});
inline HttpResponse http_get(uint16_t port, std::string_view target) { return http_request(port, "GET", target); }

// Whether something accepts connections on 127.0.0.1:port.
bool port_open(uint16_t port);

}  // namespace siaran::searchd::testing
