#include "web/search_page.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "web/html.h"
#include "web_test_support.h"

namespace siaran::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace siaran::web::testing;

// The href attribute a link to `state` carries.
std::string href(const SearchState& state) { return "href=\"" + escape_html(search_url(state)) + "\""; }

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t i = 0; (i = haystack.find(needle, i)) != std::string::npos; i += needle.size()) ++n;
  return n;
}

SearchState remisi() {
  SearchState s;
  s.q = "remisi";
  return s;
}

TEST(ResultsPage, EveryValueIsEscaped) {
  SearchState s;
  s.q = kHostile;
  s.units = {kAttrBreakout};
  s.topics = {kScriptTag};
  s.from = kAttrBreakout;
  s.to = kSingleQuoteBreakout;
  search::SearchResult r = sample_result();
  r.hits[0].title_html.clear();  // the plain title is then escaped by the page
  r.hits[0].doc.title = kHostile;
  r.hits[0].doc.unit = kAttrBreakout;
  r.hits[0].doc.topic = kScriptTag;
  r.hits[0].doc.date = kAttrBreakout;
  r.hits[0].doc.id = kAttrBreakout;
  r.suggestion = kHostile;
  r.facets[1].values.push_back({kScriptTag, 1});
  r.facets[2].values.push_back({kAttrBreakout, 2});
  r.facets[3].values.push_back({kSingleQuoteBreakout, 3});
  const std::string html = render_results(s, r);
  EXPECT_THAT(unexpected_markup(html), ::testing::IsEmpty());
  EXPECT_EQ(inline_scripts(html), 0);
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("<script>alert")));
  // The query is echoed, escaped, in the search box and the page title.
  EXPECT_THAT(html, HasSubstr("value=\"" + escape_html(kHostile) + "\""));
  EXPECT_THAT(html, HasSubstr("<title>Pencarian “" + escape_html(kHostile) + "”"));
}

TEST(ResultsPage, SnippetAndHighlightedTitleAreInsertedAsGiven) {
  const std::string html = render_results(remisi(), sample_result());
  EXPECT_THAT(html, HasSubstr("<p class=\"snippet\">sebanyak 120 WBP menerima <mark>remisi</mark> khusus &amp; "));
  EXPECT_THAT(html, HasSubstr(">" "<mark>Remisi</mark> Idul Fitri di Lapas Cibinong</a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/doc/rel-1\""));
}

TEST(ResultsPage, ShowsTotalTimeAndMetadata) {
  const std::string html = render_results(remisi(), sample_result(1380));
  EXPECT_THAT(html, HasSubstr("1.380 hasil"));
  EXPECT_THAT(html, HasSubstr("(4,2 md)"));
  EXPECT_THAT(html, HasSubstr("halaman 1 dari 138"));
  EXPECT_THAT(html, HasSubstr("<time datetime=\"2022-11-05\">5 November 2022</time>"));
  EXPECT_THAT(html, HasSubstr("Lapas Kelas IIA Ambon"));
  EXPECT_THAT(html, HasSubstr("<span class=\"topic\">Remisi &amp; Integrasi</span>"));
  EXPECT_THAT(html, HasSubstr("<ol class=\"hits\" start=\"1\">"));
}

TEST(ResultsPage, ApproximateTotalsSayAbout) {
  search::SearchResult r = sample_result(5000);
  r.total_exact = false;
  EXPECT_THAT(render_results(remisi(), r), HasSubstr("sekitar 5.000 hasil"));
}

TEST(ResultsPage, InferredDateIsLabelled) {
  const std::string html = render_results(remisi(), sample_result());
  EXPECT_EQ(count(html, "(tanggal diperkirakan)"), 1u);  // only the second hit's date is inferred
  EXPECT_THAT(html, HasSubstr("17 Agustus 2023</time> <span class=\"inferred\">(tanggal diperkirakan)</span>"));
}

