#include "searchd/routes.h"

namespace siaran::searchd {

void register_routes(Router& router, ApiHandlers& api, WebRoutes& web) {
  api.register_routes(router);
  web.register_routes(router);
}

bool is_api_route(std::string_view pattern) {
  return pattern.starts_with("/api/") || pattern == "/healthz" || pattern == "/metrics";
}

}  // namespace siaran::searchd
