// The JSON search API over real HTTP, against the fixture archive (fixture_index.h). Expected
// answers are worked out from the fixture records themselves, not from the Searcher.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "searchd/query_string.h"
#include "tests/searchd/api_test_support.h"
#include "tests/searchd/fixture_index.h"
#include "tests/support/test_paths.h"

namespace siaran::searchd::testing {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;
using ::testing::UnorderedElementsAre;
using Counts = std::map<std::string, unsigned long long>;

class ApiSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new siaran::testing::TempDir();
    build_index(dir_->path(), fixture_documents());
    server_ = start_server(dir_->path()).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }

  static rapidjson::Document get(const std::string& target) {
    HttpResponse r = http_get(server_->port(), target);
    EXPECT_EQ(r.status, 200) << target << ": " << r.body;
    return json_of(r);
  }
  static rapidjson::Document post(const std::string& body) {
    HttpResponse r = http_request(server_->port(), "POST", "/api/v1/search", body, {{"Content-Type", "application/json"}});
    EXPECT_EQ(r.status, 200) << body << ": " << r.body;
    return json_of(r);
  }
  static std::vector<std::string> ids(const std::string& target) { return hit_ids(get(target)); }
  static const corpus::Document& fixture(const std::string& id) {
    for (const auto& d : fixture_documents())
      if (d.id == id) return d;
    throw std::out_of_range(id);
  }
  // Ids of the fixture releases satisfying `keep`.
  template <typename Pred>
  static std::vector<std::string> fixture_ids(Pred keep) {
    std::vector<std::string> out;
    for (const auto& d : fixture_documents())
      if (keep(d)) out.push_back(d.id);
    return out;
  }
  static std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  }

  static inline siaran::testing::TempDir* dir_ = nullptr;
  static inline Server* server_ = nullptr;
};

TEST_F(ApiSearchTest, AnswerHasTheDocumentedShape) {
  rapidjson::Document doc = get("/api/v1/search?q=remisi");
  for (const char* key : {"query", "total", "total_exact", "page", "per_page", "took_ms", "hits", "facets",
                          "facets_exact", "suggestion"})
    EXPECT_TRUE(doc.HasMember(key)) << key;
  EXPECT_EQ(str(doc["query"]), "remisi");
  EXPECT_EQ(doc["page"].GetUint(), 1u);
  EXPECT_EQ(doc["per_page"].GetUint(), 10u);
  EXPECT_TRUE(doc["suggestion"].IsNull());
  for (const char* facet : {"year", "month", "unit", "topic"}) EXPECT_TRUE(doc["facets"].HasMember(facet)) << facet;
  const auto& hit = doc["hits"][0];
  for (const char* key : {"id", "title", "title_html", "url", "date", "date_inferred", "unit", "region", "topic",
                          "score", "snippet"})
    EXPECT_TRUE(hit.HasMember(key)) << key;
}

TEST_F(ApiSearchTest, ExactTitleRanksFirst) {
  EXPECT_EQ(ids("/api/v1/search?q=lokakarya+kehumasan+pemasyarakatan").front(), "f01");
  EXPECT_EQ(ids("/api/v1/search?q=Lokakarya%20Kehumasan%20Pemasyarakatan").front(), "f01");
}

TEST_F(ApiSearchTest, PhraseAndExclusion) {
  EXPECT_THAT(ids("/api/v1/search?q=%22hari+bhakti+pemasyarakatan%22"), ElementsAre("f04"));
  std::vector<std::string> loose = ids("/api/v1/search?q=hari+bhakti+pemasyarakatan");
  EXPECT_EQ(loose.front(), "f04");
  EXPECT_THAT(loose, Contains("f05"));

  std::vector<std::string> remisi = ids("/api/v1/search?q=remisi");
  EXPECT_THAT(sorted(remisi), ElementsAre("f07", "f08", "f09", "f10", "f11"));
  EXPECT_THAT(sorted(ids("/api/v1/search?q=remisi+-narkoba")), ElementsAre("f07", "f08", "f09", "f11"));
  EXPECT_THAT(sorted(ids("/api/v1/search?q=remisi+NOT+narkoba")), ElementsAre("f07", "f08", "f09", "f11"));
}

