// searchd::ApiError — an HTTP error a handler reports by throwing; the dispatcher turns it into
//   {"error": {"code": "<code>", "message": "<message>"}}
// with the status below and Content-Type application/json. Anything else a handler throws
// becomes a 500 "internal" answer (logged), so no error path can crash the daemon or leak a
// stack of Pistache's plain-text answers to API clients.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace siaran::searchd {

enum class ErrorKind {
  BadRequest,        // 400 bad_request
  NotFound,          // 404 not_found
  MethodNotAllowed,  // 405 method_not_allowed (the response carries an Allow header)
  PayloadTooLarge,   // 413 payload_too_large
  UriTooLong,        // 414 uri_too_long (request line over the limit)
  HeaderFieldsTooLarge,  // 431 header_fields_too_large (request head over the limit)
  Internal,          // 500 internal
  Unavailable,       // 503 unavailable (no index is live yet, or the server is shutting down)
};

int status_of(ErrorKind kind);
std::string_view code_of(ErrorKind kind);

class ApiError : public std::runtime_error {
 public:
  ApiError(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }
  int status() const { return status_of(kind_); }

 private:
  ErrorKind kind_;
};

struct BadRequest : ApiError {
  explicit BadRequest(const std::string& message) : ApiError(ErrorKind::BadRequest, message) {}
};
struct NotFound : ApiError {
  explicit NotFound(const std::string& message) : ApiError(ErrorKind::NotFound, message) {}
};
struct PayloadTooLarge : ApiError {
  explicit PayloadTooLarge(const std::string& message) : ApiError(ErrorKind::PayloadTooLarge, message) {}
};
struct Unavailable : ApiError {
  explicit Unavailable(const std::string& message) : ApiError(ErrorKind::Unavailable, message) {}
};

// The JSON error body: {"error":{"code":...,"message":...}}.
std::string error_body(ErrorKind kind, std::string_view message);

// `text` fit to quote inside an error message: in double quotes, control characters and bytes
// that are not valid UTF-8 shown as \xNN, cut after `max_bytes` with "...". Messages echo what
// the client sent so they can say which parameter was wrong, never to reflect arbitrary bytes.
std::string quote_text(std::string_view text, size_t max_bytes = 80);

}  // namespace siaran::searchd
