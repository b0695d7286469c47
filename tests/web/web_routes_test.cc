#include "searchd/web_routes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "index/database_dir.h"
#include "index/index_writer.h"
#include "searchd/request_log.h"
#include "tests/support/test_paths.h"
#include "web/assets.h"
#include "web_test_support.h"

namespace siaran::searchd {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

corpus::Document release(std::string id, std::string title, std::string date, std::string unit, std::string topic,
                         std::string body) {
  corpus::Document d;
  d.id = std::move(id);
  d.title = std::move(title);
  d.date = std::move(date);
  d.unit = std::move(unit);
  d.topic = std::move(topic);
  d.body = std::move(body);
  d.source = "INFO_PAS";
  d.url = "https://example.go.id/" + d.id;
  return d;
}

// Four releases written for this test.
std::vector<corpus::Document> releases() {
  return {
      release("cibinong-remisi", "Remisi Idul Fitri di Lapas Cibinong", "2022-05-02", "Lapas Kelas IIA Cibinong",
              "Remisi & Integrasi",
              "Sebanyak 300 warga binaan menerima remisi khusus Idul Fitri.\n\nKalapas menyerahkan SK remisi."),
      release("ambon-remisi", "Remisi HUT RI di Lapas Ambon", "2023-08-17", "Lapas Kelas IIA Ambon",
              "Remisi & Integrasi", "Warga binaan Lapas Ambon menerima remisi umum pada HUT RI."),
      release("cibinong-barista", "Pelatihan Barista Lapas Cibinong", "2023-05-17", "Lapas Kelas IIA Cibinong",
              "Pembinaan", "Pelatihan barista bagi warga binaan sebagai bekal kemandirian."),
      release("depok-kunjungan", "Layanan Video Call Rutan Depok", "2021-03-09", "Rutan Kelas I Depok", "Layanan",
              "Keluarga warga binaan dapat berkunjung lewat panggilan video."),
  };
}

class WebRoutesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new siaran::testing::TempDir();
    index::DatabaseDir database(dir_->path());
    index::IndexWriter writer(database, index::WriteMode::Build, analyzers::AnalyzerOptions{});
    for (const auto& d : releases()) writer.add(d);
    writer.commit();
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  void SetUp() override {
    pool_ = std::make_unique<SearcherPool>(dir_->path(), std::chrono::milliseconds(500), log_);
    routes_ = std::make_unique<WebRoutes>(*pool_);
    routes_->register_routes(router_);
  }

  // The request as the Dispatcher hands it over: route matched, query string decoded.
  ApiResponse get(const std::string& target, std::vector<std::pair<std::string, std::string>> headers = {}) {
    ApiRequest request;
    request.target = target;
    request.headers = std::move(headers);
    RouteMatch match = router_.match(Method::Get, request.path());
    EXPECT_TRUE(match.route) << target;
    if (!match.route) return {};
    request.params = match.params;
    request.query = QueryString::parse(request.raw_query());
    return match.route->handler(request);
  }

  static inline siaran::testing::TempDir* dir_ = nullptr;
  RequestLog log_{nullptr};
  std::unique_ptr<SearcherPool> pool_;
  std::unique_ptr<WebRoutes> routes_;
  Router router_;
};

TEST_F(WebRoutesTest, RegistersThePages) {
  std::vector<std::string> patterns;
  for (const auto& [method, pattern] : router_.routes()) {
    EXPECT_EQ(method, Method::Get);
    patterns.push_back(pattern);
  }
  EXPECT_THAT(patterns, ::testing::ElementsAre("/", "/search", "/doc/{id}", "/feed", "/static/siaran.css",
                                               "/static/siaran.js"));
}

TEST_F(WebRoutesTest, HomeIsHtmlWithTheArchive) {
  const ApiResponse r = get("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_THAT(std::string(r.header("Content-Security-Policy").value_or("")), HasSubstr("script-src 'self'"));
  EXPECT_THAT(r.body, HasSubstr("4 siaran di arsip"));
  EXPECT_THAT(r.body, HasSubstr("href=\"/doc/ambon-remisi\""));  // the newest release
  EXPECT_THAT(get("/?lang=en").body, HasSubstr("4 releases in the archive"));
}

TEST_F(WebRoutesTest, SearchRendersHitsFacetsAndFilters) {
  ApiResponse r = get("/search?q=remisi");
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("2 hasil"));
  EXPECT_THAT(r.body, HasSubstr("<mark>"));
  EXPECT_THAT(r.body, HasSubstr("data-facet=\"unit\" data-value=\"Lapas Kelas IIA Ambon\""));
  r = get("/search?q=remisi&unit=Lapas+Kelas+IIA+Ambon&lang=en");
  EXPECT_THAT(r.body, HasSubstr("1 results"));
  EXPECT_THAT(r.body, HasSubstr("href=\"/doc/ambon-remisi?lang=en\""));
  EXPECT_THAT(r.body, Not(HasSubstr("href=\"/doc/cibinong-remisi")));
  EXPECT_THAT(r.body, HasSubstr("class=\"chip\""));
}