TEST_F(ApiSearchTest, EachFilterAndTheirCombinations) {
  auto with_unit = [](const std::string& u) { return [u](const corpus::Document& d) { return d.unit == u; }; };
  EXPECT_EQ(sorted(ids("/api/v1/search?unit=Rutan+Kelas+I+Depok&per_page=100")),
            sorted(fixture_ids(with_unit("Rutan Kelas I Depok"))));
  // Repeated unit= is OR.
  EXPECT_EQ(sorted(ids("/api/v1/search?unit=Rutan+Kelas+I+Depok&unit=Lapas%20Kelas%20IIA%20Ambon&per_page=100")),
            sorted(fixture_ids([](const corpus::Document& d) {
              return d.unit == "Rutan Kelas I Depok" || d.unit == "Lapas Kelas IIA Ambon";
            })));
  // unit AND topic.
  EXPECT_EQ(sorted(ids("/api/v1/search?unit=Lapas+Kelas+IIA+Cibinong&topic=Remisi+%26+Integrasi")),
            (std::vector<std::string>{"f07"}));
  // Repeated topic=.
  EXPECT_EQ(sorted(ids("/api/v1/search?topic=Kesehatan&topic=Keamanan")), (std::vector<std::string>{"f14", "f15"}));
  // Dates, inclusive, with and without words.
  EXPECT_EQ(sorted(ids("/api/v1/search?from=2022-01-01&to=2022-12-31")),
            (std::vector<std::string>{"f07", "f08", "f09"}));
  EXPECT_EQ(sorted(ids("/api/v1/search?q=remisi&from=2022-08-17&to=2023-08-17")),
            (std::vector<std::string>{"f08", "f09", "f10"}));
  EXPECT_EQ(sorted(ids("/api/v1/search?region=Maluku")), (std::vector<std::string>{"f04", "f08", "f14"}));
  // Words, unit, topic and dates together.
  EXPECT_EQ(ids("/api/v1/search?q=remisi&unit=Rutan+Kelas+I+Depok&unit=Lapas+Kelas+IIA+Ambon"
                "&topic=Remisi+%26+Integrasi&from=2022-10-01"),
            (std::vector<std::string>{"f09"}));
}

TEST_F(ApiSearchTest, PostBodyEqualsRepeatedParameters) {
  rapidjson::Document by_get = get(
      "/api/v1/search?q=warga+binaan&unit=Rutan+Kelas+I+Depok&unit=Lapas+Kelas+IIA+Ambon&sort=oldest&per_page=3&page=2");
  rapidjson::Document by_post = post(
      R"({"q":"warga binaan","unit":["Rutan Kelas I Depok","Lapas Kelas IIA Ambon"],"sort":"oldest","per_page":3,"page":2})");
  EXPECT_EQ(hit_ids(by_get), hit_ids(by_post));
  EXPECT_EQ(by_get["total"].GetUint64(), by_post["total"].GetUint64());
  EXPECT_EQ(facets_of(by_get), facets_of(by_post));
  EXPECT_FALSE(hit_ids(by_post).empty());

  rapidjson::Document only_facets = post(R"({"topic":["Layanan"],"facets":["unit"]})");
  EXPECT_EQ(sorted(hit_ids(only_facets)), (std::vector<std::string>{"f06", "f13"}));
  EXPECT_EQ(only_facets["facets"].MemberCount(), 1u);
}

// Facet counts must equal counts made by hand over the matching records.
TEST_F(ApiSearchTest, FacetCountsEqualCountsOverTheMatches) {
  for (const std::string q : {"", "remisi", "warga+binaan", "lapas"}) {
    rapidjson::Document doc = get("/api/v1/search?per_page=100&q=" + q);
    std::vector<std::string> matched = hit_ids(doc);
    ASSERT_EQ(matched.size(), doc["total"].GetUint64()) << q;
    std::map<std::string, Counts> expected;
    for (const std::string& id : matched) {
      const corpus::Document& d = fixture(id);
      if (!d.date.empty()) {
        ++expected["year"][d.date.substr(0, 4)];
        ++expected["month"][d.date.substr(0, 7)];
      }
      ++expected["unit"][d.unit];
      ++expected["topic"][d.topic];
    }
    EXPECT_EQ(facets_of(doc), expected) << "q=" << q;
  }
  // Everything: 16 releases, f16 undated.
  rapidjson::Document all = get("/api/v1/search?per_page=100");
  EXPECT_EQ(all["total"].GetUint64(), fixture_documents().size());
  unsigned long long dated = 0;
  auto all_facets = facets_of(all);
  for (const auto& [year, n] : all_facets["year"]) dated += n;
  EXPECT_EQ(dated, fixture_documents().size() - 1);
}

