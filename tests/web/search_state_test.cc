#include "web/search_state.h"

#include <gtest/gtest.h>

#include "web_test_support.h"

namespace siaran::web {
namespace {

// Reads a URL back the way a form-decoding server does ('+' is a space, %XX a byte, repeated keys
// kept in order), to prove what search_url() writes is what the state was. searchd's own decoder
// is exercised on the same URLs by the daemon's tests.
SearchState decode(const std::string& url) {
  SearchState s;
  const size_t qmark = url.find('?');
  if (qmark == std::string::npos) return s;
  const std::string query = url.substr(qmark + 1);
  const auto unescape = [](const std::string& in) {
    std::string out;
    for (size_t i = 0; i < in.size(); ++i) {
      if (in[i] == '+') {
        out += ' ';
      } else if (in[i] == '%' && i + 2 < in.size()) {
        out += static_cast<char>(std::stoi(in.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        out += in[i];
      }
    }
    return out;
  };
  size_t pos = 0;
  while (pos <= query.size()) {
    size_t end = query.find('&', pos);
    if (end == std::string::npos) end = query.size();
    const std::string pair = query.substr(pos, end - pos);
    const size_t eq = pair.find('=');
    const std::string name = unescape(pair.substr(0, eq));
    const std::string value = eq == std::string::npos ? "" : unescape(pair.substr(eq + 1));
    if (name == "q") s.q = value;
    else if (name == "unit") s.units.push_back(value);
    else if (name == "topic") s.topics.push_back(value);
    else if (name == "region") s.regions.push_back(value);
    else if (name == "per_page") s.per_page = static_cast<unsigned>(std::stoul(value));
    else if (name == "from") s.from = value;
    else if (name == "to") s.to = value;
    else if (name == "page") s.page = static_cast<unsigned>(std::stoul(value));
    else if (name == "lang") s.lang = parse_lang(value);
    else if (name == "sort") {
      s.sort = value == "newest" ? search::SortOrder::Newest
               : value == "oldest" ? search::SortOrder::Oldest
                                   : search::SortOrder::Relevance;
    } else {
      ADD_FAILURE() << "unexpected parameter " << name;
    }
    pos = end + 1;
  }
  return s;
}

SearchState full_state() {
  SearchState s;
  s.q = "title:\"hari bhakti\" -narkoba & remisi OR asimilasi 100%";
  s.units = {"Lapas Kelas IIA Cibinong", "Rutan Kelas I Depok"};
  s.topics = {"Remisi & Integrasi"};
  s.regions = {"Jawa Barat", "DKI Jakarta"};
  s.from = "2022-01-01";
  s.to = "2022-12-31";
  s.sort = search::SortOrder::Oldest;
  s.page = 3;
  s.per_page = 25;
  s.lang = Lang::En;
  return s;
}

TEST(SearchUrl, DefaultStateIsBarePath) {
  EXPECT_EQ(search_url(SearchState{}), "/search");
  EXPECT_EQ(home_url(Lang::Id), "/");
  EXPECT_EQ(home_url(Lang::En), "/?lang=en");
}

TEST(SearchUrl, WritesRepeatedKeysInAFixedOrder) {
  SearchState s;
  s.q = "remisi lebaran";
  s.units = {"A B", "C"};
  s.topics = {"T"};
  s.sort = search::SortOrder::Newest;
  s.page = 2;
  EXPECT_EQ(search_url(s), "/search?q=remisi+lebaran&unit=A+B&unit=C&topic=T&sort=newest&page=2");
}

TEST(SearchUrl, RoundTripsEveryField) {
  const SearchState s = full_state();
  EXPECT_EQ(decode(search_url(s)), s);
}

TEST(SearchUrl, RoundTripsHostileValues) {
  SearchState s;
  s.q = testing::kHostile;
  s.units = {testing::kAttrBreakout, "a=b&c=d"};
  s.topics = {"#frag?x"};
  const std::string url = search_url(s);
  EXPECT_EQ(url.find_first_of("<>\"' #"), std::string::npos) << url;
  EXPECT_EQ(decode(url), s);
}

TEST(FeedUrl, KeepsQueryAndFiltersDropsPageAndSort) {
  const SearchState s = full_state();
  const std::string url = feed_url(s);
  EXPECT_EQ(url.rfind("/feed?", 0), 0u) << url;
  SearchState expected = s;
  expected.page = 1;
  expected.per_page = kResultsPerPage;
  expected.sort = search::SortOrder::Relevance;
  EXPECT_EQ(decode(url), expected);
}

TEST(DocumentUrl, EncodesTheIdAsOneSegment) {
  EXPECT_EQ(document_url("2022-03-24-lapas", Lang::Id), "/doc/2022-03-24-lapas");
  EXPECT_EQ(document_url("a/b c", Lang::En), "/doc/a%2Fb%20c?lang=en");
}

TEST(Transitions, UnitToggleAddsThenRemovesAndResetsPage) {
  SearchState s;
  s.page = 4;
  SearchState on = with_unit_toggled(s, "Lapas A");
  EXPECT_EQ(on.units, std::vector<std::string>{"Lapas A"});
  EXPECT_EQ(on.page, 1u);
  on = with_unit_toggled(on, "Rutan B");
  EXPECT_EQ(on.units, (std::vector<std::string>{"Lapas A", "Rutan B"}));
  SearchState off = with_unit_toggled(on, "Lapas A");
  EXPECT_EQ(off.units, std::vector<std::string>{"Rutan B"});
  EXPECT_EQ(with_unit_added(off, "Rutan B").units, std::vector<std::string>{"Rutan B"});
}

TEST(Transitions, RegionToggle) {
  SearchState s = with_region_toggled(SearchState{}, "Jawa Barat");
  EXPECT_EQ(s.regions, std::vector<std::string>{"Jawa Barat"});
  EXPECT_TRUE(s.has_filters());
  EXPECT_TRUE(with_region_toggled(s, "Jawa Barat").regions.empty());
  EXPECT_TRUE(without_region(s, "Jawa Barat").regions.empty());
}

TEST(Transitions, TopicToggle) {
  SearchState s = with_topic_toggled(SearchState{}, "Pembinaan");
  EXPECT_EQ(s.topics, std::vector<std::string>{"Pembinaan"});
  EXPECT_TRUE(with_topic_toggled(s, "Pembinaan").topics.empty());
}

TEST(Transitions, YearMapsOntoTheDateRange) {
  SearchState s = with_year_toggled(SearchState{}, "2022");
  EXPECT_EQ(s.from, "2022-01-01");
  EXPECT_EQ(s.to, "2022-12-31");
  EXPECT_TRUE(year_selected(s, "2022"));
  EXPECT_FALSE(year_selected(s, "2023"));
  const SearchState other = with_year_toggled(s, "2023");
  EXPECT_EQ(other.from, "2023-01-01");
  const SearchState off = with_year_toggled(s, "2022");
  EXPECT_TRUE(off.from.empty() && off.to.empty());
  EXPECT_EQ(with_year_toggled(s, "22"), s);  // not a year: unchanged
}

TEST(Transitions, MonthMapsOntoTheDateRangeWithRealMonthEnds) {
  EXPECT_EQ(with_month_toggled(SearchState{}, "2024-02").to, "2024-02-29");
  EXPECT_EQ(with_month_toggled(SearchState{}, "2023-02").to, "2023-02-28");
  EXPECT_EQ(with_month_toggled(SearchState{}, "1900-02").to, "1900-02-28");
  EXPECT_EQ(with_month_toggled(SearchState{}, "2000-02").to, "2000-02-29");
  const SearchState nov = with_month_toggled(SearchState{}, "2022-11");
  EXPECT_EQ(nov.from, "2022-11-01");
  EXPECT_EQ(nov.to, "2022-11-30");
  EXPECT_TRUE(month_selected(nov, "2022-11"));
  EXPECT_FALSE(year_selected(nov, "2022"));
  EXPECT_TRUE(with_month_toggled(nov, "2022-11").from.empty());
  EXPECT_EQ(with_month_toggled(nov, "2022-13"), nov);
}

TEST(Transitions, RemovalsKeepTheRest) {
  const SearchState s = full_state();
  const SearchState a = without_unit(s, "Rutan Kelas I Depok");
  EXPECT_EQ(a.units, std::vector<std::string>{"Lapas Kelas IIA Cibinong"});
  EXPECT_EQ(a.q, s.q);
  EXPECT_EQ(a.page, 1u);
  EXPECT_TRUE(without_topic(s, "Remisi & Integrasi").topics.empty());
  EXPECT_EQ(without_region(s, "DKI Jakarta").regions, std::vector<std::string>{"Jawa Barat"});
  const SearchState d = without_dates(s);
  EXPECT_TRUE(d.from.empty() && d.to.empty());
  EXPECT_EQ(d.units, s.units);
  const SearchState none = without_filters(s);
  EXPECT_FALSE(none.has_filters());
  EXPECT_EQ(none.q, s.q);
  EXPECT_EQ(none.sort, s.sort);
  EXPECT_EQ(none.lang, s.lang);
}

TEST(Transitions, SortResetsPageLanguageKeepsIt) {
  const SearchState s = full_state();
  EXPECT_EQ(with_sort(s, search::SortOrder::Newest).page, 1u);
  EXPECT_EQ(with_lang(s, Lang::Id).page, 3u);
  EXPECT_EQ(with_page(s, 0).page, 1u);
}

TEST(SearchState, ToAndFromRequest) {
  const SearchState s = full_state();
  const search::SearchRequest r = s.to_request();
  EXPECT_EQ(r.q, s.q);
  EXPECT_EQ(r.units, s.units);
  EXPECT_EQ(r.topics, s.topics);
  EXPECT_EQ(r.regions, s.regions);
  EXPECT_EQ(r.page, 3u);
  EXPECT_EQ(r.per_page, 25u);
  EXPECT_EQ(r.facets, (std::vector<std::string>{"year", "month", "unit", "topic", "region"}));
  EXPECT_EQ(r.sort, search::SortOrder::Oldest);
  EXPECT_EQ(SearchState::from_request(r, Lang::En), s);
}

}  // namespace
}  // namespace siaran::web
