#include "searchd/router.h"

#include <algorithm>
#include <stdexcept>

#include "searchd/api_error.h"

namespace siaran::searchd {

namespace {

bool is_param(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// "/a/b/c" -> {"a","b","c"}; "/" -> {}. Empty segments are kept ("/a//b" has three) so that such
// paths simply do not match instead of being silently collapsed.
std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> out;
  if (path.empty() || path.front() != '/') return {"\x01"};  // never matches a pattern
  path.remove_prefix(1);
  if (path.empty()) return out;
  size_t start = 0;
  while (true) {
    size_t slash = path.find('/', start);
    out.emplace_back(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

// Number of literal segments, for preferring "/a/fixed" over "/a/{param}".
size_t literal_count(const std::vector<std::string>& segments) {
  return static_cast<size_t>(std::count_if(segments.begin(), segments.end(),
                                           [](const std::string& s) { return !is_param(s); }));
}

bool segments_match(const std::vector<std::string>& pattern, const std::vector<std::string>& path) {
  if (pattern.size() != path.size()) return false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (is_param(pattern[i])) {
      if (path[i].empty()) return false;
    } else if (pattern[i] != path[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

void Router::add(Method method, std::string pattern, Handler handler) {
  if (pattern.empty() || pattern.front() != '/')
    throw std::invalid_argument("route pattern must start with '/': " + pattern);
  std::vector<std::string> segments = split_path(pattern);
  for (const std::string& s : segments) {
    if (s.empty())
      throw std::invalid_argument("route pattern has an empty segment: " + pattern);
    if (!is_param(s) && (s.find('{') != std::string::npos || s.find('}') != std::string::npos))
      throw std::invalid_argument("route parameter must be a whole segment: " + pattern);
  }
  for (const Entry& e : entries_)
    if (e.route.method == method && e.route.pattern == pattern)
      throw std::invalid_argument("route added twice: " + std::string(method_name(method)) + " " + pattern);
  entries_.push_back({Route{method, std::move(pattern), std::move(handler)}, std::move(segments)});
}

RouteMatch Router::match(Method method, std::string_view path) const {
  std::vector<std::string> parts = split_path(path);
  RouteMatch result;
  const Entry* best_path = nullptr;  // the most literal pattern matching the path
  const Entry* best_route = nullptr;
  for (const Entry& e : entries_) {
    if (!segments_match(e.segments, parts)) continue;
    if (!best_path || literal_count(e.segments) > literal_count(best_path->segments)) best_path = &e;
  }
  if (!best_path) return result;
  // The methods of the chosen pattern (several entries share a pattern, one per method).
  for (const Entry& e : entries_) {
    if (e.route.pattern != best_path->route.pattern) continue;
    result.allowed.push_back(e.route.method);
    if (e.route.method == method) best_route = &e;
  }
  result.pattern = best_path->route.pattern;
  for (size_t i = 0; i < best_path->segments.size(); ++i) {
    const std::string& s = best_path->segments[i];
    if (!is_param(s)) continue;
    std::string name = s.substr(1, s.size() - 2);
    result.params[name] = decode_component(parts[i], false, "path parameter " + quote_text(name));
  }
  if (best_route) result.route = &best_route->route;
  return result;
}

std::vector<std::pair<Method, std::string>> Router::routes() const {
  std::vector<std::pair<Method, std::string>> out;
  for (const Entry& e : entries_) out.emplace_back(e.route.method, e.route.pattern);
  return out;
}

}  // namespace siaran::searchd
