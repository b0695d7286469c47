// searchd::AdminHandlers — the one state-changing part of the HTTP API, off unless the operator
// turns it on (`--admin-token-file PATH --reindex-command "..."`):
//
//   POST /api/v1/admin/reindex   starts the reindex command; 202 Accepted with the run's status
//                                and Location: /api/v1/admin/reindex; 409 while one is running
//   GET  /api/v1/admin/reindex   the status of the current or last run (searchd/admin_reindex.h)
//
// Both need "Authorization: Bearer <token>": none (or another scheme) is 401 with
// WWW-Authenticate, a wrong token 403; the comparison takes constant time
// (searchd/admin_token.h). The request log shows method, path and status only, never headers,
// so the token is not logged. When the admin API is off, GET and POST answer what an unknown
// path does (404) whatever the headers, so a scanner learns nothing about tokens from them. The
// routes are registered either way, so the route table and openapi.json agree.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "searchd/admin_reindex.h"
#include "searchd/admin_token.h"
#include "searchd/http_types.h"
#include "searchd/router.h"

namespace siaran::searchd {

inline constexpr const char* kAdminReindexPath = "/api/v1/admin/reindex";

struct AdminConfig {
  std::optional<AdminToken> token;          // unset: the admin API is off
  std::vector<std::string> reindex_command;  // argv; required when the token is set
};

class AdminHandlers {
 public:
  // Throws std::invalid_argument for a token without a command, or a command without a token.
  explicit AdminHandlers(AdminConfig config);

  void register_routes(Router& router);
  bool enabled() const { return config_.token.has_value(); }

  ApiResponse start_reindex(const ApiRequest& request);
  ApiResponse reindex_status(const ApiRequest& request);

 private:
  // The refusal for a request that may not use the admin API (404, 401 or 403); nullopt when it may.
  std::optional<ApiResponse> refusal(const ApiRequest& request) const;

  AdminConfig config_;
  std::unique_ptr<ReindexRunner> runner_;
};

// {"state","runs","started_at","finished_at","exit_status","signal","output_tail","status_url"}
std::string encode_reindex_status(const ReindexStatus& status);

}  // namespace siaran::searchd
