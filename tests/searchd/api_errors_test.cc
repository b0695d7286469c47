// Every way a client can get a request wrong, over real HTTP: each answer is a 4xx (or 500) with
// the JSON error shape, and the daemon keeps serving afterwards.
#include <gtest/gtest.h>

#include "tests/searchd/api_test_support.h"
#include "tests/searchd/fixture_index.h"
#include "tests/support/test_paths.h"

namespace siaran::searchd::testing {
namespace {

class ApiErrorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new siaran::testing::TempDir();
    build_index(dir_->path(), fixture_documents());
    ServerConfig config;
    config.extra_routes = [](Router& router) {
      router.add(Method::Get, "/test/throws", [](const ApiRequest&) -> ApiResponse {
        throw std::runtime_error("simulated failure");
      });
      router.add(Method::Get, "/test/throws-anything", [](const ApiRequest&) -> ApiResponse { throw 7; });
    };
    server_ = start_server(dir_->path(), std::move(config)).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  void TearDown() override {
    // Whatever the test sent, the daemon is still up.
    EXPECT_EQ(http_get(port(), "/healthz").status, 200);
  }

  static uint16_t port() { return server_->port(); }

  // Expects `status` and the JSON error `code`; returns the message.
  static std::string expect_error(const HttpResponse& r, int status, const std::string& code) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(error_code(r), code);
    return error_message(r);
  }
  static std::string get_error(const std::string& target, int status = 400, const std::string& code = "bad_request") {
    SCOPED_TRACE(target);
    return expect_error(http_get(port(), target), status, code);
  }

  static inline siaran::testing::TempDir* dir_ = nullptr;
  static inline Server* server_ = nullptr;
};

TEST_F(ApiErrorsTest, BadParametersAreNamed) {
  EXPECT_NE(get_error("/api/v1/search?q=x&per-page=5").find("\"per-page\""), std::string::npos);
  EXPECT_NE(get_error("/api/v1/search?per_page=1000").find("per_page"), std::string::npos);
  EXPECT_NE(get_error("/api/v1/search?page=-1").find("page"), std::string::npos);
  EXPECT_NE(get_error("/api/v1/search?page=abc").find("page"), std::string::npos);
  EXPECT_NE(get_error("/api/v1/search?from=2022-13-45").find("2022-13-45"), std::string::npos);
  EXPECT_NE(get_error("/api/v1/search?sort=bogus").find("sort"), std::string::npos);
  EXPECT_NE(get_error("/api/v1/search?facets=colour").find("colour"), std::string::npos);
  EXPECT_NE(get_error("/api/v1/search?q=" + std::string(4 * 1024, 'a')).find("too long"), std::string::npos);  // longer: 414
  EXPECT_NE(get_error("/api/v1/search?page=1&page=2").find("more than once"), std::string::npos);
  get_error("/api/v1/documents/f01?verbose=1");
  get_error("/healthz?x=1");
  get_error("/api/v1/suggest?q=" + std::string(300, 'a'));
}

TEST_F(ApiErrorsTest, MalformedEncodingIs400) {
  EXPECT_NE(get_error("/api/v1/search?q=%ZZ").find("%25"), std::string::npos);
  EXPECT_NE(get_error("/api/v1/search?q=%FF%FE").find("UTF-8"), std::string::npos);
  get_error("/api/v1/search?q=abc%");
  get_error("/api/v1/documents/%E2%80");
}

TEST_F(ApiErrorsTest, UnknownPathIs404Json) {
  get_error("/nowhere", 404, "not_found");
  get_error("/api/v2/search", 404, "not_found");
  get_error("/api/v1/search/extra", 404, "not_found");
  expect_error(http_request(port(), "POST", "/nowhere", "{}"), 404, "not_found");
}

TEST_F(ApiErrorsTest, WrongMethodIs405WithAllow) {
  HttpResponse r = http_request(port(), "DELETE", "/api/v1/search");
  expect_error(r, 405, "method_not_allowed");
  EXPECT_EQ(r.header("allow"), "GET, POST, OPTIONS");
  HttpResponse put = http_request(port(), "PUT", "/api/v1/documents/f01", "{}");
  expect_error(put, 405, "method_not_allowed");
  EXPECT_EQ(put.header("allow"), "GET, OPTIONS");
  expect_error(http_request(port(), "POST", "/healthz", "{}"), 405, "method_not_allowed");
}

TEST_F(ApiErrorsTest, BadJsonBodies) {
  auto post = [](const std::string& body) { return http_request(port(), "POST", "/api/v1/search", body); };
  expect_error(post("q=remisi"), 400, "bad_request");
  expect_error(post(""), 400, "bad_request");
  expect_error(post("{\"q\": [\"remisi\"]}"), 400, "bad_request");
  EXPECT_NE(expect_error(post("{\"units\": []}"), 400, "bad_request").find("\"units\""), std::string::npos);
  expect_error(post("{\"per_page\": 500}"), 400, "bad_request");
  expect_error(http_request(port(), "POST", "/api/v1/search?q=x", "{}"), 400, "bad_request");
}

TEST_F(ApiErrorsTest, OversizedRequestsAre413) {
  // Over the 64 kB body limit but small enough to be read whole: refused by the dispatcher.
  std::string body = "{\"q\":\"" + std::string(70 * 1024, 'a') + "\"}";
  expect_error(http_request(port(), "POST", "/api/v1/search", body), 413, "payload_too_large");
  // Far over: refused while it is still arriving, and the connection is closed.
  HttpConnection c(port());
  c.send_raw("POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
  c.send_raw(std::string(200 * 1024, 'a'));
  HttpResponse r = c.read_response();
  expect_error(r, 413, "payload_too_large");
  EXPECT_EQ(r.header("connection"), "close");
}

TEST_F(ApiErrorsTest, MalformedHttpIs400Json) {
  HttpConnection c(port());
  c.send_raw("BREW /coffee HTCPCP/1.0\r\n\r\n");
  HttpResponse r = c.read_response();
  expect_error(r, 400, "bad_request");
  EXPECT_TRUE(c.closed_by_server());
}

TEST_F(ApiErrorsTest, HandlerExceptionsAre500AndLogged) {
  HttpResponse r = http_get(port(), "/test/throws");
  EXPECT_EQ(expect_error(r, 500, "internal").find("simulated"), std::string::npos);  // details stay in the log
  expect_error(http_get(port(), "/test/throws-anything"), 500, "internal");
}

TEST_F(ApiErrorsTest, ConnectionKeepsWorkingAfterAnError) {
  HttpConnection c(port());
  EXPECT_EQ(c.request("GET", "/api/v1/search?sort=bogus").status, 400);
  EXPECT_EQ(c.request("GET", "/nowhere").status, 404);
  EXPECT_EQ(c.request("GET", "/api/v1/search?q=remisi").status, 200);
}

}  // namespace
}  // namespace siaran::searchd::testing
