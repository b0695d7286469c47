#include "searchd/cors.h"

#include <gtest/gtest.h>

namespace siaran::searchd {
namespace {

ApiRequest from(std::optional<std::string> origin) {
  ApiRequest r;
  if (origin) r.headers.emplace_back("origin", *origin);
  return r;
}

TEST(CorsPolicy, NoneByDefault) {
  CorsPolicy policy;
  EXPECT_FALSE(policy.enabled());
  ApiResponse response;
  policy.decorate(from("https://evil.example"), response);
  EXPECT_TRUE(response.headers.empty());
}

TEST(CorsPolicy, ListedOriginsAreEchoedWithVary) {
  CorsPolicy policy({"https://portal.example.go.id", "http://localhost:3000/"});
  EXPECT_EQ(policy.allow_origin("https://portal.example.go.id"), "https://portal.example.go.id");
  EXPECT_EQ(policy.allow_origin("http://localhost:3000"), "http://localhost:3000");  // trailing slash forgiven
  EXPECT_EQ(policy.allow_origin("https://other.example"), std::nullopt);
  EXPECT_EQ(policy.allow_origin(std::nullopt), std::nullopt);

  ApiResponse allowed;
  policy.decorate(from("https://portal.example.go.id"), allowed);
  EXPECT_EQ(allowed.header("Access-Control-Allow-Origin"), "https://portal.example.go.id");
  EXPECT_EQ(allowed.header("Vary"), "Origin");

  ApiResponse refused;
  policy.decorate(from("https://other.example"), refused);
  EXPECT_EQ(refused.header("Access-Control-Allow-Origin"), std::nullopt);
  EXPECT_EQ(refused.header("Vary"), "Origin");
}

TEST(CorsPolicy, StarAllowsAnyOrigin) {
  CorsPolicy policy({"*"});
  EXPECT_EQ(policy.allow_origin("https://anything.example"), "*");
  ApiResponse response;
  policy.decorate(from("null"), response);
  EXPECT_EQ(response.header("Access-Control-Allow-Origin"), "*");
  EXPECT_EQ(response.header("Vary"), std::nullopt);
}

TEST(CorsPolicy, MalformedOriginsFailAtStartup) {
  for (const char* bad : {"portal.example.go.id", "https://", "https://x.example/path", "://x", "https://a b"})
    EXPECT_THROW(CorsPolicy({bad}), std::invalid_argument) << bad;
}

TEST(CorsPolicy, Preflight) {
  CorsPolicy policy({"https://portal.example.go.id"});
  ApiRequest request = from("https://portal.example.go.id");
  request.method = Method::Options;
  request.headers.emplace_back("access-control-request-method", "POST");
  ApiResponse response = policy.preflight(request, {Method::Get, Method::Post});
  EXPECT_EQ(response.status, 204);
  EXPECT_EQ(response.header("Allow"), "GET, POST, OPTIONS");
  EXPECT_EQ(response.header("Access-Control-Allow-Origin"), "https://portal.example.go.id");
  EXPECT_EQ(response.header("Access-Control-Allow-Methods"), "GET, POST");
  EXPECT_EQ(response.header("Access-Control-Allow-Headers"), "Content-Type");
  EXPECT_TRUE(response.body.empty());

  ApiResponse stranger = policy.preflight(from("https://other.example"), {Method::Get});
  EXPECT_EQ(stranger.status, 204);
  EXPECT_EQ(stranger.header("Access-Control-Allow-Methods"), std::nullopt);
}

}  // namespace
}  // namespace siaran::searchd
