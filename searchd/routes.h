// searchd::register_routes — every route the daemon serves, registered in one place, so the
// OpenAPI test (tests/searchd/openapi_test.cc) sees the same table the server uses.
//
//   JSON API, health and metrics     searchd/api_handlers.h   (described in searchd/openapi.json)
//   web form: /, /search, /doc/{id}, /feed, /static/...
//                                    searchd/web_routes.h     (HTML for people, rendered by web/;
//                                                              not part of the OpenAPI document)
#pragma once

#include "searchd/api_handlers.h"
#include "searchd/router.h"
#include "searchd/web_routes.h"

namespace siaran::searchd {

void register_routes(Router& router, ApiHandlers& api, WebRoutes& web);

// Whether `pattern` belongs to the machine-readable API (and so to openapi.json).
bool is_api_route(std::string_view pattern);

}  // namespace siaran::searchd