TEST_F(ApiSearchTest, FacetsAreDisjunctive) {
  rapidjson::Document unfiltered = get("/api/v1/search?q=remisi");
  rapidjson::Document filtered = get("/api/v1/search?q=remisi&unit=Rutan+Kelas+I+Depok&per_page=100");
  auto f = facets_of(filtered);
  // The unit facet ignores the unit filter: every unit with remisi keeps its count.
  EXPECT_EQ(f["unit"], facets_of(unfiltered)["unit"]);
  // The other facets count only what the filter lets through (f09).
  EXPECT_EQ(f["topic"], (Counts{{"Remisi & Integrasi", 1}}));
  EXPECT_EQ(f["year"], (Counts{{"2022", 1}}));
  EXPECT_EQ(hit_ids(filtered), (std::vector<std::string>{"f09"}));

  // A selected value nothing matches is still listed, with 0.
  rapidjson::Document none = get("/api/v1/search?q=remisi&topic=Kesehatan");
  EXPECT_EQ(none["total"].GetUint64(), 0u);
  EXPECT_EQ(facets_of(none)["topic"]["Kesehatan"], 0u);
  EXPECT_EQ(facets_of(none)["topic"]["Remisi & Integrasi"], 5u);
}

TEST_F(ApiSearchTest, FacetsParameterChoosesWhichAreCounted) {
  EXPECT_EQ(get("/api/v1/search?q=remisi&facets=topic,year")["facets"].MemberCount(), 2u);
  EXPECT_EQ(get("/api/v1/search?q=remisi&facets=")["facets"].MemberCount(), 0u);
  EXPECT_EQ(facets_of(get("/api/v1/search?facets=region"))["region"]["Maluku"], 3u);
}

