// searchd::ListenAddress — the --listen HOST:PORT value: "127.0.0.1:8080", "0.0.0.0:80",
// "localhost:8080", "[::1]:8080", or ":8080" (all interfaces). Port 0 asks the kernel for a
// free port (tests); Server::port() tells which one it got.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace siaran::searchd {

struct ListenAddress {
  std::string host = "127.0.0.1";  // IPv6 without brackets
  uint16_t port = 8080;

  // Throws std::invalid_argument with a message fit for the command line.
  static ListenAddress parse(std::string_view text);
  std::string to_string() const;  // "127.0.0.1:8080", "[::1]:8080"
};

}  // namespace siaran::searchd
