#include "searchd/web_routes.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>
#include <string>

#include "search/date_spec.h"
#include "search/request_check.h"
#include "searchd/api_error.h"
#include "searchd/request_parsing.h"
#include "web/assets.h"
#include "web/atom_feed.h"
#include "web/document_page.h"
#include "web/search_page.h"

namespace siaran::searchd {
namespace {

using web::Lang;
using web::Text;

// Defence in depth: the pages hold no inline script or style, so a value that ever slipped past
// escaping still could not run.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

ApiResponse page(std::string html, int status = 200) {
  ApiResponse r = ApiResponse::text(std::move(html), "text/html; charset=utf-8", status);
  r.set_header("Content-Security-Policy", kContentSecurityPolicy);
  r.set_header("X-Content-Type-Options", "nosniff");
  r.set_header("Referrer-Policy", "same-origin");
  r.set_header("Cache-Control", "no-cache");  // results follow the live index
  return r;
}

// lang=en or Indonesian; never an error (a repeated or odd lang falls back to Indonesian).
Lang lang_of(const QueryString& query) {
  const std::vector<std::string> values = query.values("lang");
  return values.empty() ? Lang::Id : web::parse_lang(values.front());
}

// The search parameters of the query string, for the API's parser. Others are dropped rather
// than refused as the API does: a shared link picks up tracking parameters (fbclid, utm_*), and
// `lang` and the facet list are the page's business.
QueryString search_parameters(const QueryString& query) {
  static constexpr std::string_view kKept[] = {"q", "page", "per_page", "sort", "from", "to", "unit", "topic", "region"};
  QueryString kept;
  for (const auto& [key, value] : query.pairs()) {
    if (std::find(std::begin(kKept), std::end(kKept), key) != std::end(kKept)) kept.add(key, value);
  }
  return kept;
}

// What a refused request is echoed with: every parameter that is well-formed on its own, so the
// reader corrects only what was wrong.
web::SearchState echo_state(const QueryString& query, Lang lang) {
  web::SearchState s;
  s.lang = lang;
  if (auto q = query.values("q"); !q.empty()) s.q = q.front();
  s.units = query.values("unit");
  s.topics = query.values("topic");
  s.regions = query.values("region");
  for (auto [name, field] : {std::pair{"from", &s.from}, std::pair{"to", &s.to}}) {
    const auto v = query.values(name);
    if (v.size() == 1 && search::day_key(v.front())) *field = v.front();
  }
  if (const auto v = query.values("sort"); v.size() == 1) {
    try {
      s.sort = parse_sort(v.front());
    } catch (const ApiError&) {
    }
  }
  return s;
}

// "http://host:port" from the Host header, for the feed's absolute links; a header that is not
// a plain host[:port] is not trusted.
std::string base_url(const ApiRequest& request) {
  const std::string_view host = request.header("host").value_or("");
  bool plain = !host.empty() && host.size() <= 255;
  for (char c : host) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '-' || c == ':' || c == '[' || c == ']';
    plain = plain && ok;
  }
  return "http://" + std::string(plain ? host : "localhost");
}

std::string utc_now_rfc3339() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

ApiResponse unavailable(Lang lang, int status) {
  return page(web::render_error_page(lang, web::tr(Text::UnavailableHeading, lang), web::tr(Text::UnavailableText, lang)),
              status);
}

}  // namespace

WebRoutes::WebRoutes(SearcherPool& searchers) : searchers_(searchers) {}

void WebRoutes::register_routes(Router& router) {
  auto bind = [this](ApiResponse (WebRoutes::*method)(const ApiRequest&)) {
    return [this, method](const ApiRequest& request) { return (this->*method)(request); };
  };
  router.add(Method::Get, "/", bind(&WebRoutes::home));
  router.add(Method::Get, "/search", bind(&WebRoutes::search));
  router.add(Method::Get, "/doc/{id}", bind(&WebRoutes::document));
  router.add(Method::Get, "/feed", bind(&WebRoutes::feed));
  router.add(Method::Get, "/static/siaran.css", bind(&WebRoutes::asset));
  router.add(Method::Get, "/static/siaran.js", bind(&WebRoutes::asset));
}

