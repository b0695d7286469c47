// searchd::ApiHandlers — the JSON API, /healthz and /metrics. Each handler is thin: decode and
// validate the HTTP request (searchd/request_parsing.h), call this thread's Searcher
// (searchd/searcher_pool.h), encode the answer (searchd/json_encoder.h). Errors are thrown
// (searchd/api_error.h, search::InvalidRequest) and turned into JSON by the Dispatcher.
#pragma once

#include "searchd/http_types.h"
#include "searchd/metrics.h"
#include "searchd/router.h"
#include "searchd/searcher_pool.h"

namespace siaran::searchd {

inline constexpr unsigned kDefaultSimilar = 5;
inline constexpr unsigned kDefaultCompletions = 8;
inline constexpr size_t kMaxSuggestQueryBytes = 256;  // a prefix being typed, not a document

class ApiHandlers {
 public:
  ApiHandlers(SearcherPool& searchers, const Metrics& metrics);

  // GET and POST /api/v1/search, GET /api/v1/documents/{id}, /api/v1/documents/{id}/similar,
  // /api/v1/suggest, /api/v1/openapi.json, /healthz, /metrics.
  void register_routes(Router& router);

  ApiResponse search_get(const ApiRequest& request);
  ApiResponse search_post(const ApiRequest& request);
  ApiResponse document(const ApiRequest& request);
  ApiResponse similar(const ApiRequest& request);
  ApiResponse suggest(const ApiRequest& request);
  ApiResponse openapi(const ApiRequest& request);
  ApiResponse healthz(const ApiRequest& request);
  ApiResponse metrics(const ApiRequest& request);

 private:
  ApiResponse run_search(const search::SearchRequest& request);

  SearcherPool& searchers_;
  const Metrics& metrics_;
};

// "lokakarya keh" + "kehumasan" -> "lokakarya kehumasan": the word being typed (the trailing run
// of letters and digits) replaced by a completion. Returns "" when `query` does not end in a word.
std::string complete_last_word(std::string_view query, std::string_view completion);

}  // namespace siaran::searchd
