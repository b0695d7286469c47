// Searcher: filters, facet counts (checked against counts made by hand), paging, sorting and
// request validation, over the test releases.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "tests/search/searcher_fixture.h"

namespace siaran::search::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using SearcherFilterTest = SearcherTest;

using Counts = std::map<std::string, unsigned long long>;

// Facet values as a map, from a result.
Counts counts_of(const SearchResult& r, const std::string& facet) {
  for (const Facet& f : r.facets) {
    if (f.name != facet) continue;
    Counts c;
    for (const FacetValue& v : f.values) c[v.value] = v.count;
    return c;
  }
  ADD_FAILURE() << "no facet " << facet;
  return {};
}

// The same counted by hand over the documents that pass `keep`.
Counts count_by_hand(const std::vector<corpus::Document>& docs, const std::string& facet,
                     const std::function<bool(const corpus::Document&)>& keep) {
  Counts c;
  for (const corpus::Document& d : docs) {
    if (!keep(d)) continue;
    std::string v = facet == "unit"    ? d.unit
                    : facet == "topic" ? d.topic
                    : facet == "region" ? d.region
                    : facet == "year"  ? d.date.substr(0, std::min<size_t>(4, d.date.size()))
                                       : d.date.substr(0, std::min<size_t>(7, d.date.size()));
    if (!v.empty()) ++c[v];
  }
  return c;
}

bool any(const corpus::Document&) { return true; }

TEST_F(SearcherFilterTest, UnitAndTopicFilters) {
  SearchRequest r = request("");
  r.units = {"Lapas Kelas IIA Cibinong"};
  EXPECT_EQ(sorted(ids(r)), (std::vector<std::string>{"r02", "r10"}));
  r.units = {"Lapas Kelas IIA Cibinong", "Lapas Kelas I Medan"};  // OR within a facet
  EXPECT_EQ(sorted(ids(r)), (std::vector<std::string>{"r02", "r03", "r10", "r11"}));
  r.topics = {"Kesehatan"};  // AND across facets
  EXPECT_EQ(sorted(ids(r)), (std::vector<std::string>{"r10", "r11"}));
  r.units = {"lapas_kelas_iia_cibinong"};  // the facet key works too
  EXPECT_EQ(sorted(ids(r)), (std::vector<std::string>{"r10"}));
  r.units = {};
  r.topics = {"Remisi & Integrasi"};
  r.q = "narapidana";
  EXPECT_EQ(sorted(ids(r)), (std::vector<std::string>{"r03", "r04"}));
}

TEST_F(SearcherFilterTest, RegionFilter) {
  SearchRequest r = request("");
  r.regions = {"Sumatera Utara"};
  EXPECT_EQ(sorted(ids(r)), (std::vector<std::string>{"r03", "r11"}));
}

TEST_F(SearcherFilterTest, DateFilter) {
  SearchRequest r = request("");
  r.from = "2022-03-24";
  r.to = "2022-11-08";
  EXPECT_EQ(sorted(ids(r)), (std::vector<std::string>{"r01", "r06", "r10"}));
  r.to = "";
  EXPECT_EQ(sorted(ids(r)), sorted(ids_where(docs(), [](const corpus::Document& d) {
              return !d.date.empty() && d.date >= "2022-03-24";
            })));
  r.from = "";
  r.to = "2021-08-17";
  EXPECT_EQ(sorted(ids(r)), (std::vector<std::string>{"r04", "r11"}));
}

TEST_F(SearcherFilterTest, FilterCombination) {
  SearchRequest r = request("warga binaan");
  r.units = {"Lapas Kelas IIA Cibinong", "Lapas Kelas I Medan"};
  r.topics = {"Kesehatan"};
  r.from = "2022-01-01";
  EXPECT_THAT(ids(r), ElementsAre("r10"));
}

TEST_F(SearcherFilterTest, FacetCountsEqualCountsByHand) {
  SearchResult all = searcher_->search(request(""));
  EXPECT_TRUE(all.facets_exact);
  ASSERT_EQ(all.facets.size(), 4u);
  for (const std::string facet : {"year", "month", "unit", "topic"}) {
    EXPECT_EQ(counts_of(all, facet), count_by_hand(docs(), facet, any)) << facet;
  }

  SearchRequest r = request("narapidana");
  r.facets = {"unit", "region", "year"};
  SearchResult some = searcher_->search(r);
  std::vector<std::string> matched = ids(r);
  auto matches = [&](const corpus::Document& d) {
    return std::find(matched.begin(), matched.end(), d.id) != matched.end();
  };
  ASSERT_EQ(some.facets.size(), 3u);
  EXPECT_EQ(some.facets[0].name, "unit");
  EXPECT_EQ(some.facets[1].name, "region");
  for (const std::string facet : {"unit", "region", "year"}) {
    EXPECT_EQ(counts_of(some, facet), count_by_hand(docs(), facet, matches)) << facet;
  }
}

TEST_F(SearcherFilterTest, FacetsAreDisjunctive) {
  SearchRequest r = request("");
  r.units = {"Lapas Kelas IIA Cibinong"};
  r.topics = {"Kesehatan"};
  SearchResult res = searcher_->search(r);
  EXPECT_EQ(res.total, 1u);  // r10
  // Units counted with the unit filter lifted (topic kept): every unit with Kesehatan releases.
  EXPECT_EQ(counts_of(res, "unit"), count_by_hand(docs(), "unit", [](const corpus::Document& d) {
              return d.topic == "Kesehatan";
            }));
  // Topics counted with the topic filter lifted (unit kept).
  EXPECT_EQ(counts_of(res, "topic"), count_by_hand(docs(), "topic", [](const corpus::Document& d) {
              return d.unit == "Lapas Kelas IIA Cibinong";
            }));
  // Year has no selection of its own: counted over the full match.
  EXPECT_EQ(counts_of(res, "year"), (Counts{{"2022", 1}}));
}

