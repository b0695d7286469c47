#include "searchd/listen_address.h"

#include <charconv>
#include <stdexcept>

namespace siaran::searchd {

ListenAddress ListenAddress::parse(std::string_view text) {
  auto bad = [&](const std::string& why) {
    return std::invalid_argument("--listen " + std::string(text) + ": " + why +
                                 " (expected HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080)");
  };
  ListenAddress address;
  std::string_view port;
  if (!text.empty() && text.front() == '[') {
    size_t close = text.find(']');
    if (close == std::string_view::npos) throw bad("unclosed '['");
    address.host = std::string(text.substr(1, close - 1));
    if (address.host.empty()) throw bad("empty IPv6 address");
    if (close + 1 >= text.size() || text[close + 1] != ':') throw bad("no port after ']'");
    port = text.substr(close + 2);
  } else {
    size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) throw bad("no port");
    if (text.substr(0, colon).find(':') != std::string_view::npos) throw bad("put an IPv6 address in brackets");
    address.host = colon == 0 ? "0.0.0.0" : std::string(text.substr(0, colon));
    port = text.substr(colon + 1);
  }
  unsigned value = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value > 65535)
    throw bad("port must be a number from 0 to 65535");
  address.port = static_cast<uint16_t>(value);
  return address;
}

std::string ListenAddress::to_string() const {
  bool v6 = host.find(':') != std::string::npos;
  return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

}  // namespace siaran::searchd
