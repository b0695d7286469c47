// The Searcher with the index's synonym table: expansion, the expansions it reports, highlighting
// of both forms, and a table replaced in the live index (siaran-index synonyms) seen after refresh.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analyzers/synonym_table.h"
#include "index/index_writer.h"
#include "index/synonym_store.h"
#include "search/searcher.h"
#include "tests/support/test_paths.h"

namespace siaran::search {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

corpus::Document release(const std::string& id, const std::string& title, const std::string& body) {
  corpus::Document d;
  d.id = id;
  d.title = title;
  d.body = body;
  d.date = "2024-03-0" + std::to_string(id.size());
  return d;
}

index::IndexSynonyms table(const std::string& text) {
  return index::from_table(analyzers::SynonymTable::parse(text, "test"), "test");
}

class SearcherSynonymsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index::IndexWriter writer(dir_, index::WriteMode::Build, analyzers::AnalyzerOptions{});
    writer.add(release("a", "Remisi di Lapas Cibinong", "Kalapas menyerahkan remisi kepada warga binaan di Lapas Cibinong."));
    writer.add(release("bb", "Pembinaan di lembaga pemasyarakatan", "Lembaga pemasyarakatan Bogor menggelar pelatihan bagi WBP."));
    writer.add(release("ccc", "Kunjungan ke Rutan", "Rumah tahanan negara Depok menerima kunjungan keluarga."));
    writer.set_synonyms(index::from_table(analyzers::SynonymTable::shipped(), "shipped"));
    writer.commit();
    searcher_.emplace(dir_.path());
  }

  std::vector<std::string> ids(const SearchResult& r) {
    std::vector<std::string> out;
    for (const Hit& h : r.hits) out.push_back(h.doc.id);
    return out;
  }
  SearchResult search(const std::string& q) {
    SearchRequest r;
    r.q = q;
    return searcher_->search(r);
  }

  siaran::testing::TempDir tmp_;
  index::DatabaseDir dir_{tmp_.path() / "db"};
  std::optional<Searcher> searcher_;
};

TEST_F(SearcherSynonymsTest, EitherFormFindsBothAndTheTypedFormRanksFirst) {
  EXPECT_THAT(ids(search("lapas")), ElementsAre("a", "bb"));
  EXPECT_THAT(ids(search("lembaga pemasyarakatan")), ElementsAre("bb", "a"));
  EXPECT_THAT(ids(search("warga binaan")), ElementsAre("a", "bb"));  // bb says WBP
  EXPECT_THAT(ids(search("rutan")), ElementsAre("ccc"));              // the release says rumah tahanan negara
}

TEST_F(SearcherSynonymsTest, TheResultSaysWhatWasExpanded) {
  const SearchResult r = search("pelatihan lapas \"warga binaan\"");
  EXPECT_THAT(r.expanded, ElementsAre(SynonymExpansion{"lapas", {"lembaga pemasyarakatan"}}));
  EXPECT_THAT(search("pelatihan").expanded, IsEmpty());
}

TEST_F(SearcherSynonymsTest, BothFormsAreMarkedInSnippets) {
  const SearchResult r = search("wbp");
  ASSERT_THAT(ids(r), ElementsAre("bb", "a"));
  EXPECT_THAT(r.hits[0].snippet_html, HasSubstr("<mark>WBP</mark>"));
  EXPECT_THAT(r.hits[1].snippet_html, HasSubstr("<mark>warga binaan</mark>"));
}

TEST_F(SearcherSynonymsTest, AReplacedTableIsUsedAfterRefresh) {
  EXPECT_THAT(ids(search("balai")), IsEmpty());
  index::replace_synonyms(dir_, table("@format 1\nbalai, lembaga pemasyarakatan\n"));
  EXPECT_TRUE(searcher_->refresh());
  EXPECT_THAT(ids(search("balai")), ElementsAre("bb"));
  EXPECT_THAT(ids(search("lapas")), ElementsAre("a"));  // the shipped table is gone
}

TEST_F(SearcherSynonymsTest, NoSpellingSuggestionForAWordKnownThroughASynonym) {
  // "kemenimipas" is in no release, and "kemenkumham"-like words are not near; it has synonyms.
  EXPECT_EQ(search("kemenimipas").suggestion, std::nullopt);
  EXPECT_EQ(search("pemasyarkatan").suggestion, "pemasyarakatan");
}

}  // namespace
}  // namespace siaran::search
