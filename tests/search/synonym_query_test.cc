// Query expansion with the index's synonym table (search/query_parser.h, synonym_expansion.h).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyzers/synonym_table.h"
#include "search/query_parser.h"
#include "search/snippets.h"
#include "search/synonym_expansion.h"
#include "tests/search/mini_index.h"
#include "tests/support/test_paths.h"

namespace siaran::search {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

using testing::MiniIndex;

}  // namespace

void PrintTo(const SynonymExpansion& e, std::ostream* out) {
  *out << '"' << e.words << "\" -> {";
  for (const std::string& s : e.synonyms) *out << '"' << s << "\" ";
  *out << '}';
}

namespace {

constexpr const char* kTable =
    "@format 1\n"
    "lapas, lembaga pemasyarakatan\n"
    "wbp, warga binaan pemasyarakatan, warga binaan\n"
    "kemenkumham, kementerian hukum dan ham\n"
    "napi, narapidana\n";

class SynonymQueryTest : public ::testing::Test {
 protected:
  SynonymQueryTest() {
    for (const auto& [key, values] : analyzers::SynonymTable::parse(kTable, "test").mappings()) {
      for (const std::string& v : values) index_.db().add_synonym(key, v);
    }
    QueryParserOptions options;
    options.synonyms = [this](const std::string& key) { return index_synonyms(index_.db(), key); };
    parser_.emplace(analyzer_, options);
  }

  ParsedQuery parse(std::string_view q) { return parser_->parse(q); }
  std::vector<std::string> search(std::string_view q) { return index_.search(parse(q)); }

