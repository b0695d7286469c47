// HTTP behaviour around the handlers: connections (keep-alive, Connection: close, pipelining),
// CORS, /healthz and /metrics, over real sockets.
#include <gtest/gtest.h>

#include <regex>

#include "tests/searchd/api_test_support.h"
#include "tests/searchd/fixture_index.h"
#include "tests/support/test_paths.h"

namespace siaran::searchd::testing {
namespace {

class ApiHttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new siaran::testing::TempDir();
    build_index(dir_->path(), fixture_documents());
    ServerConfig config;
    config.cors_origins = {"https://portal.example.go.id"};
    server_ = start_server(dir_->path(), std::move(config)).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static uint16_t port() { return server_->port(); }

  // The value of a metric line in /metrics ("name{labels}"), 0 when absent.
  static double metric(const std::string& series) {
    HttpResponse r = http_get(port(), "/metrics");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.header("content-type"), "text/plain; version=0.0.4; charset=utf-8");
    size_t at = r.body.find("\n" + series + " ");
    if (at == std::string::npos) return 0;
    return std::stod(r.body.substr(at + series.size() + 2));
  }

  static inline siaran::testing::TempDir* dir_ = nullptr;
  static inline Server* server_ = nullptr;
};

TEST_F(ApiHttpTest, KeepAliveServesManyRequestsOnOneConnection) {
  HttpConnection c(port());
  for (int i = 0; i < 5; ++i) {
    HttpResponse r = c.request("GET", "/api/v1/search?q=remisi");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.header("connection"), "keep-alive");
  }
}

TEST_F(ApiHttpTest, ConnectionCloseIsHonoured) {
  HttpConnection c(port());
  HttpResponse r = c.request("GET", "/healthz", {}, {{"Connection", "close"}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("connection"), "close");
  EXPECT_TRUE(c.closed_by_server());

  HttpConnection old(port());  // HTTP/1.0 closes unless asked to keep alive
  old.send_raw("GET /healthz HTTP/1.0\r\n\r\n");
  EXPECT_EQ(old.read_response().status, 200);
  EXPECT_TRUE(old.closed_by_server());
}

TEST_F(ApiHttpTest, PipelinedRequestsAreAllAnswered) {
  HttpConnection c(port());
  std::string body = R"({"q":"remisi","facets":[]})";
  c.send_raw("GET /api/v1/search?q=lokakarya HTTP/1.1\r\nHost: x\r\n\r\n"
             "POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body +
             "GET /api/v1/documents/f04 HTTP/1.1\r\nHost: x\r\n\r\n");
  HttpResponse first = c.read_response();
  HttpResponse second = c.read_response();
  HttpResponse third = c.read_response();
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(str(json_of(first)["query"]), "lokakarya");
  EXPECT_EQ(second.status, 200);
  EXPECT_EQ(str(json_of(second)["query"]), "remisi");
  EXPECT_EQ(third.status, 200);
  EXPECT_EQ(str(json_of(third)["id"]), "f04");
}

TEST_F(ApiHttpTest, RequestArrivingInPiecesIsAssembled) {
  HttpConnection c(port());
  std::string request = "GET /api/v1/search?q=remisi&unit=Rutan+Kelas+I+Depok&unit=Lapas+Kelas+IIA+Ambon HTTP/1.1\r\nHost: x\r\n\r\n";
  for (char ch : request) c.send_raw(std::string(1, ch));
  HttpResponse r = c.read_response();
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(json_of(r)["total"].GetUint64(), 2u);  // both unit values survived, not just the first
}

TEST_F(ApiHttpTest, ExpectContinueIsAnswered) {
  std::string body = R"({"q":"remisi"})";
  HttpConnection c(port());
  c.send_raw("POST /api/v1/search HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " +
             std::to_string(body.size()) + "\r\n\r\n");
  EXPECT_EQ(c.read_response().status, 100);  // the body is sent only after this
  c.send_raw(body);
  HttpResponse r = c.read_response();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json_of(r)["total"].GetUint64(), 5u);
}

TEST_F(ApiHttpTest, OversizedBodyIsRefusedBeforeItIsSent) {
  HttpConnection c(port());
  c.send_raw("POST /api/v1/search HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n");
  HttpResponse r = c.read_response();
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(error_code(r), "payload_too_large");
  EXPECT_NE(error_message(r).find("5000000"), std::string::npos);
  EXPECT_TRUE(c.closed_by_server());
}

