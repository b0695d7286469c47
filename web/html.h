// web::html — the escaping every rendered value goes through, and URL encoding.
//
// Rule of the web renderers: a value from a document, a request or the index is written with
// escape_html() (text and double-quoted attributes alike) or, in a URL, url_encode(). The only
// HTML inserted as is comes from search::Hit::title_html / snippet_html, which the Searcher has
// already escaped (it adds nothing but <mark>).
#pragma once

#include <string>
#include <string_view>

namespace siaran::web {

// & < > " ' as entities; safe in element text and in "double-quoted" attribute values. C0
// control characters other than tab, LF and CR are dropped and malformed UTF-8 becomes U+FFFD,
// so the output is also well-formed XML 1.0 text (escape_xml is the same function).
std::string escape_html(std::string_view text);
inline std::string escape_xml(std::string_view text) { return escape_html(text); }

// Percent-encoding for a query-string key or value: unreserved characters (A-Z a-z 0-9 - . _ ~)
// stay, a space becomes '+', every other byte %XX (upper-case hex), as a browser submits a form.
std::string url_encode(std::string_view text);

// Percent-encoding for one path segment (/doc/{id}): like url_encode but a space is %20.
std::string url_encode_path_segment(std::string_view text);

// `url` when it is an absolute http(s) URL that is safe to put in href; "" otherwise (a stored
// "javascript:..." link must never become clickable).
std::string safe_href(std::string_view url);

}  // namespace siaran::web
