#include "searchd/router.h"

#include <gtest/gtest.h>

#include "searchd/api_error.h"

namespace siaran::searchd {
namespace {

Handler named(std::string name) {
  return [name](const ApiRequest&) { return ApiResponse::text(name, "text/plain"); };
}

std::string call(const RouteMatch& m) {
  ApiRequest r;
  return m.route ? m.route->handler(r).body : "";
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.add(Method::Get, "/api/v1/search", named("search"));
    router_.add(Method::Post, "/api/v1/search", named("search-post"));
    router_.add(Method::Get, "/api/v1/documents/{id}", named("document"));
    router_.add(Method::Get, "/api/v1/documents/{id}/similar", named("similar"));
    router_.add(Method::Get, "/api/v1/documents/latest", named("latest"));
    router_.add(Method::Get, "/", named("home"));
  }
  Router router_;
};

TEST_F(RouterTest, LiteralPaths) {
  EXPECT_EQ(call(router_.match(Method::Get, "/api/v1/search")), "search");
  EXPECT_EQ(call(router_.match(Method::Post, "/api/v1/search")), "search-post");
  EXPECT_EQ(call(router_.match(Method::Get, "/")), "home");
}

TEST_F(RouterTest, ParametersAreDecodedAfterSplitting) {
  RouteMatch m = router_.match(Method::Get, "/api/v1/documents/f%2F01%20a+b");
  EXPECT_EQ(call(m), "document");
  EXPECT_EQ(m.pattern, "/api/v1/documents/{id}");
  EXPECT_EQ(m.params.at("id"), "f/01 a+b");  // '+' is literal in a path
  RouteMatch s = router_.match(Method::Get, "/api/v1/documents/x/similar");
  EXPECT_EQ(call(s), "similar");
  EXPECT_EQ(s.params.at("id"), "x");
}

TEST_F(RouterTest, LiteralSegmentWinsOverParameter) {
  EXPECT_EQ(call(router_.match(Method::Get, "/api/v1/documents/latest")), "latest");
}

TEST_F(RouterTest, UnknownPathsDoNotMatch) {
  for (const char* path : {"/api/v1/searches", "/api/v1/search/", "/api/v1//search", "/api/v1/documents/",
                           "/api/v1/documents//similar", "api/v1/search", "", "*", "/API/V1/SEARCH"}) {
    RouteMatch m = router_.match(Method::Get, path);
    EXPECT_FALSE(m.path_found()) << path;
    EXPECT_FALSE(m.route) << path;
  }
}

TEST_F(RouterTest, WrongMethodListsTheAllowedOnes) {
  RouteMatch m = router_.match(Method::Delete, "/api/v1/search");
  EXPECT_TRUE(m.path_found());
  EXPECT_FALSE(m.route);
  EXPECT_EQ(m.allowed, (std::vector<Method>{Method::Get, Method::Post}));
}

TEST_F(RouterTest, MalformedParameterIsABadRequest) {
  EXPECT_THROW(router_.match(Method::Get, "/api/v1/documents/%ZZ"), BadRequest);
  EXPECT_THROW(router_.match(Method::Get, "/api/v1/documents/%FF"), BadRequest);
}

TEST_F(RouterTest, RoutesAreListedInOrder) {
  auto routes = router_.routes();
  ASSERT_EQ(routes.size(), 6u);
  EXPECT_EQ(routes[0], (std::pair<Method, std::string>{Method::Get, "/api/v1/search"}));
  EXPECT_EQ(routes[5], (std::pair<Method, std::string>{Method::Get, "/"}));
}

TEST(Router, RefusesBadPatternsAndDuplicates) {
  Router r;
  EXPECT_THROW(r.add(Method::Get, "no-slash", named("x")), std::invalid_argument);
  EXPECT_THROW(r.add(Method::Get, "/a//b", named("x")), std::invalid_argument);
  EXPECT_THROW(r.add(Method::Get, "/a/x{id}", named("x")), std::invalid_argument);
  r.add(Method::Get, "/a", named("x"));
  EXPECT_THROW(r.add(Method::Get, "/a", named("y")), std::invalid_argument);
  EXPECT_NO_THROW(r.add(Method::Post, "/a", named("y")));
}

}  // namespace
}  // namespace siaran::searchd
