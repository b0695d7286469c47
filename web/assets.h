// web::assets — the stylesheet and the script of the web form, compiled into the daemon (archives
// run offline: no CDN, no external fonts, nothing to install beside the binary).
//
// Pages link them by versioned URL ("/static/siaran.css?v=1a2b3c4d5e6f7a8b"), so a browser may
// cache that URL for a year and a new build is fetched at once; the route answers any ?v= with
// the current file, cached briefly unless the version matches.
#pragma once

#include <string>
#include <string_view>

namespace siaran::web {

struct Asset {
  std::string_view path;          // "/static/siaran.css"
  std::string_view content_type;  // "text/css; charset=utf-8"
  std::string_view body;
  std::string version;            // a hash of body, 16 hex digits
};

// The asset served at `path` (no query string), or nullptr.
const Asset* find_asset(std::string_view path);

const Asset& stylesheet();
const Asset& script();

// path + "?v=" + version.
std::string versioned_url(const Asset& asset);

// The Cache-Control value for a request that asked for version `requested` ("" when none):
// a year and immutable when it is the current version, five minutes otherwise.
std::string_view cache_control(const Asset& asset, std::string_view requested);

// The ETag (quoted version) and whether an If-None-Match header value matches it.
std::string etag(const Asset& asset);
bool etag_matches(const Asset& asset, std::string_view if_none_match);

}  // namespace siaran::web
