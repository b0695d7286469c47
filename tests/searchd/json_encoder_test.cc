#include "searchd/json_encoder.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "searchd/api_error.h"
#include "searchd/searcher_pool.h"

namespace siaran::searchd {
namespace {

rapidjson::Document parse(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str());
  EXPECT_FALSE(doc.HasParseError()) << json;
  return doc;
}

search::Hit sample_hit() {
  search::Hit h;
  h.doc.id = "f06";
  h.doc.title = "Pesan \"palsu\" <script>";
  h.doc.date = "2024-02-14";
  h.doc.unit = "Lapas Kelas IIA Cibinong";
  h.doc.unit_inferred = true;
  h.doc.body = "not shown in hits";
  h.score = 12.5;
  h.title_html = "Pesan &quot;palsu&quot; &lt;script&gt;";
  h.snippet_html = "<mark>pesan</mark> berisi &lt;script&gt;\u2026";
  return h;
}

TEST(JsonEncoder, SearchResultShape) {
  search::SearchResult r;
  r.query = "pesan \"palsu\"\n";
  r.total = 1;
  r.page = 1;
  r.per_page = 10;
  r.took_ms = 1.23456789;
  r.hits.push_back(sample_hit());
  r.facets.push_back({"year", {{"2024", 1}}});
  r.facets.push_back({"unit", {{"Lapas Kelas IIA Cibinong", 1}, {"Rutan Kelas I Depok", 0}}});
  rapidjson::Document doc = parse(encode_search_result(r));

  EXPECT_EQ(std::string(doc["query"].GetString()), r.query);
  EXPECT_EQ(doc["total"].GetUint64(), 1u);
  EXPECT_TRUE(doc["total_exact"].GetBool());
  EXPECT_DOUBLE_EQ(doc["took_ms"].GetDouble(), 1.235);
  EXPECT_TRUE(doc["suggestion"].IsNull());
  EXPECT_TRUE(doc["facets_exact"].GetBool());
  ASSERT_EQ(doc["hits"].Size(), 1u);
  const auto& hit = doc["hits"][0];
  for (const char* key : {"id", "title", "title_html", "url", "date", "date_inferred", "unit", "unit_inferred", "region",
                          "topic", "topic_inferred", "score", "snippet"})
    EXPECT_TRUE(hit.HasMember(key)) << key;
  EXPECT_FALSE(hit.HasMember("body"));
  EXPECT_EQ(std::string(hit["title"].GetString()), "Pesan \"palsu\" <script>");
  EXPECT_EQ(std::string(hit["snippet"].GetString()), "<mark>pesan</mark> berisi &lt;script&gt;\u2026");
  EXPECT_TRUE(hit["url"].IsNull());
  EXPECT_TRUE(hit["region"].IsNull());
  EXPECT_TRUE(hit["unit_inferred"].GetBool());
  EXPECT_DOUBLE_EQ(hit["score"].GetDouble(), 12.5);
  ASSERT_TRUE(doc["facets"]["unit"].IsArray());
  EXPECT_EQ(doc["facets"]["unit"][1]["count"].GetUint64(), 0u);
  EXPECT_EQ(std::string(doc["facets"]["year"][0]["value"].GetString()), "2024");

  r.suggestion = "pesan palsu";
  EXPECT_EQ(std::string(parse(encode_search_result(r))["suggestion"].GetString()), "pesan palsu");
}

TEST(JsonEncoder, DocumentHasEveryField) {
  corpus::Document d = sample_hit().doc;
  d.author = "O2/afn";
  rapidjson::Document doc = parse(encode_document(d));
  for (const char* key : {"id", "title", "url", "date", "date_inferred", "unit", "unit_inferred", "region", "topic",
                          "topic_inferred", "author", "body", "source", "place"})
    EXPECT_TRUE(doc.HasMember(key)) << key;
  EXPECT_EQ(std::string(doc["body"].GetString()), "not shown in hits");
  EXPECT_EQ(std::string(doc["author"].GetString()), "O2/afn");
  EXPECT_TRUE(doc["place"].IsNull());
}

TEST(JsonEncoder, SmallAnswers) {
  rapidjson::Document s = parse(encode_suggestions("lokakarya keh", {"lokakarya kehumasan"}));
  EXPECT_EQ(std::string(s["suggestions"][0].GetString()), "lokakarya kehumasan");
  rapidjson::Document sim = parse(encode_similar("f07", {sample_hit()}));
  EXPECT_EQ(std::string(sim["id"].GetString()), "f07");
  EXPECT_EQ(sim["hits"].Size(), 1u);
  search::IndexInfo info{16, "gen-000002", "2025-01-02T03:04:05Z", "snowball"};
  rapidjson::Document h = parse(encode_health(info, 12.0));
  EXPECT_EQ(std::string(h["status"].GetString()), "ok");
  EXPECT_EQ(h["documents"].GetUint64(), 16u);
  EXPECT_EQ(std::string(h["generation"].GetString()), "gen-000002");
  EXPECT_DOUBLE_EQ(h["age_seconds"].GetDouble(), 12.0);
  rapidjson::Document e = parse(error_body(ErrorKind::PayloadTooLarge, "too \"big\""));
  EXPECT_EQ(std::string(e["error"]["code"].GetString()), "payload_too_large");
  EXPECT_EQ(std::string(e["error"]["message"].GetString()), "too \"big\"");
}

TEST(SecondsSince, Iso8601Utc) {
  ASSERT_TRUE(seconds_since("2020-01-01T00:00:00Z"));
  EXPECT_GT(*seconds_since("2020-01-01T00:00:00Z"), 150'000'000.0);
  EXPECT_TRUE(seconds_since("2020-01-01T00:00:00.123Z"));
  EXPECT_TRUE(seconds_since("2020-01-01T00:00:00+00:00"));
  EXPECT_FALSE(seconds_since("2020-01-01"));
  EXPECT_FALSE(seconds_since("yesterday"));
  EXPECT_FALSE(seconds_since("2020-01-01T00:00:00+07:00"));
}

}  // namespace
}  // namespace siaran::searchd
