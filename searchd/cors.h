// searchd::CorsPolicy — which web origins may call the API from a browser (--cors-origin).
//
// Default: none (no Access-Control-* headers at all; same-origin pages and non-browser clients
// are unaffected). "*" allows every origin. Otherwise a request whose Origin header equals one of
// the configured origins gets it echoed back in Access-Control-Allow-Origin, with
// "Vary: Origin" so shared caches keep answers for different origins apart.
//
// Preflight (OPTIONS with Access-Control-Request-Method) on any existing route is answered 204
// with Access-Control-Allow-Methods "GET, POST", Access-Control-Allow-Headers "Content-Type" and
// a Max-Age, when the origin is allowed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "searchd/http_types.h"

namespace siaran::searchd {

class CorsPolicy {
 public:
  CorsPolicy() = default;
  // Each origin is "*" or scheme://host[:port] without a path (what browsers send in Origin).
  // Throws std::invalid_argument for anything else, so a typo fails at startup.
  explicit CorsPolicy(std::vector<std::string> origins);

  bool enabled() const { return any_ || !origins_.empty(); }

  // Access-Control-Allow-Origin for a request carrying `origin`; std::nullopt when not allowed
  // (or when the request has no Origin header: it is not a cross-origin browser request).
  std::optional<std::string> allow_origin(std::optional<std::string_view> origin) const;

  // Adds the headers an actual (non-preflight) response needs.
  void decorate(const ApiRequest& request, ApiResponse& response) const;

  // The answer to an OPTIONS request on a path taking `allowed` methods.
  ApiResponse preflight(const ApiRequest& request, const std::vector<Method>& allowed) const;

 private:
  bool any_ = false;
  std::vector<std::string> origins_;
};

// "GET, POST, OPTIONS" — for Allow headers.
std::string allow_header(const std::vector<Method>& methods);

}  // namespace siaran::searchd
