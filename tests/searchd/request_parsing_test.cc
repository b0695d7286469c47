#include "searchd/request_parsing.h"

#include <gtest/gtest.h>

#include "search/request_check.h"
#include "searchd/api_error.h"

namespace siaran::searchd {
namespace {

using search::SearchRequest;
using search::SortOrder;
using Strings = std::vector<std::string>;

SearchRequest from_query(const std::string& raw) { return search_request_from_query(QueryString::parse(raw)); }

// The message of the BadRequest that `raw` raises ("" if none).
std::string refusal(const std::string& raw) {
  try {
    SearchRequest r = from_query(raw);
    search::check_request(r);
  } catch (const BadRequest& e) {
    return e.what();
  } catch (const search::InvalidRequest& e) {
    return e.what();
  }
  return "";
}

TEST(SearchRequestFromQuery, Defaults) {
  SearchRequest r = from_query("");
  EXPECT_EQ(r.q, "");
  EXPECT_EQ(r.page, 1u);
  EXPECT_EQ(r.per_page, 10u);
  EXPECT_EQ(r.sort, SortOrder::Relevance);
  EXPECT_EQ(r.facets, (Strings{"year", "month", "unit", "topic"}));
  EXPECT_TRUE(r.units.empty());
}

TEST(SearchRequestFromQuery, EveryParameter) {
  SearchRequest r = from_query(
      "q=remisi+lebaran&page=3&per_page=20&sort=newest&from=2022-01-01&to=2022-12-31"
      "&unit=Lapas+Kelas+IIA+Cibinong&unit=Rutan%20Kelas%20I%20Depok&topic=Remisi+%26+Integrasi&region=Maluku"
      "&facets=unit,year");
  EXPECT_EQ(r.q, "remisi lebaran");
  EXPECT_EQ(r.page, 3u);
  EXPECT_EQ(r.per_page, 20u);
  EXPECT_EQ(r.sort, SortOrder::Newest);
  EXPECT_EQ(r.from, "2022-01-01");
  EXPECT_EQ(r.to, "2022-12-31");
  EXPECT_EQ(r.units, (Strings{"Lapas Kelas IIA Cibinong", "Rutan Kelas I Depok"}));
  EXPECT_EQ(r.topics, (Strings{"Remisi & Integrasi"}));
  EXPECT_EQ(r.regions, (Strings{"Maluku"}));
  EXPECT_EQ(r.facets, (Strings{"unit", "year"}));
}

TEST(SearchRequestFromQuery, EmptyValuesCountAsNotGiven) {
  SearchRequest r = from_query("q=&page=&per_page=&sort=&from=&to=&unit=&topic=");
  EXPECT_EQ(r.page, 1u);
  EXPECT_EQ(r.per_page, 10u);
  EXPECT_TRUE(r.from.empty());
  EXPECT_TRUE(r.units.empty());
  EXPECT_TRUE(r.topics.empty());
}

TEST(SearchRequestFromQuery, EmptyFacetsAsksForNone) {
  EXPECT_TRUE(from_query("facets=").facets.empty());
  EXPECT_EQ(from_query("facets=+topic+,,unit").facets, (Strings{"topic", "unit"}));
}

TEST(SearchRequestFromQuery, UnknownParameterIsNamed) {
  std::string message = refusal("q=x&per-page=5");
  EXPECT_NE(message.find("unknown parameter \"per-page\""), std::string::npos) << message;
  EXPECT_NE(message.find("per_page"), std::string::npos) << message;  // says what is accepted
}

TEST(SearchRequestFromQuery, BadNumbers) {
  for (const char* raw : {"page=-1", "page=abc", "page=0", "page=1.5", "page=+2", "page=99999999999999999999",
                          "per_page=0", "per_page=1000", "per_page=ten"}) {
    std::string message = refusal(raw);
    EXPECT_FALSE(message.empty()) << raw;
    std::string name = std::string(raw).substr(0, std::string(raw).find('='));
    EXPECT_NE(message.find(name), std::string::npos) << raw << ": " << message;
  }
  EXPECT_EQ(refusal("per_page=100"), "");
}

TEST(SearchRequestFromQuery, BadSortAndDatesAndFacets) {
  EXPECT_NE(refusal("sort=bogus").find("relevance, newest or oldest"), std::string::npos);
  EXPECT_NE(refusal("from=2022-13-45").find("2022-13-45"), std::string::npos);
  EXPECT_NE(refusal("to=yesterday").find("yesterday"), std::string::npos);
  EXPECT_FALSE(refusal("from=2023-01-01&to=2022-01-01").empty());
  EXPECT_NE(refusal("facets=year,colour").find("colour"), std::string::npos);
  EXPECT_FALSE(refusal("page=1001&per_page=10").empty());  // beyond 10,000 results deep
}

TEST(SearchRequestFromQuery, SingleValuedParameterTwiceIsRefused) {
  EXPECT_NE(refusal("page=1&page=2").find("more than once"), std::string::npos);
  EXPECT_NE(refusal("q=a&q=b").find("\"q\""), std::string::npos);
}

TEST(SearchRequestFromJson, EveryKey) {
  SearchRequest r = search_request_from_json(
      R"({"q":"remisi","page":2,"per_page":5,"sort":"oldest","from":"2021-01-01","to":null,
          "unit":["Lapas Kelas IIA Ambon","Rutan Kelas I Depok"],"topic":"Kesehatan","region":[],"facets":["unit"]})");
  EXPECT_EQ(r.q, "remisi");
  EXPECT_EQ(r.page, 2u);
  EXPECT_EQ(r.per_page, 5u);
  EXPECT_EQ(r.sort, SortOrder::Oldest);
  EXPECT_EQ(r.from, "2021-01-01");
  EXPECT_EQ(r.to, "");
  EXPECT_EQ(r.units, (Strings{"Lapas Kelas IIA Ambon", "Rutan Kelas I Depok"}));
  EXPECT_EQ(r.topics, (Strings{"Kesehatan"}));
  EXPECT_TRUE(r.regions.empty());
  EXPECT_EQ(r.facets, (Strings{"unit"}));
}

TEST(SearchRequestFromJson, EmptyObjectIsTheDefaultRequest) {
  SearchRequest r = search_request_from_json("  {}  ");
  EXPECT_EQ(r.page, 1u);
  EXPECT_EQ(r.facets, (Strings{"year", "month", "unit", "topic"}));
}

TEST(SearchRequestFromJson, Refusals) {
  auto message = [](const std::string& body) -> std::string {
    try {
      search_request_from_json(body);
    } catch (const BadRequest& e) {
      return e.what();
    }
    return "";
  };
  EXPECT_NE(message("").find("not valid JSON"), std::string::npos);
  EXPECT_NE(message("{\"q\":").find("not valid JSON"), std::string::npos);
  EXPECT_NE(message("{} {}").find("not valid JSON"), std::string::npos);
  EXPECT_NE(message("[1]").find("JSON object"), std::string::npos);
  EXPECT_NE(message(R"({"qq":"x"})").find("\"qq\""), std::string::npos);
  EXPECT_NE(message(R"({"q":1})").find("\"q\" must be a string"), std::string::npos);
  EXPECT_NE(message(R"({"page":"2"})").find("\"page\" must be a number"), std::string::npos);
  EXPECT_NE(message(R"({"page":1.5})").find("whole number"), std::string::npos);
  EXPECT_NE(message(R"({"page":-3})").find("whole number"), std::string::npos);
  EXPECT_NE(message(R"({"unit":[1]})").find("strings only"), std::string::npos);
  EXPECT_NE(message(R"({"unit":{}})").find("array of strings"), std::string::npos);
  EXPECT_NE(message(R"({"sort":"best"})").find("relevance, newest or oldest"), std::string::npos);
  EXPECT_NE(message(R"({"q":"a","q":"b"})").find("twice"), std::string::npos);
  EXPECT_NE(message("{\"q\":\"\xFF\"}").find("not valid JSON"), std::string::npos);  // invalid UTF-8
  EXPECT_NE(message(R"({"q":"a\u0000b"})").find("NUL"), std::string::npos);
}

TEST(ParseUnsigned, Ranges) {
  EXPECT_EQ(parse_unsigned("count", "7", 1, 50), 7u);
  EXPECT_THROW(parse_unsigned("count", "51", 1, 50), BadRequest);
  EXPECT_THROW(parse_unsigned("count", "", 1, 50), BadRequest);
  EXPECT_THROW(parse_unsigned("count", " 7", 1, 50), BadRequest);
}

}  // namespace
}  // namespace siaran::searchd