TEST(ResultsPage, UnitFacetValuesAreToggleLinks) {
  SearchState s = remisi();
  s.units = {"Lapas Kelas IIA Cibinong"};
  s.page = 2;
  const std::string html = render_results(s, sample_result());
  // The selected unit's link removes it; the other adds it; both go back to page 1.
  EXPECT_THAT(html, HasSubstr("<a class=\"facet-value on\" " + href(remisi()) +
                              " data-facet=\"unit\" data-value=\"Lapas Kelas IIA Cibinong\" aria-current=\"true\">"));
  SearchState both = remisi();
  both.units = {"Lapas Kelas IIA Cibinong", "Lapas Kelas IIA Ambon"};
  EXPECT_THAT(html, HasSubstr("<a class=\"facet-value\" " + href(both) +
                              " data-facet=\"unit\" data-value=\"Lapas Kelas IIA Ambon\">"));
  EXPECT_THAT(html, HasSubstr("<span class=\"count\">9</span>"));
}

TEST(ResultsPage, RegionFacetTogglesTheRegionFilter) {
  search::SearchResult r = sample_result();
  r.facets.push_back({"region", {{"Jawa Barat", 9}, {"Maluku", 6}}});
  const std::string html = render_results(remisi(), r);
  EXPECT_THAT(html, HasSubstr("<h3 id=\"facet-region\">Wilayah</h3>"));
  EXPECT_THAT(html, HasSubstr(href(with_region_toggled(remisi(), "Maluku")) + " data-facet=\"region\" data-value=\"Maluku\">"));
}

TEST(ResultsPage, KeepsANonDefaultPageSize) {
  SearchState s = remisi();
  s.per_page = 5;
  search::SearchResult r = sample_result(23, 2);
  r.per_page = 5;
  const std::string html = render_results(with_page(s, 2), r);
  EXPECT_THAT(html, HasSubstr("<ol class=\"hits\" start=\"6\">"));
  EXPECT_THAT(html, HasSubstr(href(with_page(s, 3)) + " rel=\"next\""));
  EXPECT_THAT(html, HasSubstr("href=\"/search?q=remisi&amp;page=3&amp;per_page=5\" rel=\"next\""));
}

TEST(ResultsPage, SelectedValueMissingFromTheFacetIsStillListed) {
  SearchState s = remisi();
  s.topics = {"Kesehatan"};
  const std::string html = render_results(s, sample_result());
  EXPECT_THAT(html, HasSubstr("data-facet=\"topic\" data-value=\"Kesehatan\" aria-current=\"true\">"));
}

TEST(ResultsPage, YearAndMonthFacetsToggleTheDateRange) {
  const std::string html = render_results(remisi(), sample_result());
  EXPECT_THAT(html, HasSubstr(href(with_year_toggled(remisi(), "2023"))));
  EXPECT_THAT(html, HasSubstr(href(with_month_toggled(remisi(), "2022-11"))));
  EXPECT_THAT(html, HasSubstr("<span class=\"label\">November 2022</span>"));
  // Newest month first, whatever the counts.
  EXPECT_LT(html.find("data-value=\"2023-08\""), html.find("data-value=\"2022-11\""));
  EXPECT_LT(html.find("data-value=\"2022-11\""), html.find("data-value=\"2022-02\""));

  const SearchState year = with_year_toggled(remisi(), "2022");
  const std::string selected = render_results(year, sample_result());
  EXPECT_THAT(selected, HasSubstr(href(remisi()) + " data-facet=\"year\" data-value=\"2022\" aria-current=\"true\""));
}

TEST(ResultsPage, LongFacetsFoldButKeepSelectedValuesVisible) {
  search::SearchResult r = sample_result();
  r.facets[2].values.clear();
  for (int i = 0; i < 12; ++i) r.facets[2].values.push_back({"Unit " + std::to_string(i), 20ull - i});
  SearchState s = remisi();
  s.units = {"Unit 11"};
  const std::string html = render_results(s, r);
  const size_t fold = html.find("<details class=\"more\"><summary>3 lainnya</summary>");
  ASSERT_NE(fold, std::string::npos);
  EXPECT_LT(html.find("data-value=\"Unit 11\""), fold);
  EXPECT_GT(html.find("data-value=\"Unit 10\""), fold);
}

