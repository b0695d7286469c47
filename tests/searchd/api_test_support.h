// Helpers for reading the API's answers in tests.
#pragma once

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <string>
#include <vector>

#include "tests/searchd/http_client.h"

namespace siaran::searchd::testing {

inline rapidjson::Document json_of(const HttpResponse& r) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(r.body.c_str(), r.body.size());
  EXPECT_FALSE(doc.HasParseError()) << "not JSON (status " << r.status << "): " << r.body;
  EXPECT_EQ(r.header("content-type").value_or(""), "application/json; charset=utf-8") << r.body;
  return doc;
}

inline std::string str(const rapidjson::Value& v) {
  return v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : std::string();
}

// "bad_request" for {"error":{"code":"bad_request",...}}; "" (and a failure) for anything else.
inline std::string error_code(const HttpResponse& r) {
  rapidjson::Document doc = json_of(r);
  if (!doc.IsObject() || !doc.HasMember("error") || !doc["error"].IsObject()) {
    ADD_FAILURE() << "no error object: " << r.body;
    return "";
  }
  EXPECT_TRUE(doc["error"]["message"].IsString()) << r.body;
  EXPECT_GT(doc["error"]["message"].GetStringLength(), 10u) << "message too terse: " << r.body;
  return str(doc["error"]["code"]);
}

inline std::string error_message(const HttpResponse& r) {
  rapidjson::Document doc = json_of(r);
  if (!doc.IsObject() || !doc.HasMember("error")) return "";
  return str(doc["error"]["message"]);
}

inline std::vector<std::string> hit_ids(const rapidjson::Document& doc) {
  std::vector<std::string> ids;
  if (!doc.IsObject() || !doc.HasMember("hits")) return ids;
  for (const auto& h : doc["hits"].GetArray()) ids.push_back(str(h["id"]));
  return ids;
}

// facet name -> value -> count, from a search answer.
inline std::map<std::string, std::map<std::string, unsigned long long>> facets_of(const rapidjson::Document& doc) {
  std::map<std::string, std::map<std::string, unsigned long long>> out;
  for (const auto& f : doc["facets"].GetObject())
    for (const auto& v : f.value.GetArray()) out[str(f.name)][str(v["value"])] = v["count"].GetUint64();
  return out;
}

}  // namespace siaran::searchd::testing
