// The pieces the search pages are assembled from (web/search_page.cc). Internal to web/: each
// returns trusted HTML built from escaped values.
#pragma once

#include <string>

#include "search/search_request.h"
#include "web/search_state.h"

namespace siaran::web::parts {

// The search box form (q echoed, the other state kept in hidden inputs) and the query-language
// hints, open when `hints_open`. With `label_is_heading` (the home page) the box's label is the
// page's <h1>.
std::string search_form(const SearchState& state, bool hints_open, bool label_is_heading = false);

// Hidden inputs carrying every part of `state` except q and page (for the forms of a page).
std::string hidden_state_inputs(const SearchState& state, bool include_q, bool include_dates);

// The sidebar: date range form, then year, month, unit and topic facets as toggle links. With
// `browse` (the home page) it is headed "browse the archive" and has no date form.
std::string facet_sidebar(const SearchState& state, const search::SearchResult& result, bool browse = false);

// Active filters as removable chips, and "clear all"; "" without filters.
std::string filter_chips(const SearchState& state);

// Relevance / newest / oldest as links.
std::string sort_links(const SearchState& state);

// "Did you mean …" linking to the suggested query; "" without a suggestion.
std::string suggestion(const SearchState& state, const search::SearchResult& result);

// The ordered list of hits.
std::string hit_list(const SearchState& state, const search::SearchResult& result);

// Previous / numbers / next; "" when everything fits on one page.
std::string pagination(const SearchState& state, const search::SearchResult& result);

// The empty state: what was searched, and tips to find something.
std::string empty_state(const SearchState& state, const search::SearchResult& result);

// Number of result pages a reader can reach (at least 1; no deeper than the Searcher pages).
unsigned page_count(const search::SearchResult& result);

// A date as <time datetime=...>, with the "date inferred" note when `inferred`.
std::string date_html(const std::string& iso, bool inferred, Lang lang);

}  // namespace siaran::web::parts
