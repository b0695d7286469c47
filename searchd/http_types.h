// searchd::ApiRequest / ApiResponse — one HTTP exchange as the handlers see it, independent of
// Pistache: the server fills an ApiRequest from the wire (raw target included, so the query string
// is decoded by searchd/query_string.h and nowhere else) and writes the ApiResponse back. Handlers,
// router and dispatcher are plain functions of these structs and are tested without sockets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "searchd/query_string.h"

namespace siaran::searchd {

enum class Method { Get, Post, Put, Patch, Delete, Options, Head, Other };

std::string_view method_name(Method method);  // "GET", ...; "OTHER" for Other
Method method_from_name(std::string_view name);

struct ApiRequest {
  Method method = Method::Get;
  std::string target;  // request target as sent: "/api/v1/search?q=remisi+lebaran"
  // Header names lower-cased; values as sent.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  // Filled by the dispatcher once the route is known.
  QueryString query;                          // decoded query string
  std::map<std::string, std::string> params;  // decoded path parameters: {id} -> "abc"
  std::string route;                          // the matched route pattern, e.g. "/api/v1/documents/{id}"

  std::string_view path() const;       // target up to '?', undecoded
  std::string_view raw_query() const;  // target after '?', "" when none
  std::optional<std::string_view> header(std::string_view lower_case_name) const;
  const std::string& param(const std::string& name) const;  // throws std::out_of_range
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type/Length

  void set_header(std::string name, std::string value);
  std::optional<std::string_view> header(std::string_view name) const;  // case-insensitive

  static ApiResponse json(std::string body, int status = 200);
  static ApiResponse text(std::string body, std::string content_type, int status = 200);
};

}  // namespace siaran::searchd
