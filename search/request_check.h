// search::check_request — a SearchRequest validated and turned into the pieces a search needs.
// Every rule a reader can break is checked here, before any index work, and reported as
// InvalidRequest with a message that says what to send instead.
#pragma once

#include <vector>

#include <xapian.h>

#include "search/facets.h"
#include "search/search_request.h"

namespace siaran::search {

inline constexpr unsigned kMaxPerPage = 100;
// Deepest result a request may page to (page * per_page): deep paging costs the same as asking
// for that many results at once, and nobody reads past it; narrow the query instead.
inline constexpr unsigned kMaxResultDepth = 10000;
// Totals are exact up to this many matches (Enquire's check_at_least), Xapian's estimate beyond
// (total_exact = false). Counting every match stops Xapian's early termination: at 100k releases
// check_at_least = 10,000 cost 9.9 ms a query against 2.6 ms without (docs/performance-history.md); a
// reader needs "about 12,400" beyond the first pages, not an exact figure. When facets are
// counted on the main match it looks as far as FacetLimits::sample anyway, and totals stay
// exact that far.
inline constexpr unsigned kExactTotalUpTo = 1000;

struct CheckedRequest {
  Xapian::Query dates;                   // from/to as a kDateSlot range; empty Query when neither
  FacetSelection selection;              // units, topics, regions
  std::vector<const FacetSpec*> facets;  // requested, in order, without repeats
};

// Throws InvalidRequest: page < 1; per_page outside 1..100; page * per_page > 10000; from/to not
// a real YYYY-MM-DD date, or from after to; an unknown facet name; over 50 values in one filter.
CheckedRequest check_request(const SearchRequest& request);

}  // namespace siaran::search
