// web::atom_feed — an Atom 1.0 feed (RFC 4287) of the newest releases matching a search, so a
// journalist can subscribe to a query (/feed?q=remisi&unit=...) and see new releases arrive.
#pragma once

#include <string>

#include "search/search_request.h"
#include "web/search_state.h"

namespace siaran::web {

inline constexpr unsigned kFeedEntries = 20;

// The request a feed runs: the state's query and filters, newest first, kFeedEntries hits.
search::SearchRequest feed_request(const SearchState& state);

struct FeedContext {
  std::string base_url;      // "http://host:port", no trailing slash: Atom ids and links are absolute
  std::string generated_at;  // RFC 3339 UTC, the feed's <updated> when no entry has a date
};

// The feed document (application/atom+xml). Entry ids are the releases' absolute /doc/ URLs,
// so they stay the same from one fetch to the next; every value is XML-escaped.
std::string render_atom_feed(const SearchState& state, const search::SearchResult& result, const FeedContext& context);

// "2022-11-05" -> "2022-11-05T00:00:00Z"; "2022-11-05T09:30:00" -> "2022-11-05T09:30:00Z";
// "" for anything else.
std::string rfc3339(const std::string& iso_date);

}  // namespace siaran::web
