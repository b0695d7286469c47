// siaran-searchd against hostile clients, over real sockets: oversized request lines and heads,
// trickling (slowloris) clients, URL-encoding tricks, path traversal, queries built to cost, and
// methods no one should send. Each is refused with a JSON error, bounded work, and the daemon
// keeps serving.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "searchd/dispatcher.h"
#include "searchd/pistache_handler.h"
#include "tests/searchd/api_test_support.h"
#include "tests/searchd/fixture_index.h"
#include "tests/support/test_paths.h"

namespace siaran::searchd::testing {
namespace {

using namespace std::chrono_literals;

class HostileHttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new siaran::testing::TempDir();
    build_index(dir_->path(), fixture_documents());
    ServerConfig config;
    config.header_timeout = 400ms;
    server_ = start_server(dir_->path(), std::move(config)).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  void TearDown() override { EXPECT_EQ(http_get(port(), "/healthz").status, 200) << "the daemon stopped serving"; }

  static uint16_t port() { return server_->port(); }

  static std::string expect_error(const HttpResponse& r, int status, const std::string& code) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(error_code(r), code);
    return error_message(r);
  }
  static HttpResponse raw_exchange(const std::string& bytes) {
    HttpConnection c(port());
    c.send_raw(bytes);
    return c.read_response();
  }

  static inline siaran::testing::TempDir* dir_ = nullptr;
  static inline Server* server_ = nullptr;
};

