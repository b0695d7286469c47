// The "expanded" member of a search answer: the synonyms the query was widened with.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "searchd/json_encoder.h"

namespace siaran::searchd {
namespace {

TEST(JsonExpanded, ListsEachExpandedKeyWithItsAlternatives) {
  search::SearchResult r;
  r.query = "Lapas \"warga\" wbp";
  r.expanded = {{"lapas", {"lembaga pemasyarakatan"}}, {"wbp", {"warga binaan", "warga \"binaan\""}}};
  rapidjson::Document doc;
  doc.Parse(encode_search_result(r).c_str());
  ASSERT_FALSE(doc.HasParseError());
  ASSERT_TRUE(doc["expanded"].IsObject());
  ASSERT_EQ(doc["expanded"].MemberCount(), 2u);
  EXPECT_STREQ(doc["expanded"]["lapas"][0].GetString(), "lembaga pemasyarakatan");
  ASSERT_EQ(doc["expanded"]["wbp"].Size(), 2u);
  EXPECT_STREQ(doc["expanded"]["wbp"][1].GetString(), "warga \"binaan\"");
}

TEST(JsonExpanded, IsAnEmptyObjectWhenNothingWasExpanded) {
  rapidjson::Document doc;
  doc.Parse(encode_search_result(search::SearchResult{}).c_str());
  ASSERT_TRUE(doc.HasMember("expanded"));
  EXPECT_TRUE(doc["expanded"].IsObject());
  EXPECT_EQ(doc["expanded"].MemberCount(), 0u);
}

}  // namespace
}  // namespace siaran::searchd