TEST_F(ApiSearchTest, SnippetsMarkMatchesAndEscapeMarkup) {
  rapidjson::Document doc = get("/api/v1/search?q=pesan+palsu");
  ASSERT_EQ(hit_ids(doc).front(), "f06");
  const auto& hit = doc["hits"][0];
  std::string snippet = str(hit["snippet"]);
  std::string title_html = str(hit["title_html"]);
  EXPECT_NE(snippet.find("<mark>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("resmi &amp; gratis"), std::string::npos) << snippet;  // & escaped too
  EXPECT_NE(title_html.find("&lt;script&gt;"), std::string::npos) << title_html;
  EXPECT_NE(title_html.find("<mark>"), std::string::npos) << title_html;
  // The plain title is the text itself; the client escapes it.
  EXPECT_EQ(str(hit["title"]), fixture("f06").title);
}

TEST_F(ApiSearchTest, PagingBoundaries) {
  std::vector<std::string> seen;
  for (unsigned page = 1; page <= 4; ++page) {
    rapidjson::Document doc = get("/api/v1/search?per_page=5&page=" + std::to_string(page));
    EXPECT_EQ(doc["total"].GetUint64(), 16u);
    EXPECT_EQ(doc["page"].GetUint(), page);
    std::vector<std::string> ids = hit_ids(doc);
    EXPECT_EQ(ids.size(), page < 4 ? 5u : 1u) << page;
    seen.insert(seen.end(), ids.begin(), ids.end());
  }
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 16u);  // no repeats, none missed
  rapidjson::Document past = get("/api/v1/search?per_page=5&page=5");
  EXPECT_TRUE(hit_ids(past).empty());
  EXPECT_EQ(past["total"].GetUint64(), 16u);
  EXPECT_EQ(hit_ids(get("/api/v1/search?per_page=100")).size(), 16u);
  EXPECT_EQ(hit_ids(get("/api/v1/search?per_page=1&page=16")).size(), 1u);
}

TEST_F(ApiSearchTest, SortingByDate) {
  for (const char* sort : {"newest", "oldest"}) {
    rapidjson::Document doc = get(std::string("/api/v1/search?per_page=100&sort=") + sort);
    std::vector<std::string> dates;
    for (const auto& h : doc["hits"].GetArray()) dates.push_back(h["date"].IsNull() ? "" : str(h["date"]));
    ASSERT_EQ(dates.size(), 16u);
    EXPECT_EQ(dates.back(), "") << sort << ": undated releases come last";
    std::vector<std::string> dated(dates.begin(), dates.end() - 1);
    if (std::string(sort) == "newest") EXPECT_TRUE(std::is_sorted(dated.rbegin(), dated.rend()));
    else EXPECT_TRUE(std::is_sorted(dated.begin(), dated.end()));
  }
  // Words with a date order: only the matches, by date.
  EXPECT_EQ(ids("/api/v1/search?q=remisi&sort=oldest"), (std::vector<std::string>{"f07", "f08", "f09", "f10", "f11"}));
  EXPECT_EQ(ids("/api/v1/search?q=remisi&sort=newest"), (std::vector<std::string>{"f11", "f10", "f09", "f08", "f07"}));
}

TEST_F(ApiSearchTest, SpellingSuggestion) {
  rapidjson::Document doc = get("/api/v1/search?q=remsi");
  ASSERT_TRUE(doc["suggestion"].IsString()) << "no suggestion for remsi";
  EXPECT_EQ(str(doc["suggestion"]), "remisi");
  EXPECT_TRUE(get("/api/v1/search?q=remisi")["suggestion"].IsNull());
}

TEST_F(ApiSearchTest, UnicodeQueriesArriveIntact) {
  // An en dash typed in the box reaches the Searcher as itself (it is echoed back as "query").
  EXPECT_EQ(str(get("/api/v1/search?q=remisi%E2%80%93lebaran")["query"]), "remisi\u2013lebaran");
  EXPECT_EQ(str(get("/api/v1/search?q=c%2B%2B+a%26b")["query"]), "c++ a&b");
}

TEST_F(ApiSearchTest, DocumentIsTheWholeRelease) {
  for (const corpus::Document& d : fixture_documents()) {
    rapidjson::Document doc = get("/api/v1/documents/" + percent_encode(d.id));
    EXPECT_EQ(str(doc["id"]), d.id);
    EXPECT_EQ(str(doc["title"]), d.title);
    EXPECT_EQ(str(doc["body"]), d.body);
    EXPECT_EQ(str(doc["unit"]), d.unit);
    EXPECT_EQ(str(doc["region"]), d.region);
    EXPECT_EQ(str(doc["topic"]), d.topic);
    if (d.date.empty()) EXPECT_TRUE(doc["date"].IsNull());
    else EXPECT_EQ(str(doc["date"]), d.date);
    EXPECT_TRUE(doc["author"].IsNull());
  }
  // The body is returned as text, markup and quotes included, for the client to escape.
  EXPECT_NE(str(get("/api/v1/documents/f06")["body"]).find("<script>alert(\"x\")</script>"), std::string::npos);
  HttpResponse missing = http_get(server_->port(), "/api/v1/documents/nope");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(error_code(missing), "not_found");
}

TEST_F(ApiSearchTest, SimilarDocuments) {
  rapidjson::Document doc = get("/api/v1/documents/f07/similar");
  EXPECT_EQ(str(doc["id"]), "f07");
  std::vector<std::string> similar = hit_ids(doc);
  ASSERT_FALSE(similar.empty());
  EXPECT_THAT(similar, Not(Contains("f07")));
  EXPECT_LE(similar.size(), 5u);
  std::set<std::string> remisi = {"f08", "f09", "f10", "f11"};
  EXPECT_TRUE(remisi.count(similar.front())) << similar.front();
  for (const char* key : {"id", "title", "title_html", "url", "date", "unit", "topic", "score", "snippet"})
    EXPECT_TRUE(doc["hits"][0].HasMember(key)) << key;
  EXPECT_LE(hit_ids(get("/api/v1/documents/f07/similar?count=2")).size(), 2u);
  EXPECT_EQ(http_get(server_->port(), "/api/v1/documents/nope/similar").status, 404);
  EXPECT_EQ(http_get(server_->port(), "/api/v1/documents/f07/similar?count=0").status, 400);
  EXPECT_EQ(http_get(server_->port(), "/api/v1/documents/f07/similar?count=101").status, 400);
}

TEST_F(ApiSearchTest, SuggestCompletesTheLastWord) {
  rapidjson::Document doc = get("/api/v1/suggest?q=lokakarya+keh");
  EXPECT_EQ(str(doc["query"]), "lokakarya keh");
  std::vector<std::string> suggestions;
  for (const auto& s : doc["suggestions"].GetArray()) suggestions.push_back(str(s));
  EXPECT_THAT(suggestions, Contains("lokakarya kehumasan"));
  EXPECT_TRUE(get("/api/v1/suggest?q=k")["suggestions"].Empty());
  EXPECT_TRUE(get("/api/v1/suggest?q=lokakarya+")["suggestions"].Empty());
  EXPECT_TRUE(get("/api/v1/suggest")["suggestions"].Empty());
  EXPECT_LE(get("/api/v1/suggest?q=pe&count=2")["suggestions"].Size(), 2u);
}

}  // namespace
}  // namespace siaran::searchd::testing
