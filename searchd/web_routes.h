// searchd::WebRoutes — the journalists' web form, served by the daemon itself (no separate web
// server, nothing to build for the browser):
//   GET /                   the search form, newest releases, browse by unit/topic/year
//   GET /search?q=&unit=... results (the same parameters as GET /api/v1/search, plus lang=en)
//   GET /doc/{id}           one release with related releases
//   GET /feed?q=&unit=...   Atom feed of the newest matches
//   GET /static/siaran.css, /static/siaran.js   the embedded stylesheet and script
//
// Thin like the API handlers: the Dispatcher has already decoded the query string
// (searchd/query_string.h), searchd/request_parsing.h turns it into a search::SearchRequest, this
// thread's Searcher answers, and web/ renders. Unlike the API, failures are answered as HTML pages
// (a refused query is the form again with the message, status 400), never as JSON.
#pragma once

#include "searchd/http_types.h"
#include "searchd/router.h"
#include "searchd/searcher_pool.h"

namespace siaran::searchd {

class WebRoutes {
 public:
  explicit WebRoutes(SearcherPool& searchers);

  void register_routes(Router& router);

  ApiResponse home(const ApiRequest& request);
  ApiResponse search(const ApiRequest& request);
  ApiResponse document(const ApiRequest& request);
  ApiResponse feed(const ApiRequest& request);
  ApiResponse asset(const ApiRequest& request);

 private:
  SearcherPool& searchers_;
};

}  // namespace siaran::searchd
