// web::SearchState — everything a results page shows depends on, and nothing else. The URL holds
// the whole state (bookmarkable, shareable, the back button works), so every link on a page is
// search_url() of a state derived from the current one by one of the transitions below.
//
// Query parameters (the same names as the JSON API's GET /api/v1/search):
//   q, unit / topic / region (each repeatable: unit=A&unit=B), from, to (YYYY-MM-DD),
//   sort (relevance|newest|oldest; omitted for relevance), page (omitted for 1), per_page
//   (omitted for kResultsPerPage), lang (omitted for Indonesian). Parameters with their default value are left out, so equal states have
//   equal URLs.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search/search_request.h"
#include "web/i18n.h"

namespace siaran::web {

inline constexpr unsigned kResultsPerPage = 10;

struct SearchState {
  std::string q;
  std::vector<std::string> units;
  std::vector<std::string> topics;
  std::vector<std::string> regions;
  std::string from, to;
  search::SortOrder sort = search::SortOrder::Relevance;
  unsigned page = 1;
  unsigned per_page = kResultsPerPage;
  Lang lang = Lang::Id;

  bool has_filters() const {
    return !units.empty() || !topics.empty() || !regions.empty() || !from.empty() || !to.empty();
  }
  bool operator==(const SearchState&) const = default;

  // The request the results page runs (per_page hits, year/month/unit/topic/region facets,
  // snippets).
  search::SearchRequest to_request() const;
  static SearchState from_request(const search::SearchRequest& request, Lang lang);
};

std::string_view sort_param(search::SortOrder sort);  // "relevance" | "newest" | "oldest"

// The state as (name, value) pairs in a fixed order, defaults left out.
std::vector<std::pair<std::string, std::string>> query_params(const SearchState& state);

// "/search?q=remisi&unit=A&unit=B&lang=en"; "/search" for the default state.
std::string search_url(const SearchState& state);
// The Atom feed of the same search: "/feed?..." with q, unit, topic, from, to, lang (a feed is
// always newest first and has no pages).
std::string feed_url(const SearchState& state);
std::string home_url(Lang lang);                          // "/" or "/?lang=en"
std::string document_url(std::string_view id, Lang lang);  // "/doc/{id}" (+ "?lang=en")

// Transitions. Every one but with_page() returns to page 1: a changed filter or order changes
// which results page 3 would hold.
SearchState with_page(SearchState state, unsigned page);
SearchState with_sort(SearchState state, search::SortOrder sort);
SearchState with_lang(SearchState state, Lang lang);
SearchState with_unit_toggled(SearchState state, std::string_view unit);    // add, or remove if on
SearchState with_topic_toggled(SearchState state, std::string_view topic);
SearchState with_region_toggled(SearchState state, std::string_view region);
SearchState with_unit_added(SearchState state, std::string_view unit);      // no-op if already on
SearchState without_unit(SearchState state, std::string_view unit);
SearchState without_topic(SearchState state, std::string_view topic);
SearchState without_region(SearchState state, std::string_view region);
SearchState without_dates(SearchState state);
SearchState without_filters(SearchState state);  // keeps q, sort and lang

// Year and month facet values ("2022", "2022-11") map onto the from/to range: toggling one sets
// the range to that whole year or month, or clears the range when it is exactly that already.
bool year_selected(const SearchState& state, std::string_view year);
bool month_selected(const SearchState& state, std::string_view month);
SearchState with_year_toggled(SearchState state, std::string_view year);
SearchState with_month_toggled(SearchState state, std::string_view month);

}  // namespace siaran::web
