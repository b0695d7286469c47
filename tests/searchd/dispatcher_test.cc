#include "searchd/dispatcher.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <xapian.h>

#include "search/search_request.h"

namespace siaran::searchd {
namespace {

class DispatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.add(Method::Get, "/ok", [](const ApiRequest& r) {
      std::string body = "{\"q\":\"" + r.query.single("q").value_or("") + "\"}";
      return ApiResponse::json(body);
    });
    router_.add(Method::Post, "/ok", [](const ApiRequest& r) { return ApiResponse::json("{\"len\":" + std::to_string(r.body.size()) + "}"); });
    router_.add(Method::Get, "/items/{id}", [](const ApiRequest& r) {
      if (r.param("id") == "missing") throw NotFound("no item \"missing\"");
      return ApiResponse::json("{}");
    });
    router_.add(Method::Get, "/invalid", [](const ApiRequest&) -> ApiResponse {
      throw search::InvalidRequest("query too long");
    });
    router_.add(Method::Get, "/boom", [](const ApiRequest&) -> ApiResponse { throw std::runtime_error("disk on fire"); });
    router_.add(Method::Get, "/weird", [](const ApiRequest&) -> ApiResponse { throw 42; });
    router_.add(Method::Get, "/xapian", [](const ApiRequest&) -> ApiResponse {
      throw Xapian::DatabaseCorruptError("table damaged");
    });
  }

  ApiResponse send(Method method, std::string target, std::string body = {},
                   std::vector<std::pair<std::string, std::string>> headers = {}) {
    Dispatcher dispatcher(router_, cors_, metrics_, log_, 100);
    ApiRequest request;
    request.method = method;
    request.target = std::move(target);
    request.body = std::move(body);
    request.headers = std::move(headers);
    return dispatcher.handle(request);
  }

  // {"error":{"code":...}} -> code, after checking the shape.
  static std::string error_code(const ApiResponse& r) {
    rapidjson::Document doc;
    doc.Parse(r.body.c_str());
    EXPECT_FALSE(doc.HasParseError()) << r.body;
    EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("error")) return "";
    EXPECT_TRUE(doc["error"]["message"].IsString());
    return doc["error"]["code"].GetString();
  }

  Router router_;
  CorsPolicy cors_{std::vector<std::string>{"https://portal.example"}};
  Metrics metrics_;
  RequestLog log_{nullptr};
};

TEST_F(DispatcherTest, DecodesTheQueryOnce) {
  ApiResponse r = send(Method::Get, "/ok?q=a+b%21");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "{\"q\":\"a b!\"}");
}

TEST_F(DispatcherTest, ErrorsAreJson) {
  ApiResponse missing = send(Method::Get, "/nowhere");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(error_code(missing), "not_found");

  ApiResponse not_item = send(Method::Get, "/items/missing");
  EXPECT_EQ(not_item.status, 404);
  EXPECT_EQ(error_code(not_item), "not_found");

  ApiResponse bad_query = send(Method::Get, "/ok?q=%ZZ");
  EXPECT_EQ(bad_query.status, 400);
  EXPECT_EQ(error_code(bad_query), "bad_request");

  ApiResponse invalid = send(Method::Get, "/invalid");
  EXPECT_EQ(invalid.status, 400);
  EXPECT_EQ(error_code(invalid), "bad_request");
  EXPECT_NE(invalid.body.find("query too long"), std::string::npos);

  ApiResponse boom = send(Method::Get, "/boom");
  EXPECT_EQ(boom.status, 500);
  EXPECT_EQ(error_code(boom), "internal");
  EXPECT_EQ(boom.body.find("disk on fire"), std::string::npos);  // details go to the log, not the client

  EXPECT_EQ(send(Method::Get, "/weird").status, 500);
  ApiResponse xapian = send(Method::Get, "/xapian");
  EXPECT_EQ(xapian.status, 500);
  EXPECT_EQ(error_code(xapian), "internal");
}

TEST_F(DispatcherTest, MethodNotAllowedCarriesAllow) {
  ApiResponse r = send(Method::Delete, "/ok");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(error_code(r), "method_not_allowed");
  EXPECT_EQ(r.header("Allow"), "GET, POST, OPTIONS");
}

TEST_F(DispatcherTest, BodyLimit) {
  EXPECT_EQ(send(Method::Post, "/ok", std::string(100, 'x')).status, 200);
  ApiResponse r = send(Method::Post, "/ok", std::string(101, 'x'));
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(error_code(r), "payload_too_large");
}

TEST_F(DispatcherTest, OptionsOnAKnownPath) {
  ApiResponse r = send(Method::Options, "/ok", {}, {{"origin", "https://portal.example"}});
  EXPECT_EQ(r.status, 204);
  EXPECT_EQ(r.header("Access-Control-Allow-Methods"), "GET, POST");
  EXPECT_EQ(send(Method::Options, "/nowhere").status, 404);
}

TEST_F(DispatcherTest, CorsHeadersOnEveryAnswerErrorsIncluded) {
  auto origin = std::vector<std::pair<std::string, std::string>>{{"origin", "https://portal.example"}};
  EXPECT_EQ(send(Method::Get, "/ok", {}, origin).header("Access-Control-Allow-Origin"), "https://portal.example");
  EXPECT_EQ(send(Method::Get, "/boom", {}, origin).header("Access-Control-Allow-Origin"), "https://portal.example");
  EXPECT_EQ(send(Method::Get, "/ok").header("Access-Control-Allow-Origin"), std::nullopt);
}

TEST_F(DispatcherTest, MetricsUseRoutePatterns) {
  send(Method::Get, "/items/a");
  send(Method::Get, "/items/b");
  send(Method::Get, "/items/missing");
  send(Method::Get, "/random/path/1");
  EXPECT_EQ(metrics_.count("/items/{id}", 200), 2u);
  EXPECT_EQ(metrics_.count("/items/{id}", 404), 1u);
  EXPECT_EQ(metrics_.count(kUnmatchedRoute, 404), 1u);
  EXPECT_EQ(metrics_.render(std::nullopt).find("/items/a"), std::string::npos);
}

TEST(RequestLog, OneLineWithStatusAndTime) {
  EXPECT_EQ(RequestLog::format("GET", "/api/v1/search?q=a+b", 200, 0.0042), "GET /api/v1/search?q=a+b 200 4.2ms");
  std::string line = RequestLog::format("GET", std::string("/x\n") + std::string(300, 'a'), 404, 0);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_NE(line.find("..."), std::string::npos);
}

}  // namespace
}  // namespace siaran::searchd
