// The OpenAPI document and the server's route table describe the same API, kept true here:
// every API route the server registers is documented, and every documented operation is served.
#include "searchd/openapi.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>

#include <algorithm>
#include <functional>
#include <set>

#include "searchd/routes.h"
#include "tests/searchd/api_test_support.h"
#include "tests/searchd/fixture_index.h"
#include "tests/support/test_paths.h"

namespace siaran::searchd::testing {
namespace {

using Operation = std::pair<std::string, std::string>;

std::set<Operation> api_routes(const Server& server) {
  std::set<Operation> out;
  for (const auto& [method, pattern] : server.routes())
    if (is_api_route(pattern)) out.emplace(std::string(method_name(method)), pattern);
  return out;
}

TEST(OpenApi, DocumentedOperationsAreExactlyTheServedRoutes) {
  siaran::testing::TempDir dir;
  ServerConfig config;
  config.db = dir.path();
  config.log = nullptr;
  Server server(std::move(config));
  std::vector<Operation> listed = openapi_operations(openapi_document());
  std::set<Operation> documented(listed.begin(), listed.end());
  EXPECT_EQ(documented.size(), listed.size()) << "an operation is documented twice";
  std::set<Operation> served = api_routes(server);
  for (const Operation& op : served)
    EXPECT_TRUE(documented.count(op)) << op.first << " " << op.second << " is served but not in openapi.json";
  for (const Operation& op : documented)
    EXPECT_TRUE(served.count(op)) << op.first << " " << op.second << " is in openapi.json but not served";
  EXPECT_GE(served.size(), 8u);
}

TEST(OpenApi, EveryReferenceResolves) {
  rapidjson::Document doc;
  doc.Parse(openapi_document().data(), openapi_document().size());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_EQ(str(doc["openapi"]).substr(0, 2), "3.");
  unsigned refs = 0;
  std::function<void(const rapidjson::Value&)> walk = [&](const rapidjson::Value& v) {
    if (v.IsObject()) {
      for (const auto& m : v.GetObject()) {
        if (str(m.name) == "$ref") {
          std::string ref = str(m.value);
          ASSERT_EQ(ref.substr(0, 1), "#") << ref;
          EXPECT_NE(rapidjson::Pointer(ref.substr(1).c_str()).Get(doc), nullptr) << "dangling " << ref;
          ++refs;
        } else {
          walk(m.value);
        }
      }
    } else if (v.IsArray()) {
      for (const auto& item : v.GetArray()) walk(item);
    }
  };
  walk(doc);
  EXPECT_GT(refs, 20u);
}

TEST(OpenApi, ServedOverHttp) {
  siaran::testing::TempDir dir;
  auto server = start_server(dir.path());  // no index needed to describe the API
  HttpResponse r = http_get(server->port(), "/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body, std::string(openapi_document()));
  EXPECT_TRUE(json_of(r).HasMember("paths"));
}

}  // namespace
}  // namespace siaran::searchd::testing