TEST_F(ApiHttpTest, CorsForConfiguredOriginOnly) {
  HttpResponse allowed = http_request(port(), "GET", "/api/v1/search?q=remisi", {}, {{"Origin", "https://portal.example.go.id"}});
  EXPECT_EQ(allowed.header("access-control-allow-origin"), "https://portal.example.go.id");
  EXPECT_EQ(allowed.header("vary"), "Origin");
  HttpResponse error = http_request(port(), "GET", "/api/v1/search?sort=x", {}, {{"Origin", "https://portal.example.go.id"}});
  EXPECT_EQ(error.header("access-control-allow-origin"), "https://portal.example.go.id");
  HttpResponse stranger = http_request(port(), "GET", "/api/v1/search", {}, {{"Origin", "https://evil.example"}});
  EXPECT_EQ(stranger.header("access-control-allow-origin"), std::nullopt);

  HttpResponse preflight = http_request(port(), "OPTIONS", "/api/v1/search", {},
                                        {{"Origin", "https://portal.example.go.id"},
                                         {"Access-Control-Request-Method", "POST"},
                                         {"Access-Control-Request-Headers", "content-type"}});
  EXPECT_EQ(preflight.status, 204);
  EXPECT_EQ(preflight.header("access-control-allow-origin"), "https://portal.example.go.id");
  EXPECT_EQ(preflight.header("access-control-allow-methods"), "GET, POST");
  EXPECT_EQ(preflight.header("access-control-allow-headers"), "Content-Type");
  EXPECT_EQ(preflight.header("allow"), "GET, POST, OPTIONS");
}

TEST(ApiHttpCors, StarAndNone) {
  siaran::testing::TempDir dir;
  build_index(dir.path(), {fixture_documents().front()});
  ServerConfig star;
  star.cors_origins = {"*"};
  auto any = start_server(dir.path(), star);
  EXPECT_EQ(http_request(any->port(), "GET", "/healthz", {}, {{"Origin", "https://x.example"}}).header("access-control-allow-origin"), "*");
  auto none = start_server(dir.path());
  HttpResponse r = http_request(none->port(), "GET", "/healthz", {}, {{"Origin", "https://x.example"}});
  EXPECT_EQ(r.header("access-control-allow-origin"), std::nullopt);
  HttpResponse preflight = http_request(none->port(), "OPTIONS", "/api/v1/search", {}, {{"Origin", "https://x.example"}});
  EXPECT_EQ(preflight.status, 204);
  EXPECT_EQ(preflight.header("access-control-allow-methods"), std::nullopt);
}

TEST_F(ApiHttpTest, HealthzDescribesTheLiveIndex) {
  HttpResponse r = http_get(port(), "/healthz");
  ASSERT_EQ(r.status, 200);
  rapidjson::Document doc = json_of(r);
  EXPECT_EQ(str(doc["status"]), "ok");
  EXPECT_EQ(doc["documents"].GetUint64(), fixture_documents().size());
  EXPECT_TRUE(std::regex_match(str(doc["generation"]), std::regex("gen-\\d+")));
  EXPECT_TRUE(std::regex_match(str(doc["built_at"]), std::regex("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z")));
  EXPECT_GE(doc["age_seconds"].GetDouble(), 0.0);
}

TEST_F(ApiHttpTest, MetricsCountRequestsByRoutePattern) {
  const std::string search_ok = "siaran_requests_total{route=\"/api/v1/search\",status=\"200\"}";
  const std::string doc_ok = "siaran_requests_total{route=\"/api/v1/documents/{id}\",status=\"200\"}";
  const std::string doc_missing = "siaran_requests_total{route=\"/api/v1/documents/{id}\",status=\"404\"}";
  const std::string unmatched = "siaran_requests_total{route=\"unmatched\",status=\"404\"}";
  const std::string latency = "siaran_request_duration_seconds_count{route=\"/api/v1/search\"}";
  double before_search = metric(search_ok), before_doc = metric(doc_ok), before_missing = metric(doc_missing);
  double before_unmatched = metric(unmatched), before_latency = metric(latency);

  http_get(port(), "/api/v1/search?q=remisi");
  http_get(port(), "/api/v1/search?q=lapas");
  http_get(port(), "/api/v1/documents/f01");
  http_get(port(), "/api/v1/documents/f02");
  http_get(port(), "/api/v1/documents/none");
  http_get(port(), "/some/random/path");

  EXPECT_EQ(metric(search_ok), before_search + 2);
  EXPECT_EQ(metric(doc_ok), before_doc + 2);
  EXPECT_EQ(metric(doc_missing), before_missing + 1);
  EXPECT_EQ(metric(unmatched), before_unmatched + 1);
  EXPECT_EQ(metric(latency), before_latency + 2);
  EXPECT_EQ(metric("siaran_index_documents"), static_cast<double>(fixture_documents().size()));
  std::string text = http_get(port(), "/metrics").body;
  EXPECT_EQ(text.find("/api/v1/documents/f01"), std::string::npos);  // never a raw path
  EXPECT_EQ(text.find("/some/random/path"), std::string::npos);
  EXPECT_NE(text.find("siaran_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"+Inf\"}"), std::string::npos);
}

}  // namespace
}  // namespace siaran::searchd::testing