TEST_F(WebRoutesTest, EmptyFormFieldsAndTrackingParametersAreHarmless) {
  const ApiResponse r = get("/search?q=remisi&from=&to=&fbclid=abc&utm_source=wa");
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("2 hasil"));
  EXPECT_THAT(r.body, Not(HasSubstr("fbclid")));  // not carried into the page's links
}

TEST_F(WebRoutesTest, YearFacetLinkRunsAsADateRange) {
  const ApiResponse r = get("/search?q=warga&from=2023-01-01&to=2023-12-31");
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("2 hasil"));
  EXPECT_THAT(r.body, HasSubstr("data-facet=\"year\" data-value=\"2023\" aria-current=\"true\""));
}

TEST_F(WebRoutesTest, RefusedQueriesAreTheFormWithTheMessage) {
  for (const char* target : {"/search?q=date%3A2022-13", "/search?q=remisi&page=0", "/search?q=remisi&sort=best",
                             "/search?from=2023-02-30", "/search?q=remisi&page=1&page=2"}) {
    const ApiResponse r = get(target);
    EXPECT_EQ(r.status, 400) << target;
    EXPECT_EQ(r.content_type, "text/html; charset=utf-8") << target;
    EXPECT_THAT(r.body, HasSubstr("role=\"alert\"")) << target;
    EXPECT_THAT(r.body, HasSubstr("<form class=\"search\"")) << target;
  }
  EXPECT_THAT(get("/search?q=date%3A2022-13&unit=A").body, HasSubstr("value=\"date:2022-13\""));
  EXPECT_THAT(get("/search?q=date%3A2022-13&unit=A").body, HasSubstr("name=\"unit\" value=\"A\""));
}

TEST_F(WebRoutesTest, HostileQueryIsEscaped) {
  const ApiResponse r = get("/search?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(web::testing::unexpected_markup(r.body), ::testing::IsEmpty());
  EXPECT_EQ(web::testing::inline_scripts(r.body), 0);
}

TEST_F(WebRoutesTest, DocumentPageWithRelated) {
  ApiResponse r = get("/doc/cibinong-remisi");
  EXPECT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("<h1 id=\"doc-title\">Remisi Idul Fitri di Lapas Cibinong</h1>"));
  EXPECT_THAT(r.body, HasSubstr("<p>Kalapas menyerahkan SK remisi.</p>"));
  EXPECT_THAT(r.body, HasSubstr("href=\"https://example.go.id/cibinong-remisi\""));
  EXPECT_THAT(r.body, HasSubstr("<a href=\"/doc/ambon-remisi\">"));  // related: the other remisi release
  r = get("/doc/no-such-release?lang=en");
  EXPECT_EQ(r.status, 404);
  EXPECT_THAT(r.body, HasSubstr("Release not found"));
}

TEST_F(WebRoutesTest, FeedIsAtomOfTheNewestMatches) {
  const ApiResponse r = get("/feed?q=remisi", {{"host", "arsip.example:8080"}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/atom+xml; charset=utf-8");
  EXPECT_THAT(r.body, StartsWith("<?xml"));
  EXPECT_THAT(r.body, HasSubstr("<id>http://arsip.example:8080/feed?q=remisi</id>"));
  EXPECT_LT(r.body.find("/doc/ambon-remisi</id>"), r.body.find("/doc/cibinong-remisi</id>"));  // newest first
  EXPECT_THAT(r.body, HasSubstr("<updated>2023-08-17T00:00:00Z</updated>"));
  // A Host header that is not a plain host:port is not echoed.
  EXPECT_THAT(get("/feed?q=remisi", {{"host", "evil\"><x"}}).body, HasSubstr("<id>http://localhost/feed?q=remisi</id>"));
  EXPECT_EQ(get("/feed?q=date%3Anope").status, 400);
}

TEST_F(WebRoutesTest, AssetsWithCachingAndConditionalRequests) {
  const web::Asset& css = web::stylesheet();
  ApiResponse r = get("/static/siaran.css?v=" + css.version);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(r.body, css.body);
  EXPECT_EQ(r.header("Cache-Control").value_or(""), "public, max-age=31536000, immutable");
  EXPECT_EQ(r.header("ETag").value_or(""), web::etag(css));
  EXPECT_EQ(get("/static/siaran.js").header("Cache-Control").value_or(""), "public, max-age=300");
  r = get("/static/siaran.js", {{"if-none-match", web::etag(web::script())}});
  EXPECT_EQ(r.status, 304);
  EXPECT_TRUE(r.body.empty());
}

TEST(WebRoutesWithoutIndex, PagesSayTheArchiveIsNotReady) {
  siaran::testing::TempDir empty;
  RequestLog log(nullptr);
  SearcherPool pool(empty.path(), std::chrono::milliseconds(500), log);
  WebRoutes routes(pool);
  ApiRequest request;
  request.target = "/search?q=remisi";
  request.query = QueryString::parse("q=remisi");
  const ApiResponse r = routes.search(request);
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_THAT(r.body, HasSubstr("Arsip belum siap"));
  request.target = "/";
  request.query = {};
  EXPECT_EQ(routes.home(request).status, 503);
}

}  // namespace
}  // namespace siaran::searchd