TEST_F(SearcherFilterTest, SelectedValueWithoutMatchesIsStillListed) {
  SearchRequest r = request("barista");
  r.units = {"Rutan Kelas IIB Wonosobo"};
  SearchResult res = searcher_->search(r);
  EXPECT_EQ(res.total, 0u);
  Counts units = counts_of(res, "unit");
  EXPECT_EQ(units["Rutan Kelas IIB Wonosobo"], 0u);
  EXPECT_EQ(units["Lapas Kelas IIA Cibinong"], 1u);
}

TEST_F(SearcherFilterTest, FacetOrder) {
  SearchResult res = searcher_->search(request(""));
  for (const Facet& f : res.facets) {
    for (size_t i = 1; i < f.values.size(); ++i) {
      const FacetValue& a = f.values[i - 1];
      const FacetValue& b = f.values[i];
      if (f.name == "year" || f.name == "month") {
        EXPECT_GT(a.value, b.value) << f.name;  // newest first
      } else {
        EXPECT_TRUE(a.count > b.count || (a.count == b.count && a.value < b.value)) << f.name;
      }
    }
  }
}

TEST_F(SearcherFilterTest, OnlyRequestedFacets) {
  SearchRequest r = request("");
  r.facets = {};
  EXPECT_THAT(searcher_->search(r).facets, IsEmpty());
}

TEST_F(SearcherFilterTest, Paging) {
  SearchRequest r = request("");
  r.per_page = 5;
  std::vector<std::string> seen;
  for (unsigned page = 1; page <= 4; ++page) {
    r.page = page;
    SearchResult res = searcher_->search(r);
    EXPECT_EQ(res.total, 16u);
    EXPECT_TRUE(res.total_exact);
    EXPECT_EQ(res.page, page);
    EXPECT_EQ(res.per_page, 5u);
    EXPECT_EQ(res.hits.size(), page < 4 ? 5u : 1u);  // the last page holds the rest
    for (const Hit& h : res.hits) seen.push_back(h.doc.id);
  }
  EXPECT_EQ(sorted(seen), sorted(ids_where(docs(), any)));
  r.page = 5;  // beyond the end: no hits, not an error
  SearchResult beyond = searcher_->search(r);
  EXPECT_THAT(beyond.hits, IsEmpty());
  EXPECT_EQ(beyond.total, 16u);
}

TEST_F(SearcherFilterTest, SortOrders) {
  SearchRequest r = request("");
  r.sort = SortOrder::Oldest;
  std::vector<std::string> oldest = ids(r);
  EXPECT_EQ(oldest.front(), "r11");  // 2021-06-22
  EXPECT_EQ(oldest.back(), "r16");   // undated last
  r.sort = SortOrder::Newest;
  std::vector<std::string> newest = ids(r);
  EXPECT_EQ(newest.front(), "r15");  // 2023-09-07
  EXPECT_EQ(newest.back(), "r16");

  r.q = "narapidana";  // words, sorted by date all the same
  SearchResult res = searcher_->search(r);
  for (size_t i = 1; i < res.hits.size(); ++i) EXPECT_GE(res.hits[i - 1].doc.date, res.hits[i].doc.date);
  for (const Hit& h : res.hits) EXPECT_EQ(h.score, 0.0);
  r.sort = SortOrder::Oldest;
  res = searcher_->search(r);
  for (size_t i = 1; i < res.hits.size(); ++i) EXPECT_LE(res.hits[i - 1].doc.date, res.hits[i].doc.date);
}

std::string error_of(Searcher& s, const SearchRequest& r) {
  try {
    s.search(r);
  } catch (const InvalidRequest& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_F(SearcherFilterTest, InvalidRequests) {
  SearchRequest r = request("");
  r.page = 0;
  EXPECT_EQ(error_of(*searcher_, r), "page must be 1 or more");
  r = request("");
  r.per_page = 0;
  EXPECT_EQ(error_of(*searcher_, r), "per_page must be between 1 and 100");
  r.per_page = 101;
  EXPECT_EQ(error_of(*searcher_, r), "per_page must be between 1 and 100");
  r.per_page = 100;
  r.page = 101;
  EXPECT_EQ(error_of(*searcher_, r), "page too deep: page * per_page must be at most 10000; narrow the query instead");
  r.page = 100;
  EXPECT_EQ(error_of(*searcher_, r), "(no error)");
  r = request("");
  r.from = "2022-02-30";
  EXPECT_EQ(error_of(*searcher_, r), "invalid from date \"2022-02-30\": use a real calendar date as YYYY-MM-DD");
  r.from = "2022-2-3";
  EXPECT_EQ(error_of(*searcher_, r), "invalid from date \"2022-2-3\": use a real calendar date as YYYY-MM-DD");
  r.from = "2023-01-01";
  r.to = "2022-01-01";
  EXPECT_EQ(error_of(*searcher_, r), "from (2023-01-01) is after to (2022-01-01)");
  r = request("");
  r.to = "31-12-2022";
  EXPECT_EQ(error_of(*searcher_, r), "invalid to date \"31-12-2022\": use a real calendar date as YYYY-MM-DD");
  r = request("");
  r.facets = {"unit", "colour"};
  EXPECT_EQ(error_of(*searcher_, r), "unknown facet \"colour\" (use year, month, unit, topic or region)");
  r = request("");
  r.units = std::vector<std::string>(51, "");
  for (int i = 0; i < 51; ++i) r.units[i] = "unit " + std::to_string(i);
  EXPECT_EQ(error_of(*searcher_, r), "too many unit values (51; limit 50)");
}

}  // namespace
}  // namespace siaran::search::testing
