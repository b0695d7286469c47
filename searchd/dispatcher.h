// searchd::Dispatcher — everything that happens to every request, whatever its route:
//   1. route lookup: unknown path -> 404, known path with another method -> 405 + Allow,
//      OPTIONS -> 204 with Allow (and the CORS preflight headers when the origin is allowed);
//   2. the request body limit -> 413;
//   3. query string and path parameters decoded once (searchd/query_string.h) -> 400 if malformed;
//   4. the handler, with errors mapped to JSON: ApiError -> its status, search::InvalidRequest ->
//      400, anything else -> 500 "internal" (logged with the request; the daemon carries on);
//   5. CORS headers, metrics (by route pattern) and the request log line.
// handle() never throws. It runs on the worker thread that read the request, which then writes
// the answer itself (Pistache's ResponseWriter is not safe to hand to another thread).
#pragma once

#include <chrono>
#include <string_view>

#include "searchd/api_error.h"
#include "searchd/cors.h"
#include "searchd/http_types.h"
#include "searchd/metrics.h"
#include "searchd/request_log.h"
#include "searchd/router.h"

namespace siaran::searchd {

inline constexpr size_t kDefaultMaxBodyBytes = 64 * 1024;

class Dispatcher {
 public:
  Dispatcher(const Router& router, const CorsPolicy& cors, Metrics& metrics, const RequestLog& log,
             size_t max_body_bytes = kDefaultMaxBodyBytes);

  ApiResponse handle(ApiRequest& request) const;

  // An answer for a request that never got as far as routing (malformed HTTP, over the size
  // limit, arriving during shutdown): the JSON error, counted and logged like any other.
  ApiResponse reject(const ApiRequest& request, ErrorKind kind, std::string_view message) const;

  size_t max_body_bytes() const { return max_body_bytes_; }

 private:
  ApiResponse route(ApiRequest& request, std::string& label) const;
  void finish(const ApiRequest& request, ApiResponse& response, std::string_view label,
              std::chrono::steady_clock::time_point started) const;

  const Router& router_;
  const CorsPolicy& cors_;
  Metrics& metrics_;
  const RequestLog& log_;
  size_t max_body_bytes_;
};

// The JSON error response for `kind`.
ApiResponse error_response(ErrorKind kind, std::string_view message);

}  // namespace siaran::searchd
