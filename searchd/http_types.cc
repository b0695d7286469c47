#include "searchd/http_types.h"

#include <algorithm>
#include <cctype>

namespace siaran::searchd {

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::string_view method_name(Method method) {
  switch (method) {
    case Method::Get: return "GET";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Patch: return "PATCH";
    case Method::Delete: return "DELETE";
    case Method::Options: return "OPTIONS";
    case Method::Head: return "HEAD";
    case Method::Other: return "OTHER";
  }
  return "OTHER";
}

Method method_from_name(std::string_view name) {
  for (Method m : {Method::Get, Method::Post, Method::Put, Method::Patch, Method::Delete, Method::Options,
                   Method::Head})
    if (method_name(m) == name) return m;
  return Method::Other;
}

std::string_view ApiRequest::path() const {
  std::string_view t = target;
  return t.substr(0, t.find('?'));
}

std::string_view ApiRequest::raw_query() const {
  std::string_view t = target;
  size_t q = t.find('?');
  return q == std::string_view::npos ? std::string_view() : t.substr(q + 1);
}

std::optional<std::string_view> ApiRequest::header(std::string_view lower_case_name) const {
  for (const auto& [name, value] : headers)
    if (name == lower_case_name) return value;
  return std::nullopt;
}

const std::string& ApiRequest::param(const std::string& name) const { return params.at(name); }

void ApiResponse::set_header(std::string name, std::string value) {
  for (auto& [n, v] : headers) {
    if (equal_ignoring_case(n, name)) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string_view> ApiResponse::header(std::string_view name) const {
  if (equal_ignoring_case(name, "content-type")) return content_type;
  for (const auto& [n, v] : headers)
    if (equal_ignoring_case(n, name)) return v;
  return std::nullopt;
}

ApiResponse ApiResponse::json(std::string body, int status) {
  ApiResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

ApiResponse ApiResponse::text(std::string body, std::string content_type, int status) {
  ApiResponse r;
  r.status = status;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  return r;
}

}  // namespace siaran::searchd
