// searchd::json_encoder — the JSON bodies of the API, one function per answer, RapidJSON writing
// UTF-8 straight from the search structs. Empty optional fields (url, date, unit, region, topic,
// author, source, place) are written as null, so a client tests for absence one way.
//
// Hit objects (search hits and similar releases alike):
//   {"id","title","title_html","url","date","date_inferred","unit","unit_inferred","region",
//    "topic","topic_inferred","score","snippet"}
// title_html and snippet are HTML already escaped by the Searcher with matches in <mark>; every
// other string is plain text the client must escape itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/document.h"
#include "search/search_request.h"
#include "search/searcher.h"

namespace siaran::searchd {

// {"query","total","total_exact","page","per_page","took_ms","hits":[...],
//  "facets":{"year":[{"value","count"}],...},"facets_exact","suggestion","partial","missing_shards"}
// partial/missing_shards: searching shards with some down (search/shard_set.h); false and [] otherwise.
std::string encode_search_result(const search::SearchResult& result);

// Every corpus::Document field, body included.
std::string encode_document(const corpus::Document& doc);

// {"id","hits":[...]}
std::string encode_similar(std::string_view id, const std::vector<search::Hit>& hits);

// {"query","suggestions":[...]}
std::string encode_suggestions(std::string_view query, const std::vector<std::string>& suggestions);

// {"status":"ok","documents","generation","built_at","age_seconds","stemmer"}
std::string encode_health(const search::IndexInfo& info, std::optional<double> age_seconds);

}  // namespace siaran::searchd
