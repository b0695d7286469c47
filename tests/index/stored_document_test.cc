#include "index/stored_document.h"

#include <gtest/gtest.h>

#include <rapidjson/document.h>

namespace siaran::index {
namespace {

corpus::Document full_document() {
  corpus::Document doc;
  doc.id = "lapas-cibinong-2023-05-17";
  doc.title = "Lapas Cibinong Gelar Pelatihan \"Barista\" bagi WBP";
  doc.url = "https://example.org/berita?id=1&x=2";
  doc.date = "2023-05-17T09:30:00";
  doc.date_inferred = true;
  doc.unit = "Lapas Kelas IIA Cibinong";
  doc.unit_inferred = true;
  doc.region = "Jawa Barat";
  doc.topic = "Pembinaan";
  doc.topic_inferred = false;
  doc.author = "O2/afn";
  doc.body = "Paragraf pertama.\n\nParagraf kedua dengan \\ garis miring, tab\t, dan \"kutip\".";
  doc.source = "INFO_PAS";
  doc.place = "Sentul";
  return doc;
}

TEST(StoredDocument, RoundTripsEveryField) {
  const corpus::Document doc = full_document();
  EXPECT_EQ(from_json(to_json(doc)), doc);
}

TEST(StoredDocument, RoundTripsUnicodeAndControlCharacters) {
  corpus::Document doc;
  doc.id = "ü-1";
  doc.title = "Kunjungan ke Łódź — “Pemasyarakatan” 🙂";
  doc.body = std::string("satu\x01" "dua\x1F" "tiga\r\nempat\u2028lima");
  const std::string json = to_json(doc);
  EXPECT_EQ(json.find('\n'), std::string::npos) << "one JSONL line";
  EXPECT_NE(json.find("Łódź"), std::string::npos) << "UTF-8 is written as is, not \\u-escaped";
  EXPECT_NE(json.find("\\u0001"), std::string::npos);
  EXPECT_EQ(from_json(json), doc);
}

TEST(StoredDocument, WritesEveryKeyAsTheCanonicalSchemaNamesIt) {
  rapidjson::Document parsed;
  const std::string json = to_json(corpus::Document{});
  parsed.Parse(json.c_str());
  ASSERT_TRUE(parsed.IsObject());
  for (const char* key : {"id", "title", "url", "date", "unit", "region", "topic", "author", "body", "source", "place"}) {
    ASSERT_TRUE(parsed.HasMember(key)) << key;
    EXPECT_TRUE(parsed[key].IsString()) << key;
  }
  for (const char* key : {"date_inferred", "unit_inferred", "topic_inferred"}) {
    ASSERT_TRUE(parsed.HasMember(key)) << key;
    EXPECT_TRUE(parsed[key].IsBool()) << key;
  }
  EXPECT_EQ(parsed.MemberCount(), 14u);
  EXPECT_EQ(json.substr(0, 7), "{\"id\":\"");
}

TEST(StoredDocument, MissingKeysAreEmptyAndUnknownKeysIgnored) {
  const corpus::Document doc = from_json(R"({"title":"Judul","future_field":[1,2],"unit_inferred":true})");
  EXPECT_EQ(doc.title, "Judul");
  EXPECT_TRUE(doc.unit_inferred);
  EXPECT_EQ(doc.body, "");
}

TEST(StoredDocument, RefusesMalformedData) {
  EXPECT_THROW(from_json(""), std::runtime_error);
  EXPECT_THROW(from_json("{\"title\": \"tanpa akhir"), std::runtime_error);
  EXPECT_THROW(from_json("[1, 2]"), std::runtime_error);
  EXPECT_THROW(from_json(R"({"title": 5})"), std::runtime_error);
  EXPECT_THROW(from_json(R"({"date_inferred": "yes"})"), std::runtime_error);
  EXPECT_THROW(from_json("{\"title\": \"\xC3\x28\"}"), std::runtime_error) << "invalid UTF-8";
}

TEST(StoredDocument, RefusesToWriteInvalidUtf8) {
  corpus::Document doc;
  doc.body = "rusak \xFF di sini";
  EXPECT_THROW(to_json(doc), std::invalid_argument);
}

}  // namespace
}  // namespace siaran::index
