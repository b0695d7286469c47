#include "searchd/cors.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace siaran::searchd {

namespace {

// scheme "://" host [":" port], nothing after: the serialisation of an origin (RFC 6454).
bool looks_like_origin(std::string_view origin) {
  size_t sep = origin.find("://");
  if (sep == std::string_view::npos || sep == 0) return false;
  for (char c : origin.substr(0, sep))
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  std::string_view rest = origin.substr(sep + 3);
  if (rest.empty()) return false;
  for (char c : rest)
    if (c == '/' || c == '?' || c == '#' || c == ' ' || static_cast<unsigned char>(c) < 0x21) return false;
  return true;
}

}  // namespace

CorsPolicy::CorsPolicy(std::vector<std::string> origins) {
  for (std::string& origin : origins) {
    if (origin == "*") {
      any_ = true;
      continue;
    }
    while (!origin.empty() && origin.back() == '/') origin.pop_back();  // "https://x.id/" is a common slip
    if (!looks_like_origin(origin))
      throw std::invalid_argument("--cors-origin " + origin +
                                  ": expected '*' or scheme://host[:port], e.g. https://portal.example.go.id");
    origins_.push_back(std::move(origin));
  }
}

std::optional<std::string> CorsPolicy::allow_origin(std::optional<std::string_view> origin) const {
  if (!origin) return std::nullopt;
  if (any_) return std::string("*");
  if (std::find(origins_.begin(), origins_.end(), *origin) != origins_.end()) return std::string(*origin);
  return std::nullopt;
}

void CorsPolicy::decorate(const ApiRequest& request, ApiResponse& response) const {
  if (!enabled()) return;
  if (!any_) response.set_header("Vary", "Origin");
  if (auto allowed = allow_origin(request.header("origin")))
    response.set_header("Access-Control-Allow-Origin", *allowed);
}

ApiResponse CorsPolicy::preflight(const ApiRequest& request, const std::vector<Method>& allowed) const {
  ApiResponse response;
  response.status = 204;
  response.content_type.clear();
  std::vector<Method> with_options = allowed;
  if (std::find(with_options.begin(), with_options.end(), Method::Options) == with_options.end())
    with_options.push_back(Method::Options);
  response.set_header("Allow", allow_header(with_options));
  decorate(request, response);
  if (response.header("Access-Control-Allow-Origin")) {
    response.set_header("Access-Control-Allow-Methods", "GET, POST");
    response.set_header("Access-Control-Allow-Headers", "Content-Type");
    response.set_header("Access-Control-Max-Age", "600");
  }
  return response;
}

std::string allow_header(const std::vector<Method>& methods) {
  std::string out;
  for (Method m : methods) {
    if (!out.empty()) out += ", ";
    out += method_name(m);
  }
  return out;
}

}  // namespace siaran::searchd
