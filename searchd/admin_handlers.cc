#include "searchd/admin_handlers.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <stdexcept>

#include "searchd/api_error.h"
#include "searchd/request_parsing.h"

namespace siaran::searchd {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void string(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void string_or_null(JsonWriter& w, std::string_view s) {
  if (s.empty()) {
    w.Null();
  } else {
    string(w, s);
  }
}

void int_or_null(JsonWriter& w, const std::optional<int>& n) {
  if (n) {
    w.Int(*n);
  } else {
    w.Null();
  }
}

// The API's error shape ({"error":{"code","message"}}) for the statuses only the admin API uses.
ApiResponse admin_error(int status, std::string_view code, std::string_view message) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("code");
  string(w, code);
  w.Key("message");
  string(w, message);
  w.EndObject();
  w.EndObject();
  return ApiResponse::json({buffer.GetString(), buffer.GetSize()}, status);
}

// Admin answers describe this server's state right now: never cached by anything on the way.
ApiResponse no_store(ApiResponse response) {
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace

std::string encode_reindex_status(const ReindexStatus& status) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("state");
  string(w, state_name(status.state));
  w.Key("runs");
  w.Uint(status.runs);
  w.Key("started_at");
  string_or_null(w, status.started_at);
  w.Key("finished_at");
  string_or_null(w, status.finished_at);
  w.Key("exit_status");
  int_or_null(w, status.exit_status);
  w.Key("signal");
  int_or_null(w, status.signal);
  w.Key("output_tail");
  string(w, status.output_tail);
  w.Key("status_url");
  string(w, kAdminReindexPath);
  w.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

AdminHandlers::AdminHandlers(AdminConfig config) : config_(std::move(config)) {
  if (config_.token && config_.reindex_command.empty())
    throw std::invalid_argument("--admin-token-file needs --reindex-command (the admin API's only action)");
  if (!config_.token && !config_.reindex_command.empty())
    throw std::invalid_argument("--reindex-command needs --admin-token-file (the admin API is off without a token)");
  if (config_.token) runner_ = std::make_unique<ReindexRunner>(config_.reindex_command);
}

void AdminHandlers::register_routes(Router& router) {
  router.add(Method::Post, kAdminReindexPath, [this](const ApiRequest& r) { return start_reindex(r); });
  router.add(Method::Get, kAdminReindexPath, [this](const ApiRequest& r) { return reindex_status(r); });
}

std::optional<ApiResponse> AdminHandlers::refusal(const ApiRequest& request) const {
  // Off: the very answer the dispatcher gives a path it does not know.
  if (!config_.token)
    throw NotFound("no such path: " + quote_text(request.path(), 200) + " (see /api/v1/openapi.json)");
  std::optional<std::string_view> header = request.header("authorization");
  std::optional<std::string_view> presented = header ? bearer_credentials(*header) : std::nullopt;
  if (!presented) {
    ApiResponse r = admin_error(401, "unauthorized", "the admin API needs the header Authorization: Bearer <token>");
    r.set_header("WWW-Authenticate", "Bearer realm=\"siaran-admin\"");
    return no_store(std::move(r));
  }
  if (!config_.token->matches(*presented))
    return no_store(admin_error(403, "forbidden", "the bearer token is not this server's admin token"));
  return std::nullopt;
}

ApiResponse AdminHandlers::start_reindex(const ApiRequest& request) {
  if (auto refused = refusal(request)) return *refused;
  require_known_parameters(request.query, {});
  bool started = false;
  try {
    started = runner_->start();
  } catch (const std::runtime_error& e) {
    return no_store(admin_error(500, "internal", e.what()));
  }
  ReindexStatus status = runner_->status();
  if (!started)
    return no_store(admin_error(409, "conflict",
                                "a reindex is already running (started " + status.started_at + "); see GET " +
                                    kAdminReindexPath));
  ApiResponse response = ApiResponse::json(encode_reindex_status(status), 202);
  response.set_header("Location", kAdminReindexPath);
  return no_store(std::move(response));
}

ApiResponse AdminHandlers::reindex_status(const ApiRequest& request) {
  if (auto refused = refusal(request)) return *refused;
  require_known_parameters(request.query, {});
  return no_store(ApiResponse::json(encode_reindex_status(runner_->status())));
}

}  // namespace siaran::searchd
