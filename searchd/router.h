// searchd::Router — which handler answers a method and a path.
//
// Patterns are paths whose segments are literal or a parameter in braces, the same spelling as
// OpenAPI's paths (so the OpenAPI test can compare them as strings):
//   "/api/v1/documents/{id}/similar"
// A parameter matches one non-empty segment; the path is split on '/' BEFORE decoding, so an id
// holding "%2F" stays one segment, then each parameter is percent-decoded ('+' stays a '+' in a
// path) and must be UTF-8. A literal segment wins over a parameter when both could match.
//
// match() distinguishes "no such path" (404) from "path exists, not with this method" (405, and
// the methods it does take for the Allow header). The route pattern, never the raw path, is what
// metrics and logs label a request with, so their cardinality stays bounded.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "searchd/http_types.h"

namespace siaran::searchd {

using Handler = std::function<ApiResponse(const ApiRequest&)>;

struct Route {
  Method method;
  std::string pattern;
  Handler handler;
};

struct RouteMatch {
  const Route* route = nullptr;               // set when path and method match
  std::string pattern;                        // the path's pattern when the path matched at all
  std::map<std::string, std::string> params;  // decoded path parameters
  std::vector<Method> allowed;                // methods the path takes (when it matched at all)

  bool path_found() const { return !pattern.empty(); }
};

class Router {
 public:
  // Throws std::invalid_argument for a malformed pattern or a (method, pattern) added twice.
  void add(Method method, std::string pattern, Handler handler);

  // `path` is the raw path of the request target (no query). Throws BadRequest when a path
  // parameter is badly percent-encoded or not UTF-8.
  RouteMatch match(Method method, std::string_view path) const;

  // Every (method, pattern), in the order added.
  std::vector<std::pair<Method, std::string>> routes() const;

 private:
  struct Entry {
    Route route;
    std::vector<std::string> segments;
  };
  std::vector<Entry> entries_;
};

}  // namespace siaran::searchd
