#include "web/assets.h"

#include <cstdint>

namespace siaran::web {

// Defined in assets_css.cc and assets_js.cc (kept apart: they are long and not C++).
extern const std::string_view kStylesheetBody;
extern const std::string_view kScriptBody;

namespace {

std::string fnv1a_hex(std::string_view data) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xF];
  return out;
}

Asset make(std::string_view path, std::string_view type, std::string_view body) {
  return Asset{path, type, body, fnv1a_hex(body)};
}

}  // namespace

const Asset& stylesheet() {
  static const Asset asset = make("/static/siaran.css", "text/css; charset=utf-8", kStylesheetBody);
  return asset;
}

const Asset& script() {
  static const Asset asset =
      make("/static/siaran.js", "text/javascript; charset=utf-8", kScriptBody);
  return asset;
}

const Asset* find_asset(std::string_view path) {
  if (path == stylesheet().path) return &stylesheet();
  if (path == script().path) return &script();
  return nullptr;
}

std::string versioned_url(const Asset& asset) {
  return std::string(asset.path) + "?v=" + asset.version;
}

std::string_view cache_control(const Asset& asset, std::string_view requested) {
  if (requested == asset.version) return "public, max-age=31536000, immutable";
  return "public, max-age=300";
}

std::string etag(const Asset& asset) { return "\"" + asset.version + "\""; }

bool etag_matches(const Asset& asset, std::string_view if_none_match) {
  if (if_none_match == "*") return true;
  const std::string tag = etag(asset);
  // A comma-separated list, each maybe weak (W/"...").
  size_t pos = 0;
  while (pos < if_none_match.size()) {
    size_t end = if_none_match.find(',', pos);
    if (end == std::string_view::npos) end = if_none_match.size();
    std::string_view item = if_none_match.substr(pos, end - pos);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.starts_with("W/")) item.remove_prefix(2);
    if (item == tag) return true;
    pos = end + 1;
  }
  return false;
}

}  // namespace siaran::web
