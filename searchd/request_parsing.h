// searchd::request_parsing — HTTP parameters to search::SearchRequest, with every mistake a client
// can make reported as BadRequest (400) naming the parameter:
//
// GET /api/v1/search?q=&page=&per_page=&sort=&from=&to=&unit=&topic=&region=&facets=
//   q          the query language (search/query_syntax.h)
//   page       whole number >= 1 (default 1)         per_page  whole number 1..100 (default 10)
//   sort       relevance | newest | oldest             from, to  YYYY-MM-DD, inclusive
//   unit, topic, region   repeatable: unit=A&unit=B (OR within one, AND across them)
//   facets     comma list of year, month, unit, topic, region; default year,month,unit,topic;
//              empty (facets=) for none
// An empty value counts as not given (a web form submits its empty fields), except facets=.
// Unknown parameters and a single-valued parameter given twice are refused, never ignored: a
// typo like "per-page" should not silently return the default.
//
// POST /api/v1/search with a JSON object of the same names: numbers for page/per_page, strings
// for q/sort/from/to, arrays of strings (or one string) for unit/topic/region/facets; null means
// not given. Unknown keys are refused.
//
// Range and format rules the Searcher owns (per_page <= 100, real dates, from <= to, facet
// names, query length) are checked by search::check_request, whose InvalidRequest is a 400 too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/search_request.h"
#include "searchd/query_string.h"

namespace siaran::searchd {

search::SearchRequest search_request_from_query(const QueryString& query);
search::SearchRequest search_request_from_json(std::string_view body);

// A whole number in [min, max] for parameter `name` ("page must be a whole number ...").
unsigned parse_unsigned(std::string_view name, std::string_view text, unsigned min, unsigned max);

// Refuses any key of `query` not in `allowed`, naming it and listing what is accepted.
void require_known_parameters(const QueryString& query, const std::vector<std::string_view>& allowed);

search::SortOrder parse_sort(std::string_view text);
std::string_view sort_name(search::SortOrder sort);

}  // namespace siaran::searchd