  siaran::testing::TempDir tmp_;
  analyzers::Analyzer analyzer_;
  MiniIndex index_{analyzer_, (tmp_.path() / "db").string()};  // in-memory databases have no synonyms
  std::optional<QueryParser> parser_;
};

TEST_F(SynonymQueryTest, AnAcronymFindsTheSpelledOutNameAndBack) {
  index_.add("Remisi di Lapas Cibinong", "Kepala Lapas menyerahkan remisi.");
  index_.add("Remisi di Lembaga Pemasyarakatan Bogor", "Petugas lembaga pemasyarakatan membacakan SK.");
  index_.add("Lembaga sosial", "Lembaga itu membantu kegiatan pemasyarakatan di desa.");  // not the phrase
  EXPECT_THAT(search("lapas"), ElementsAre("Remisi di Lapas Cibinong", "Remisi di Lembaga Pemasyarakatan Bogor"));
  std::vector<std::string> hits = search("lembaga pemasyarakatan");
  ASSERT_EQ(hits.size(), 3u);  // every word still matches on its own
  EXPECT_EQ(hits[0], "Remisi di Lembaga Pemasyarakatan Bogor");
  EXPECT_EQ(hits[1], "Remisi di Lapas Cibinong");  // the synonym outranks loose words
}

TEST_F(SynonymQueryTest, AMultiWordSynonymIsAPhrase) {
  index_.add("Pelatihan WBP", "Para WBP mengikuti pelatihan las.");
  index_.add("Pelatihan warga binaan", "Warga binaan mengikuti pelatihan menjahit.");
  index_.add("Warga desa", "Warga desa dan tokoh binaan karang taruna.");
  EXPECT_THAT(search("wbp"), ElementsAre("Pelatihan WBP", "Pelatihan warga binaan"));
  EXPECT_THAT(search("warga binaan").front(), "Pelatihan warga binaan");
  EXPECT_THAT(search("warga binaan"), Contains("Pelatihan WBP"));
}

TEST_F(SynonymQueryTest, TheFormTypedRanksAboveASynonymOnlyMatchEvenWhenItIsCommon) {
  // "lapas" is in most releases (an idf near zero), the spelled-out name in one: the rare
  // synonym must still not lift its release above those that say what the reader typed.
  for (int i = 0; i < 8; ++i) {
    index_.add("Kegiatan " + std::to_string(i), "Lapas menggelar kegiatan olahraga bersama petugas.");
  }
  index_.add("Sinonim saja", "Lembaga pemasyarakatan menggelar kegiatan olahraga bersama petugas.");
  std::vector<std::string> hits = search("lapas");
  ASSERT_EQ(hits.size(), 9u);
  EXPECT_EQ(hits.back(), "Sinonim saja");
  hits = search("lapas olahraga");
  ASSERT_EQ(hits.size(), 9u);
  EXPECT_EQ(hits.back(), "Sinonim saja");
}

TEST_F(SynonymQueryTest, TheSynonymCountsForTheAllWordsBoost) {
  index_.add("Remisi lembaga pemasyarakatan", "Remisi diserahkan di lembaga pemasyarakatan.");
  index_.add("Remisi saja", "Remisi diserahkan kepada keluarga. Remisi remisi.");
  EXPECT_EQ(search("lapas remisi").front(), "Remisi lembaga pemasyarakatan");
}

TEST_F(SynonymQueryTest, ExpansionsAreReportedAndMarkTheirWords) {
  ParsedQuery p = parse("remisi Lembaga Pemasyarakatan WBP");
  EXPECT_THAT(p.expansions, ElementsAre(SynonymExpansion{"lembaga pemasyarakatan", {"lapas"}},
                                        SynonymExpansion{"wbp", {"warga binaan"}}));  // "warga binaan
                                                    // pemasyarakatan" holds it: nothing more to match
  ASSERT_EQ(p.words.size(), 4u);
  EXPECT_FALSE(p.words[0].expanded);
  EXPECT_TRUE(p.words[1].expanded);
  EXPECT_TRUE(p.words[2].expanded);
  EXPECT_TRUE(p.words[3].expanded);
  EXPECT_THAT(p.exact_terms, Contains("lapas"));
  EXPECT_THAT(p.exact_terms, Contains("binaan"));
  EXPECT_EQ(p.term_count, 4u);  // synonyms do not count against the word limit
}

TEST_F(SynonymQueryTest, ARunWithAStopwordMatchesItsKey) {
  index_.add("Kementerian Hukum dan HAM", "Kementerian Hukum dan HAM meluncurkan aplikasi.");
  ParsedQuery p = parse("kemenkumham");
  EXPECT_THAT(p.expansions, ElementsAre(SynonymExpansion{"kemenkumham", {"kementerian hukum dan ham"}}));
  EXPECT_THAT(index_.search(p), ElementsAre("Kementerian Hukum dan HAM"));  // "dan" is a gap here
  EXPECT_THAT(parse("Kementerian Hukum dan HAM").expansions,
              ElementsAre(SynonymExpansion{"kementerian hukum dan ham", {"kemenkumham"}}));
}

TEST_F(SynonymQueryTest, QuotesAndExclusionsAreNotExpanded) {
  index_.add("Lapas Cibinong", "Lapas Cibinong menggelar upacara.");
  index_.add("Lembaga Pemasyarakatan Bogor", "Lembaga pemasyarakatan Bogor menggelar upacara.");
  EXPECT_THAT(search("\"lapas\""), ElementsAre("Lapas Cibinong"));
  EXPECT_THAT(parse("\"lembaga pemasyarakatan\"").expansions, IsEmpty());
  EXPECT_THAT(search("upacara -lapas"), ElementsAre("Lembaga Pemasyarakatan Bogor"));
  EXPECT_THAT(parse("upacara -lapas").expansions, IsEmpty());
}

TEST_F(SynonymQueryTest, FieldWordsExpandWithinTheirField) {
  index_.add("Lembaga Pemasyarakatan Bogor", "Upacara.");
  index_.add("Upacara", "Lapas menggelar upacara.");
  EXPECT_THAT(search("title:lapas"), ElementsAre("Lembaga Pemasyarakatan Bogor"));
  // A run joins words of one field only.
  EXPECT_THAT(parse("title:lembaga pemasyarakatan").expansions, IsEmpty());
}

TEST_F(SynonymQueryTest, OrAlternativesExpandEachWord) {
  index_.add("Narapidana", "Narapidana bebas.");
  index_.add("Lapas", "Lapas baru.");
  EXPECT_THAT(search("napi OR lembaga"), UnorderedElementsAre("Narapidana"));
  EXPECT_THAT(search("napi OR lapas"), UnorderedElementsAre("Narapidana", "Lapas"));
}

TEST_F(SynonymQueryTest, WithoutATableNothingChanges) {
  QueryParser plain(analyzer_);
  ParsedQuery p = plain.parse("lapas");
  EXPECT_THAT(p.expansions, IsEmpty());
  EXPECT_EQ(p.query.get_description(), "Query((Zlapas AND_MAYBE lapas))");
}

TEST_F(SynonymQueryTest, MatchAndGroupsAgreeWithTheQuery) {
  // ParsedQuery::match leaves out the typed form among the alternatives (its words' own terms
  // match it) and the groups weigh a run once: same documents, same order.
  index_.add("Lapas", "Kepala lapas hadir di lapas.");
  index_.add("Lembaga", "Petugas lembaga pemasyarakatan hadir.");
  index_.add("Warga", "Warga binaan mengikuti remisi.");
  index_.add("Wbp", "Para WBP mengikuti remisi di lapas.");
  index_.add("Lembaga sosial", "Lembaga itu membantu kegiatan pemasyarakatan.");
  index_.add("Remisi", "Remisi hari raya.");
  auto run = [&](const Xapian::Query& q) { return index_.titles(q); };
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  for (const char* q : {"lapas", "wbp", "warga binaan remisi", "lembaga pemasyarakatan", "lapas remisi",
                        "lembaga pemasyarakatan remisi", "napi OR lapas"}) {
    const ParsedQuery p = parse(q);
    EXPECT_EQ(sorted(run(p.match)), sorted(run(p.query))) << q;
    if (p.all_words.empty()) continue;
    std::vector<std::string> groups = run(p.all_words);
    for (const std::string& t : run(p.other_words)) groups.push_back(t);
    EXPECT_EQ(groups, run(p.query)) << q;
  }
}

TEST_F(SynonymQueryTest, BothFormsAreHighlighted) {
  const std::string body = "Kepala Lapas hadir. Petugas lembaga pemasyarakatan lain juga hadir, kata warga.";
  index_.add("Lapas dan lembaga pemasyarakatan", body);
  ParsedQuery parsed = parse("lapas");
  Xapian::MSet mset = index_.mset(parsed);
  ASSERT_EQ(mset.size(), 1u);
  Highlighter h(mset, analyzer_.xapian_stem(), !parsed.highlight.empty());
  EXPECT_EQ(h.title_html("Lapas dan lembaga pemasyarakatan"),
            "<mark>Lapas</mark> dan <mark>lembaga pemasyarakatan</mark>");
  const std::string passage = h.body_html(body);
  EXPECT_THAT(passage, HasSubstr("<mark>Lapas</mark>"));
  EXPECT_THAT(passage, HasSubstr("<mark>lembaga pemasyarakatan</mark>"));
  EXPECT_THAT(passage, Not(HasSubstr("<mark>warga</mark>")));
}

TEST_F(SynonymQueryTest, TheExpansionBudgetBoundsALongQuery) {
  std::string q;
  for (int i = 0; i < 40; ++i) q += "wbp ";
  const ParsedQuery p = parse(q);
  const auto expanded = std::count_if(p.words.begin(), p.words.end(), [](const QueryWord& w) { return w.expanded; });
  EXPECT_EQ(expanded, kMaxSynonymTerms / 2);  // "warga binaan": two terms each
}

TEST_F(SynonymQueryTest, PhrasesShorterThanTheLongestAreMarkedWordByWord) {
  // Xapian 1.4's snippet marks only phrases as long as the query's longest tight phrase.
  const std::string body = "Warga binaan dan kepala rumah tahanan hadir.";
  index_.add("x", body);
  ParsedQuery parsed = parse("wbp \"kepala rumah tahanan\"");
  Xapian::MSet mset = index_.mset(parsed);
  ASSERT_EQ(mset.size(), 1u);
  Highlighter h(mset, analyzer_.xapian_stem(), true);
  EXPECT_EQ(h.body_html(body), "<mark>Warga</mark> <mark>binaan</mark> dan <mark>kepala rumah tahanan</mark> hadir.");
}

}  // namespace
}  // namespace siaran::search
