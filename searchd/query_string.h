// searchd::QueryString — the one place where a URL's query string is decoded.
//
// Pistache 0.0.5 hands query parameters over undecoded ('+' and %XX left as typed) and keeps only
// the first value of a repeated key, so the server reads the raw request target itself and every
// handler sees parameters through this class:
//   * '&' separates pairs, the first '=' separates key from value ("a=b=c" -> a: "b=c"), a pair
//     without '=' has an empty value, empty pairs ("a=1&&b=2") are skipped;
//   * '+' is a space and %XX a byte, in keys and values alike (application/x-www-form-urlencoded,
//     what browsers send from forms);
//   * repeated keys are all kept, in order (unit=A&unit=B);
//   * a '%' not followed by two hex digits, or a decoded key/value that is not valid UTF-8 (or
//     holds a NUL), is a BadRequest naming the parameter — never silently mangled.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace siaran::searchd {

// Decodes %XX escapes (and '+' as a space when `plus_is_space`). Throws BadRequest
// (searchd/api_error.h) for a malformed escape; `what` names the thing being decoded.
std::string percent_decode(std::string_view text, bool plus_is_space, std::string_view what);

// percent_decode, then the result must be text: valid UTF-8 without NUL bytes (BadRequest
// otherwise). What every query parameter and path parameter goes through.
std::string decode_component(std::string_view text, bool plus_is_space, std::string_view what);

// Encodes everything but RFC 3986 unreserved characters; spaces become %20.
std::string percent_encode(std::string_view text);

class QueryString {
 public:
  using Pair = std::pair<std::string, std::string>;

  QueryString() = default;
  // `raw` is what follows '?' in the request target, without the '?' (a '#fragment' is dropped).
  static QueryString parse(std::string_view raw);

  const std::vector<Pair>& pairs() const { return pairs_; }
  bool empty() const { return pairs_.empty(); }
  bool has(std::string_view key) const;
  size_t count(std::string_view key) const;
  // Every value of `key`, in order of appearance.
  std::vector<std::string> values(std::string_view key) const;
  // The value of `key` when it appears exactly once; std::nullopt when absent. Throws BadRequest
  // when it is repeated: a single-valued parameter given twice is ambiguous, not "first wins".
  std::optional<std::string> single(std::string_view key) const;
  // Keys in order of first appearance, without repeats.
  std::vector<std::string> keys() const;

  void add(std::string key, std::string value) { pairs_.emplace_back(std::move(key), std::move(value)); }

 private:
  std::vector<Pair> pairs_;
};

}  // namespace siaran::searchd
