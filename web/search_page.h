// web::search_page — the journalists' search form (`/`) and its results (`/search`), rendered on
// the server so everything works with JavaScript off; web/assets' script only makes it smoother
// (results swapped in place, completions).
//
// Every value on these pages is escaped (web/html.h) except Hit::title_html / snippet_html, which
// the Searcher escaped already. The results region is the element with id "results"; the script
// swaps <main> as a whole, so a page fetched in place looks exactly like one loaded directly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "search/search_request.h"
#include "web/search_state.h"

namespace siaran::web {

struct HomeView {
  Lang lang = Lang::Id;
  unsigned long long documents = 0;               // archive size, shown when > 0
  std::optional<search::SearchResult> overview;   // newest releases + facets of the whole archive
};

// Home request for the overview: no query, newest first, `count` hits, every facet.
search::SearchRequest overview_request(unsigned count = 5);

// `/`: the form with the query-language hints open, and (when given) the newest releases and
// the archive's units, topics and years as entry points.
std::string render_home(const HomeView& view);

// `/search`: the form, the summary (total, time, page), "did you mean", active filter chips,
// sort links, the hits, paging and the facet sidebar; the empty state when nothing matched.
std::string render_results(const SearchState& state, const search::SearchResult& result);

// Any other failure a page must report (no index yet: 503; an unknown page: 404): heading and
// message in an alert, with a link back to the search form.
std::string render_error_page(Lang lang, std::string_view heading, std::string_view message);

// A query the Searcher refused (search::InvalidRequest, HTTP 400): the form with the query as
// typed, and the message in an alert, never a crash page.
std::string render_search_error(const SearchState& state, std::string_view message);

}  // namespace siaran::web
