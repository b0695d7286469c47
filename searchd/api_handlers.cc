#include "searchd/api_handlers.h"

#include "search/request_check.h"
#include "searchd/api_error.h"
#include "searchd/json_encoder.h"
#include "searchd/openapi.h"
#include "searchd/request_parsing.h"

namespace siaran::searchd {

namespace {

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

size_t last_word_start(std::string_view query) {
  size_t start = query.size();
  while (start > 0 && is_word_byte(query[start - 1])) --start;
  return start;
}

std::optional<IndexGauges> gauges(SearcherPool& searchers) {
  try {
    search::IndexInfo info = searchers.local().info();
    return IndexGauges{info.documents, seconds_since(info.built_at), info.generation, info.stemmer};
  } catch (const Unavailable&) {
    return std::nullopt;
  }
}

}  // namespace

std::string complete_last_word(std::string_view query, std::string_view completion) {
  size_t start = last_word_start(query);
  if (start == query.size()) return {};
  return std::string(query.substr(0, start)) + std::string(completion);
}

ApiHandlers::ApiHandlers(SearcherPool& searchers, const Metrics& metrics) : searchers_(searchers), metrics_(metrics) {}

void ApiHandlers::register_routes(Router& router) {
  auto bind = [this](ApiResponse (ApiHandlers::*fn)(const ApiRequest&)) {
    return [this, fn](const ApiRequest& r) { return (this->*fn)(r); };
  };
  router.add(Method::Get, "/api/v1/search", bind(&ApiHandlers::search_get));
  router.add(Method::Post, "/api/v1/search", bind(&ApiHandlers::search_post));
  router.add(Method::Get, "/api/v1/documents/{id}", bind(&ApiHandlers::document));
  router.add(Method::Get, "/api/v1/documents/{id}/similar", bind(&ApiHandlers::similar));
  router.add(Method::Get, "/api/v1/suggest", bind(&ApiHandlers::suggest));
  router.add(Method::Get, "/api/v1/openapi.json", bind(&ApiHandlers::openapi));
  router.add(Method::Get, "/healthz", bind(&ApiHandlers::healthz));
  router.add(Method::Get, "/metrics", bind(&ApiHandlers::metrics));
}

ApiResponse ApiHandlers::run_search(const search::SearchRequest& request) {
  search::check_request(request);  // a bad request is a 400 even before an index is live
  return ApiResponse::json(encode_search_result(searchers_.local().search(request)));
}

ApiResponse ApiHandlers::search_get(const ApiRequest& request) {
  return run_search(search_request_from_query(request.query));
}

ApiResponse ApiHandlers::search_post(const ApiRequest& request) {
  require_known_parameters(request.query, {});
  return run_search(search_request_from_json(request.body));
}

ApiResponse ApiHandlers::document(const ApiRequest& request) {
  require_known_parameters(request.query, {});
  const std::string& id = request.param("id");
  std::optional<corpus::Document> doc = searchers_.local().document(id);
  if (!doc) throw NotFound("no document with id " + quote_text(id));
  return ApiResponse::json(encode_document(*doc));
}

ApiResponse ApiHandlers::similar(const ApiRequest& request) {
  require_known_parameters(request.query, {"count"});
  unsigned count = kDefaultSimilar;
  if (auto c = request.query.single("count"); c && !c->empty())
    count = parse_unsigned("count", *c, 1, search::kMaxSimilar);
  const std::string& id = request.param("id");
  search::Searcher& searcher = searchers_.local();
  if (!searcher.document(id)) throw NotFound("no document with id " + quote_text(id));
  return ApiResponse::json(encode_similar(id, searcher.similar(id, count)));
}

ApiResponse ApiHandlers::suggest(const ApiRequest& request) {
  require_known_parameters(request.query, {"q", "count"});
  std::string q = request.query.single("q").value_or("");
  if (q.size() > kMaxSuggestQueryBytes)
    throw BadRequest("q is " + std::to_string(q.size()) + " bytes; suggestions take at most " +
                     std::to_string(kMaxSuggestQueryBytes));
  unsigned count = kDefaultCompletions;
  if (auto c = request.query.single("count"); c && !c->empty())
    count = parse_unsigned("count", *c, 1, search::kMaxCompletions);
  std::vector<std::string> suggestions;
  if (last_word_start(q) < q.size()) {
    for (const std::string& word : searchers_.local().suggest(q, count)) {
      std::string full = complete_last_word(q, word);
      if (!full.empty()) suggestions.push_back(std::move(full));
    }
  }
  return ApiResponse::json(encode_suggestions(q, suggestions));
}

ApiResponse ApiHandlers::openapi(const ApiRequest& request) {
  require_known_parameters(request.query, {});
  return ApiResponse::json(std::string(openapi_document()));
}

ApiResponse ApiHandlers::healthz(const ApiRequest& request) {
  require_known_parameters(request.query, {});
  try {
    search::IndexInfo info = searchers_.local().info();
    return ApiResponse::json(encode_health(info, seconds_since(info.built_at)));
  } catch (const Unavailable& e) {
    // Same error shape as everywhere, plus the "status" a health checker looks for.
    std::string body = error_body(ErrorKind::Unavailable, e.what());
    body.insert(1, "\"status\":\"unavailable\",");
    return ApiResponse::json(std::move(body), 503);
  }
}

ApiResponse ApiHandlers::metrics(const ApiRequest& request) {
  require_known_parameters(request.query, {});
  return ApiResponse::text(metrics_.render(gauges(searchers_)), "text/plain; version=0.0.4; charset=utf-8");
}

}  // namespace siaran::searchd