TEST(ResultsPage, ActiveFiltersAreRemovableChips) {
  SearchState s = remisi();
  s.units = {"Lapas A", "Rutan B"};
  s.topics = {"Pembinaan"};
  s.regions = {"Jawa Barat"};
  s.from = "2022-11-01";
  s.to = "2022-11-30";
  const std::string html = render_results(s, sample_result());
  EXPECT_THAT(html, HasSubstr(href(without_region(s, "Jawa Barat")) + " class=\"chip\" aria-label=\"Wilayah: Jawa Barat, hapus filter\""));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"region\" value=\"Jawa Barat\">"));
  EXPECT_THAT(html, HasSubstr("<a " + href(without_unit(s, "Lapas A")) + " class=\"chip\" aria-label=\"Unit: Lapas A, hapus filter\">"));
  EXPECT_THAT(html, HasSubstr(href(without_unit(s, "Rutan B")) + " class=\"chip\""));
  EXPECT_THAT(html, HasSubstr(href(without_topic(s, "Pembinaan")) + " class=\"chip\""));
  EXPECT_THAT(html, HasSubstr(href(without_dates(s)) + " class=\"chip\" aria-label=\"Tanggal: 1 November 2022 – 30 November 2022, hapus filter\""));
  EXPECT_THAT(html, HasSubstr(href(without_filters(s)) + " class=\"clear\""));
  // The date form shows the range; the other state rides along in hidden inputs.
  EXPECT_THAT(html, HasSubstr("name=\"from\" value=\"2022-11-01\""));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"unit\" value=\"Rutan B\">"));
}

TEST(ResultsPage, NoChipsWithoutFilters) {
  EXPECT_THAT(render_results(remisi(), sample_result()), Not(HasSubstr("class=\"chip\"")));
}

TEST(ResultsPage, SortLinksMarkTheCurrentOrder) {
  SearchState s = remisi();
  s.page = 3;
  s.sort = search::SortOrder::Newest;
  const std::string html = render_results(s, sample_result(40, 3));
  EXPECT_THAT(html, HasSubstr(href(with_sort(s, search::SortOrder::Relevance)) + " data-sort=\"relevance\">"));
  EXPECT_THAT(html, HasSubstr(href(with_sort(s, search::SortOrder::Newest)) + " data-sort=\"newest\" aria-current=\"true\""));
}

TEST(Pagination, FirstPageHasNoPrevious) {
  const std::string html = render_results(remisi(), sample_result(23, 1));
  EXPECT_THAT(html, Not(HasSubstr("rel=\"prev\"")));
  EXPECT_THAT(html, HasSubstr(href(with_page(remisi(), 2)) + " rel=\"next\""));
  EXPECT_THAT(html, HasSubstr("aria-current=\"page\" aria-label=\"Halaman 1, halaman ini\">1</span>"));
  EXPECT_THAT(html, HasSubstr(href(with_page(remisi(), 3)) + " aria-label=\"Halaman 3\">3</a>"));
  EXPECT_THAT(html, Not(HasSubstr("aria-label=\"Halaman 4\"")));
}

TEST(Pagination, LastPageHasNoNext) {
  const std::string html = render_results(remisi(), sample_result(23, 3));
  EXPECT_THAT(html, HasSubstr(href(with_page(remisi(), 2)) + " rel=\"prev\""));
  EXPECT_THAT(html, Not(HasSubstr("rel=\"next\"")));
  EXPECT_THAT(html, HasSubstr("<ol class=\"hits\" start=\"21\">"));
}

