// Phrases matched by the index's phrase terms (index/phrase_terms.h, search/phrase_query.h): the
// same releases, in the same order, with the same totals, facets and marked snippets as matching
// them by positions, on two indexes of the same releases built with and without terms. Scores are
// the same for a phrase on its own; inside a synonym expansion they move a little, because Xapian
// weighs OP_SYNONYM by an estimate of its documents, which it makes from the phrase term's exact
// count rather than from a guess at the phrase's.
#include <cmath>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analyzers/synonym_table.h"
#include "index/index_writer.h"
#include "index/synonym_store.h"
#include "search/searcher.h"
#include "tests/search/releases_fixture.h"
#include "tests/search/result_expectations.h"

namespace siaran::search {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The fixture's releases plus a few that hold the shipped table's names in every arrangement:
// as a phrase, apart, in another form, and as synonyms only.
std::vector<corpus::Document> releases() {
  std::vector<corpus::Document> docs = testing::test_releases();
  const std::string unit = "Lapas Kelas IIA Cibinong";
  auto add = [&](std::string id, std::string title, std::string body) {
    docs.push_back(testing::release(std::move(id), "2024-02-0" + std::to_string(docs.size() % 9 + 1), unit,
                                    "Jawa Barat", "Pembinaan", std::move(title), std::move(body)));
  };
  add("p1", "Pelatihan warga binaan", "Warga binaan Lapas Cibinong mengikuti pelatihan kerja bersama warga binaan lain.");
  add("p2", "Warga dan binaan", "Warga sekitar dan binaan lapas bertemu; binaan warga tidak disebut sebagai nama.");
  add("p3", "Remisi", "Pengurangan masa pidana diberikan kepada WBP pada hari raya.");
  add("p4", "Lembaga pemasyarakatan terbuka", "Lembaga pemasyarakatan terbuka membina narapidana menjelang bebas.");
  add("p5", "Pembinaan", "Pembinaan warga di lembaga. Pemasyarakatan adalah sistemnya.");
  add("p6", "Kunjungan", "Keluarga mengunjungi warga binaan pemasyarakatan di rumah tahanan negara.");
  return docs;
}

class SearcherPhraseTermsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new siaran::testing::TempDir();
    const index::IndexSynonyms shipped = index::from_table(analyzers::SynonymTable::shipped(), "shipped");
    for (bool with_terms : {false, true}) {
      index::BuildOptions options;
      if (with_terms) options.phrases = index::PhraseTerms::of_synonyms(shipped);
      index::IndexWriter writer(index::DatabaseDir(path(with_terms)), index::WriteMode::Build,
                                analyzers::AnalyzerOptions{}, options);
      for (const corpus::Document& d : releases()) writer.add(d);
      writer.set_synonyms(shipped);
      writer.commit();
    }
  }
  static void TearDownTestSuite() {
    delete tmp_;
    tmp_ = nullptr;
  }
  static std::filesystem::path path(bool with_terms) { return tmp_->path() / (with_terms ? "terms" : "positions"); }

  void SetUp() override {
    by_positions_.emplace(path(false));
    by_terms_.emplace(path(true));
  }

  enum class Scores { Same, MayMove };

  // Both searchers answer `request` alike, and the one with phrase terms uses them.
  void expect_same(const SearchRequest& request, bool uses_terms, Scores scores = Scores::Same) {
    SCOPED_TRACE("q=" + request.q);
    const SearchResult a = by_positions_->search(request);
    const SearchResult b = by_terms_->search(request);
    EXPECT_EQ(a.total, b.total);
    EXPECT_EQ(a.total_exact, b.total_exact);
    ASSERT_EQ(a.hits.size(), b.hits.size());
    for (size_t i = 0; i < a.hits.size(); ++i) {
      EXPECT_EQ(a.hits[i].doc.id, b.hits[i].doc.id) << "rank " << i;
      if (scores == Scores::Same) {
        EXPECT_NEAR(a.hits[i].score, b.hits[i].score, 1e-9 * std::max(1.0, std::abs(a.hits[i].score)));
      }
      EXPECT_EQ(a.hits[i].title_html, b.hits[i].title_html);
      EXPECT_EQ(a.hits[i].snippet_html, b.hits[i].snippet_html);
    }
    testing::expect_same_facets(a, b);
    const std::string matched = by_terms_->serialised_match_query(request);
    if (uses_terms) {
      EXPECT_THAT(matched, HasSubstr("Kwarga binaan"));
    }
    EXPECT_THAT(by_positions_->serialised_match_query(request), Not(HasSubstr("Kwarga binaan")));
  }

  static SearchRequest request(std::string q) {
    SearchRequest r;
    r.q = std::move(q);
    r.per_page = 50;
    return r;
  }

  static inline siaran::testing::TempDir* tmp_ = nullptr;
  std::optional<Searcher> by_positions_, by_terms_;
};

TEST_F(SearcherPhraseTermsTest, QuotedPhraseOfAName) {
  expect_same(request("\"warga binaan\""), true);
  expect_same(request("\"lembaga pemasyarakatan\" terbuka"), false);
  expect_same(request("pelatihan \"warga binaan\" -remisi"), true);
}

TEST_F(SearcherPhraseTermsTest, SynonymKeyTypedAsWords) {
  expect_same(request("warga binaan"), true, Scores::MayMove);
  expect_same(request("pelatihan warga binaan"), true, Scores::MayMove);
  expect_same(request("wbp"), true, Scores::MayMove);  // its alternative "warga binaan" is a name
}

TEST_F(SearcherPhraseTermsTest, OneWordKeyWithANameAmongItsSynonyms) {
  expect_same(request("remisi"), false, Scores::MayMove);
  expect_same(request("lapas"), false, Scores::MayMove);
  expect_same(request("rutan kunjungan"), false, Scores::MayMove);
}

TEST_F(SearcherPhraseTermsTest, PagesSortsFiltersAndFields) {
  SearchRequest second = request("warga binaan");
  second.per_page = 2;
  second.page = 2;
  expect_same(second, true, Scores::MayMove);
  SearchRequest newest = request("\"warga binaan\"");
  newest.sort = SortOrder::Newest;
  expect_same(newest, true);
  SearchRequest filtered = request("warga binaan");
  filtered.from = "2024-01-01";
  expect_same(filtered, true, Scores::MayMove);
  expect_same(request("title:\"warga binaan\""), false);  // a field phrase is matched by positions
  expect_same(request("\"binaan warga\""), false);         // not a name: positions
}

TEST_F(SearcherPhraseTermsTest, MarksTheNameAsAPhraseNotItsWordsApart) {
  const SearchResult result = by_terms_->search(request("\"warga binaan\""));
  for (const Hit& hit : result.hits) {
    if (hit.doc.id != "p1") continue;
    EXPECT_THAT(hit.snippet_html, HasSubstr("<mark>Warga binaan</mark>"));
    return;
  }
  ADD_FAILURE() << "p1 not found";
}

}  // namespace
}  // namespace siaran::search