ApiResponse WebRoutes::home(const ApiRequest& request) {
  const Lang lang = lang_of(request.query);
  web::HomeView view;
  view.lang = lang;
  try {
    search::Searcher& searcher = searchers_.local();
    view.documents = searcher.info().documents;
    view.overview = searcher.search(web::overview_request());
  } catch (const ApiError& e) {
    return unavailable(lang, e.status());
  }
  return page(web::render_home(view));
}

ApiResponse WebRoutes::search(const ApiRequest& request) {
  const Lang lang = lang_of(request.query);
  web::SearchState state;
  search::SearchRequest run;
  try {
    state = web::SearchState::from_request(search_request_from_query(search_parameters(request.query)), lang);
    run = state.to_request();
    search::check_request(run);
  } catch (const BadRequest& e) {
    return page(web::render_search_error(echo_state(request.query, lang), e.what()), 400);
  } catch (const search::InvalidRequest& e) {
    return page(web::render_search_error(echo_state(request.query, lang), e.what()), 400);
  }
  try {
    return page(web::render_results(state, searchers_.local().search(run)));
  } catch (const search::InvalidRequest& e) {  // the query language itself (date:2022-13)
    return page(web::render_search_error(state, e.what()), 400);
  } catch (const ApiError& e) {
    return unavailable(lang, e.status());
  }
}

ApiResponse WebRoutes::document(const ApiRequest& request) {
  const Lang lang = lang_of(request.query);
  const std::string& id = request.param("id");
  try {
    search::Searcher& searcher = searchers_.local();
    std::optional<corpus::Document> doc = searcher.document(id);
    if (!doc) return page(web::render_document_not_found(id, lang), 404);
    return page(web::render_document(*doc, searcher.similar(id, 5), lang));
  } catch (const ApiError& e) {
    return unavailable(lang, e.status());
  }
}

ApiResponse WebRoutes::feed(const ApiRequest& request) {
  const Lang lang = lang_of(request.query);
  try {
    const web::SearchState state =
        web::SearchState::from_request(search_request_from_query(search_parameters(request.query)), lang);
    const search::SearchResult result = searchers_.local().search(web::feed_request(state));
    ApiResponse r = ApiResponse::text(
        web::render_atom_feed(state, result, web::FeedContext{base_url(request), utc_now_rfc3339()}),
        "application/atom+xml; charset=utf-8");
    r.set_header("Cache-Control", "public, max-age=300");
    r.set_header("X-Content-Type-Options", "nosniff");
    return r;
  } catch (const BadRequest& e) {
    return page(web::render_search_error(echo_state(request.query, lang), e.what()), 400);
  } catch (const search::InvalidRequest& e) {
    return page(web::render_search_error(echo_state(request.query, lang), e.what()), 400);
  } catch (const ApiError& e) {
    return unavailable(lang, e.status());
  }
}

ApiResponse WebRoutes::asset(const ApiRequest& request) {
  const web::Asset* asset = web::find_asset(request.path());
  if (!asset) throw NotFound("no such file: " + searchd::quote_text(request.path()));
  const std::vector<std::string> v = request.query.values("v");
  const std::string_view version = v.empty() ? std::string_view() : std::string_view(v.front());
  ApiResponse r;
  if (auto inm = request.header("if-none-match"); inm && web::etag_matches(*asset, *inm)) {
    r = ApiResponse::text("", std::string(asset->content_type), 304);
  } else {
    r = ApiResponse::text(std::string(asset->body), std::string(asset->content_type));
  }
  r.set_header("Cache-Control", std::string(web::cache_control(*asset, version)));
  r.set_header("ETag", web::etag(*asset));
  r.set_header("X-Content-Type-Options", "nosniff");
  return r;
}

}  // namespace siaran::searchd