TEST(Pagination, ManyPagesShowAWindowWithGaps) {
  const std::string html = render_results(remisi(), sample_result(1000, 50));
  for (unsigned p : {1u, 48u, 49u, 51u, 52u, 100u}) {
    EXPECT_THAT(html, HasSubstr(href(with_page(remisi(), p)) + " aria-label=\"Halaman " + std::to_string(p) + "\""));
  }
  EXPECT_THAT(html, Not(HasSubstr("aria-label=\"Halaman 47\"")));
  EXPECT_EQ(count(html, "<li class=\"gap\" aria-hidden=\"true\">…</li>"), 2u);
}

TEST(Pagination, StopsWhereTheSearcherStopsPaging) {
  const std::string html = render_results(remisi(), sample_result(5'000'000, 1));
  EXPECT_THAT(html, HasSubstr("halaman 1 dari 1.000"));
  EXPECT_THAT(html, HasSubstr(href(with_page(remisi(), 1000)) + " aria-label=\"Halaman 1000\""));
  EXPECT_THAT(html, Not(HasSubstr("aria-label=\"Halaman 1001\"")));
}

TEST(Pagination, OnePageHasNoPager) {
  EXPECT_THAT(render_results(remisi(), sample_result(2, 1)), Not(HasSubstr("class=\"pager\"")));
}

TEST(Pagination, PastTheLastPageOffersTheFirst) {
  search::SearchResult r = sample_result(23, 9);
  r.hits.clear();
  const std::string html = render_results(with_page(remisi(), 9), r);
  EXPECT_THAT(html, HasSubstr("Halaman ini melewati hasil terakhir."));
  EXPECT_THAT(html, HasSubstr(href(remisi()) + ">Kembali ke halaman pertama</a>"));
}

TEST(EmptyState, ExplainsAndGivesTips) {
  SearchState s = remisi();
  s.units = {"Lapas A"};
  s.from = "2020-01-01";
  search::SearchResult r;
  r.query = "remisi";
  const std::string html = render_results(s, r);
  EXPECT_THAT(html, HasSubstr("Tidak ada siaran yang cocok"));
  EXPECT_THAT(html, HasSubstr("Pencarian “remisi” tidak menemukan siaran."));
  EXPECT_THAT(html, HasSubstr("Periksa ejaan kata."));
  EXPECT_THAT(html, HasSubstr("Perluas rentang tanggal."));
  EXPECT_THAT(html, HasSubstr(href(without_filters(s)) + " class=\"clear\">Hapus semua filter</a>"));
  EXPECT_THAT(html, Not(HasSubstr("class=\"hits\"")));
  EXPECT_THAT(html, Not(HasSubstr("class=\"pager\"")));
}

TEST(Suggestion, LinksToTheCorrectedQueryKeepingFilters) {
  SearchState s;
  s.q = "remsi";
  s.units = {"Lapas A"};
  s.page = 2;
  search::SearchResult r;
  r.suggestion = "remisi";
  const std::string html = render_results(s, r);
  SearchState fixed = s;
  fixed.q = "remisi";
  fixed.page = 1;
  EXPECT_THAT(html, HasSubstr("Mungkin maksud Anda: <a " + href(fixed) + " id=\"did-you-mean\"><strong>remisi</strong></a>"));
}

TEST(Suggestion, NoneWhenItEqualsTheQuery) {
  search::SearchResult r = sample_result();
  r.suggestion = "remisi";
  EXPECT_THAT(render_results(remisi(), r), Not(HasSubstr("did-you-mean")));
}

TEST(ResultsPage, EnglishStrings) {
  SearchState s = remisi();
  s.lang = Lang::En;
  const std::string html = render_results(s, sample_result(1380));
  EXPECT_THAT(html, HasSubstr("<html lang=\"en\">"));
  EXPECT_THAT(html, HasSubstr("1,380 results"));
  EXPECT_THAT(html, HasSubstr(">Search</button>"));
  EXPECT_THAT(html, HasSubstr("(date inferred)"));
  EXPECT_THAT(html, HasSubstr("17 August 2023"));
  EXPECT_THAT(html, HasSubstr("href=\"/doc/rel-1?lang=en\""));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"lang\" value=\"en\">"));
  EXPECT_THAT(html, HasSubstr("id=\"other-lang\" hreflang=\"id\" lang=\"id\" " + href(remisi()) + ">Bahasa Indonesia</a>"));
  EXPECT_THAT(html, Not(HasSubstr("hasil")));
}