TEST_F(HostileHttpTest, RequestLineOverTheLimitIs414) {
  const std::string target = "/api/v1/search?q=" + std::string(kMaxRequestLineBytes, 'a');
  HttpConnection c(port());
  c.send_raw("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
  const HttpResponse r = c.read_response();
  EXPECT_NE(expect_error(r, 414, "uri_too_long").find("POST"), std::string::npos);
  EXPECT_EQ(r.header("connection"), "close");
  EXPECT_TRUE(c.closed_by_server());
  // Refused as soon as the line is too long, without waiting for the rest of the request.
  HttpConnection endless(port());
  endless.send_raw("GET /" + std::string(kMaxRequestLineBytes + 10, 'b'));
  expect_error(endless.read_response(), 414, "uri_too_long");
}

TEST_F(HostileHttpTest, HeadOverTheLimitIs431) {
  expect_error(raw_exchange("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(kMaxRequestHeadBytes, 'h') + "\r\n\r\n"),
               431, "header_fields_too_large");
  std::string many = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; many.size() <= kMaxRequestHeadBytes; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  expect_error(raw_exchange(many + "\r\n"), 431, "header_fields_too_large");
  // Just under the limit is fine.
  const std::string fits = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Fits: " + std::string(kMaxRequestHeadBytes - 200, 'f') + "\r\n\r\n";
  EXPECT_EQ(raw_exchange(fits).status, 200);
}

TEST_F(HostileHttpTest, BodyOverTheLimitIs413) {
  const std::string body = "{\"q\":\"" + std::string(kDefaultMaxBodyBytes, 'a') + "\"}";
  expect_error(http_request(port(), "POST", "/api/v1/search", body), 413, "payload_too_large");
}

// A slowloris sends its head a byte at a time, each byte well inside the header timeout: it is
// cut off once the whole head has taken longer than that, and the workers serve others meanwhile.
TEST_F(HostileHttpTest, TricklingClientIsCutOffAndHoldsNoWorker) {
  HttpConnection slow(port());
  const std::string head = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + std::string(200, 's') + "\r\n\r\n";
  size_t sent = 0;
  const auto start = std::chrono::steady_clock::now();
  try {
    for (; sent < head.size() && std::chrono::steady_clock::now() - start < 5s; ++sent) {
      slow.send_raw(head.substr(sent, 1));
      if (sent % 5 == 0) {
        EXPECT_EQ(http_get(port(), "/healthz").status, 200);  // others are served
      }
      std::this_thread::sleep_for(50ms);
    }
  } catch (const std::runtime_error&) {
    // the server may stop reading once it has answered
  }
  EXPECT_LT(sent, head.size()) << "the whole head trickled in without a timeout";
  // Pistache's header timer runs from the first byte: trickling does not extend it.
  EXPECT_EQ(slow.read_response().status, 408);
  EXPECT_TRUE(slow.closed_by_server());
}

TEST_F(HostileHttpTest, UrlEncodingTricksAre400) {
  for (const char* target : {
           "/api/v1/search?q=%00",                // NUL
           "/api/v1/search?q=remisi%00.html",     // NUL in the middle
           "/api/v1/search?q=%C0%AE%C0%AE",       // overlong UTF-8 for ".."
           "/api/v1/search?q=%E0%80%AF",          // overlong "/"
           "/api/v1/search?q=%ED%A0%80",          // a UTF-16 surrogate
           "/api/v1/search?q=%G1",                // not hex
           "/api/v1/search?q=%4",                 // truncated
           "/api/v1/search?q%00=x",               // NUL in a key
           "/api/v1/documents/%C0%AE%C0%AE",
       }) {
    SCOPED_TRACE(target);
    expect_error(http_get(port(), target), 400, "bad_request");
  }
  EXPECT_EQ(http_get(port(), "/doc/%00").status, 400);  // the web page's error is HTML, not JSON
  EXPECT_EQ(http_get(port(), "/search?q=%C0%AE").status, 400);
  // Double encoding is decoded once: "%252e%252e" is the text "%2e%2e", an id that does not exist.
  expect_error(http_get(port(), "/api/v1/documents/%252e%252e%252fetc%252fpasswd"), 404, "not_found");
}

TEST_F(HostileHttpTest, DotDotNeverReachesAFile) {
  for (const char* target : {
           "/static/../../../../etc/passwd",
           "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
           "/static/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
           "/static/..%2f..%2f..%2fetc%2fpasswd",
           "/static/%252e%252e/etc/passwd",
           "/static/siaran.css/../../../etc/passwd",
           "/doc/..%2F..%2F..%2Fetc%2Fpasswd",
           "/static/..\\..\\etc\\passwd",
       }) {
    SCOPED_TRACE(target);
    const HttpResponse r = http_get(port(), target);
    EXPECT_GE(r.status, 400);
    EXPECT_LT(r.status, 500);
    EXPECT_EQ(r.body.find("root:"), std::string::npos);
  }
  EXPECT_EQ(http_get(port(), "/static/siaran.css").status, 200);  // the real asset is still served
}

TEST_F(HostileHttpTest, QueriesBuiltToCostAreRefusedWith400) {
  std::string thousands;
  for (int i = 0; i < 3000; ++i) thousands += "kata" + std::to_string(i) + "+";
  EXPECT_NE(expect_error(http_get(port(), "/api/v1/search?q=" + thousands.substr(0, 7000)), 400, "bad_request").find("too long"),
            std::string::npos);
  std::string seventy;  // short words, under the byte limit but over the term limit
  for (int i = 0; i < 70; ++i) seventy += "k" + std::to_string(i) + "+";
  expect_error(http_get(port(), "/api/v1/search?q=" + seventy), 400, "bad_request");
  const std::string nested = std::string(500, '(') + "remisi" + std::string(500, ')');
  expect_error(http_request(port(), "POST", "/api/v1/search", "{\"q\":\"" + nested + "\"}"), 400, "bad_request");
  expect_error(http_get(port(), "/api/v1/search?q=" + std::string(20, '(') + "remisi"), 400, "bad_request");
  // Through the web form too: an error page, not a crash or a hang.
  EXPECT_EQ(http_get(port(), "/search?q=" + std::string(20, '(') + "remisi").status, 400);
  std::string units;
  for (int i = 0; i < 200; ++i) units += "&unit=U" + std::to_string(i);
  expect_error(http_get(port(), "/api/v1/search?q=remisi" + units), 400, "bad_request");
}

TEST_F(HostileHttpTest, UnknownMethodsAre405WithAllow) {
  for (const char* method : {"PROPFIND", "BREW", "MKCOL", "FOO"}) {
    SCOPED_TRACE(method);
    HttpConnection c(port());
    c.send_raw(std::string(method) + " /api/v1/search HTTP/1.1\r\nHost: x\r\n\r\n");
    const HttpResponse r = c.read_response();
    EXPECT_NE(expect_error(r, 405, "method_not_allowed").find(method), std::string::npos);
    EXPECT_EQ(r.header("allow"), "GET, POST, OPTIONS");
  }
  for (const char* method : {"TRACE", "CONNECT"}) {
    SCOPED_TRACE(method);
    expect_error(raw_exchange(std::string(method) + " /api/v1/search HTTP/1.1\r\nHost: x\r\n\r\n"), 405,
                 "method_not_allowed");
  }
  // Not HTTP at all stays a 400.
  expect_error(raw_exchange("BREW /coffee HTCPCP/1.0\r\n\r\n"), 400, "bad_request");
}

}  // namespace
}  // namespace siaran::searchd::testing
