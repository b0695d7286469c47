// bench::QueryMix — the benchmark's queries (bench/queries.txt: URL query strings of
// /api/v1/search) as search::SearchRequests, so the in-process timer asks exactly what the HTTP
// load asks.
#pragma once

#include <string>
#include <vector>

#include "search/search_request.h"

namespace siaran::bench {

struct MixQuery {
  std::string line;  // as written in the file
  search::SearchRequest request;
};

// Reads the file; '#' lines and blank lines are skipped. Throws std::runtime_error naming the
// file and line of a parameter it does not know.
std::vector<MixQuery> read_query_mix(const std::string& path);

std::string url_decode(const std::string& text);

}  // namespace siaran::bench