TEST(ResultsPage, LinksItsAtomFeed) {
  SearchState s = remisi();
  s.units = {"Lapas A"};
  const std::string html = render_results(s, sample_result());
  EXPECT_THAT(html, HasSubstr("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Langganan feed Atom pencarian ini\" href=\"/feed?q=remisi&amp;unit=Lapas+A\">"));
}

TEST(ErrorPage, ShowsTheFormAndTheMessage) {
  SearchState s;
  s.q = "date:2022-13 " + kScriptTag;
  const std::string html = render_search_error(s, "invalid date: " + kAttrBreakout);
  EXPECT_THAT(unexpected_markup(html), ::testing::IsEmpty());
  EXPECT_THAT(html, HasSubstr("role=\"alert\""));
  EXPECT_THAT(html, HasSubstr("Pencarian tidak dapat diproses"));
  EXPECT_THAT(html, HasSubstr(escape_html("invalid date: " + kAttrBreakout)));
  EXPECT_THAT(html, HasSubstr("value=\"" + escape_html(s.q) + "\""));
  EXPECT_THAT(html, HasSubstr("<details class=\"help\" id=\"search-help\" open>"));
}

TEST(ErrorPage, GenericFailureIsEscapedAndLinksHome) {
  const std::string html = render_error_page(Lang::En, "Heading " + kScriptTag, "Message " + kAttrBreakout);
  EXPECT_THAT(unexpected_markup(html), ::testing::IsEmpty());
  EXPECT_THAT(html, HasSubstr("role=\"alert\""));
  EXPECT_THAT(html, HasSubstr("<h1>Heading &lt;script&gt;"));
  EXPECT_THAT(html, HasSubstr("href=\"/?lang=en\">Back to search</a>"));
}

TEST(HomePage, FormHintsAndLatestReleases) {
  HomeView view;
  view.documents = 1234;
  view.overview = sample_result();
  const std::string html = render_home(view);
  EXPECT_THAT(unexpected_markup(html), ::testing::IsEmpty());
  EXPECT_THAT(html, HasSubstr("1.234 siaran di arsip"));
  EXPECT_THAT(html, HasSubstr("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">"));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"home-title\"><label class=\"search-label\" for=\"q\">Cari siaran pers</label></h1>"));
  for (const char* hint : {"title:remisi", "unit:cibinong", "topic:pembinaan", "date:2022-11..2022-12",
                           "remisi OR asimilasi", "remisi -narkoba"}) {
    EXPECT_THAT(html, HasSubstr("<code>" + escape_html(hint) + "</code>")) << hint;
  }
  SearchState example;
  example.q = "\"hari bhakti\"";
  EXPECT_THAT(html, HasSubstr(href(example)));
  EXPECT_THAT(html, HasSubstr("Siaran terbaru"));
  EXPECT_THAT(html, HasSubstr("Jelajahi arsip"));
  EXPECT_THAT(html, HasSubstr(href(with_unit_toggled(SearchState{}, "Lapas Kelas IIA Ambon"))));
  EXPECT_THAT(html, Not(HasSubstr("form class=\"dates\"")));
}

TEST(HomePage, WithoutAnOverviewIsJustTheForm) {
  const std::string html = render_home(HomeView{.lang = Lang::En, .documents = 0, .overview = {}});
  EXPECT_THAT(html, HasSubstr("Search press releases"));
  EXPECT_THAT(html, Not(HasSubstr("class=\"hits\"")));
  EXPECT_THAT(html, HasSubstr("href=\"/\">Bahasa Indonesia</a>"));
}

}  // namespace
}  // namespace siaran::web
