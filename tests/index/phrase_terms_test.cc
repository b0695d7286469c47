// index::PhraseTerms: which phrases get a term, that a document gets the term exactly where
// OP_PHRASE over its exact terms matches, and that builds record the phrases and updates keep them.
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analyzers/synonym_table.h"
#include "corpus/reader.h"
#include "index/document_builder.h"
#include "index/index_writer.h"
#include "index/phrase_terms.h"
#include "index/shard_writer.h"
#include "tests/index/index_test_support.h"
#include "tests/support/test_paths.h"

namespace siaran::index {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::has_term;
using testing::release;

PhraseTerms shipped_phrases() {
  return PhraseTerms::of_synonyms(from_table(analyzers::SynonymTable::shipped(), "shipped"));
}

TEST(PhraseTermsTest, KeepsMultiWordPhrasesOnceSorted) {
  const PhraseTerms phrases({"warga binaan", "lapas", "", "lembaga  pemasyarakatan", "warga binaan"});
  EXPECT_THAT(phrases.phrases(), ElementsAre("lembaga pemasyarakatan", "warga binaan"));
  EXPECT_TRUE(phrases.indexes("warga binaan"));
  EXPECT_FALSE(phrases.indexes("lapas"));
  EXPECT_FALSE(phrases.indexes("warga"));
  EXPECT_EQ(PhraseTerms::term("warga binaan"), "Kwarga binaan");
  EXPECT_TRUE(PhraseTerms().empty());
}

TEST(PhraseTermsTest, OfSynonymsTakesTheMultiWordKeys) {
  const PhraseTerms phrases = shipped_phrases();
  EXPECT_TRUE(phrases.indexes("warga binaan"));
  EXPECT_TRUE(phrases.indexes("lembaga pemasyarakatan"));
  EXPECT_FALSE(phrases.indexes("wbp"));  // one word: its own term already
}

class PhraseTermsDocumentTest : public ::testing::Test {
 protected:
  std::vector<std::string> phrase_terms(const std::string& title, const std::string& body) {
    DocumentBuilder builder(analyzer_);
    builder.index_phrases(PhraseTerms({"warga binaan", "warga binaan pemasyarakatan", "lembaga pemasyarakatan"}));
    const Xapian::Document doc = builder.build(release("r1", title, body)).xapian;
    std::vector<std::string> found;
    for (const std::string& term : testing::terms_of(doc)) {
      if (term.starts_with("K")) found.push_back(term);
    }
    return found;
  }

  analyzers::Analyzer analyzer_{analyzers::AnalyzerOptions{}};
};

TEST_F(PhraseTermsDocumentTest, AddsTheTermOfEachPhraseFoundAsExactForms) {
  EXPECT_THAT(phrase_terms("Pelatihan", "Para Warga Binaan Pemasyarakatan di Lembaga-lembaga Pemasyarakatan."),
              ElementsAre("Klembaga pemasyarakatan", "Kwarga binaan", "Kwarga binaan pemasyarakatan"));
}

TEST_F(PhraseTermsDocumentTest, NotWhenTheWordsAreApartOrInOtherForms) {
  EXPECT_THAT(phrase_terms("Pelatihan", "Warga dan binaan. Binaan warga. Warga pembinaan."), IsEmpty());
}

TEST_F(PhraseTermsDocumentTest, TitleAndBodyAreSeparateTexts) {
  EXPECT_THAT(phrase_terms("Kunjungan warga", "Binaan lapas menerima tamu."), IsEmpty());
  EXPECT_THAT(phrase_terms("Kunjungan warga binaan", "Lapas menerima tamu."), ElementsAre("Kwarga binaan"));
}

TEST_F(PhraseTermsDocumentTest, IsBooleanAndChangesNothingElse) {
  DocumentBuilder plain(analyzer_);
  DocumentBuilder with(analyzer_);
  with.index_phrases(PhraseTerms({"warga binaan"}));
  const auto doc = release("r1", "Remisi", "Remisi bagi warga binaan Lapas Cibinong.");
  const Xapian::Document a = plain.build(doc).xapian;
  const Xapian::Document b = with.build(doc).xapian;
  EXPECT_EQ(testing::wdf_of(b, "Kwarga binaan"), 0u);
  EXPECT_TRUE(testing::positions_of(b, "Kwarga binaan").empty());
  std::vector<std::string> others = testing::terms_of(b);
  std::erase(others, "Kwarga binaan");
  EXPECT_EQ(others, testing::terms_of(a));
  Xapian::termcount length_a = 0, length_b = 0;
  for (auto it = a.termlist_begin(); it != a.termlist_end(); ++it) length_a += it.get_wdf();
  for (auto it = b.termlist_begin(); it != b.termlist_end(); ++it) length_b += it.get_wdf();
  EXPECT_EQ(length_a, length_b);  // no weight of any other term moves
}

// Every release of the bundled sample corpus, built with the shipped table's phrases: for every
// phrase, the documents holding its term are exactly those OP_PHRASE over its exact terms finds.
TEST(PhraseTermsIndexTest, TermMatchesExactlyWhatThePhraseMatchesOnTheSampleCorpus) {
  siaran::testing::TempDir tmp;
  const DatabaseDir dir(tmp.path() / "db");
  struct Collect : corpus::RecordSink {
    void accept(corpus::Document doc, const corpus::SourceLocation&) override { docs.push_back(std::move(doc)); }
    void reject(const corpus::Rejection&) override {}
    std::vector<corpus::Document> docs;
  } sink;
  std::ifstream in(siaran::testing::source_dir() / "corpus/sample/releases.jsonl");
  corpus::make_reader(corpus::Format::Jsonl, {})->read(in, "releases.jsonl", sink);
  ASSERT_GE(sink.docs.size(), 20u);

  BuildOptions options;
  options.threads = 2;  // the parallel build's workers index the phrases too
  options.phrases = shipped_phrases();
  IndexWriter writer(dir, WriteMode::Build, analyzers::AnalyzerOptions{}, options);
  for (const corpus::Document& doc : sink.docs) writer.add(doc);
  writer.commit();

  const Xapian::Database db(dir.live_path().string());
  EXPECT_EQ(PhraseTerms::stored_in(db).phrases(), options.phrases.phrases());
  size_t found = 0;
  for (const std::string& phrase : options.phrases.phrases()) {
    std::vector<std::string> words;
    std::istringstream split(phrase);
    for (std::string word; split >> word;) words.push_back(word);
    const Xapian::Query by_positions(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
    const std::vector<std::string> expected = testing::ids_matching(db, by_positions);
    EXPECT_EQ(testing::ids_matching(db, Xapian::Query(PhraseTerms::term(phrase))), expected) << phrase;
    found += expected.empty() ? 0 : 1;
  }
  EXPECT_GE(found, 5u);  // the sample corpus holds several of the names
}

TEST(PhraseTermsIndexTest, UpdateKeepsTheRecordedPhrasesWhateverItIsGiven) {
  siaran::testing::TempDir tmp;
  const DatabaseDir dir(tmp.path() / "db");
  BuildOptions build;
  build.phrases = PhraseTerms({"warga binaan"});
  {
    IndexWriter writer(dir, WriteMode::Build, analyzers::AnalyzerOptions{}, build);
    writer.add(release("a", "Remisi", "Remisi bagi warga binaan."));
    writer.commit();
  }
  BuildOptions other;
  other.phrases = PhraseTerms({"lembaga pemasyarakatan"});
  {
    IndexWriter writer(dir, WriteMode::Update, analyzers::AnalyzerOptions{}, other);
    writer.add(release("b", "Pelatihan", "Warga binaan lembaga pemasyarakatan berlatih."));
    writer.commit();
  }
  const Xapian::Database db(dir.live_path().string());
  EXPECT_THAT(PhraseTerms::stored_in(db).phrases(), ElementsAre("warga binaan"));
  EXPECT_EQ(db.get_termfreq("Kwarga binaan"), 2u);
  EXPECT_EQ(db.get_termfreq("Klembaga pemasyarakatan"), 0u);
}

TEST(PhraseTermsIndexTest, ABuildWithoutPhrasesRecordsNone) {
  siaran::testing::TempDir tmp;
  const DatabaseDir dir(tmp.path() / "db");
  IndexWriter writer(dir, WriteMode::Build, analyzers::AnalyzerOptions{});
  writer.add(release("a", "Remisi", "Remisi bagi warga binaan."));
  writer.commit();
  const Xapian::Database db(dir.live_path().string());
  EXPECT_TRUE(PhraseTerms::stored_in(db).empty());
  EXPECT_EQ(db.get_termfreq("Kwarga binaan"), 0u);
}

TEST(PhraseTermsIndexTest, ShardedBuildsAndUpdatesIndexThemToo) {
  siaran::testing::TempDir tmp;
  const DatabaseDir dir(tmp.path() / "db");
  BuildOptions build;
  build.phrases = PhraseTerms({"warga binaan"});
  {
    auto writer = open_archive_writer(dir, WriteMode::Build, analyzers::AnalyzerOptions{}, 2, build);
    for (const char* id : {"a", "b", "c", "d"}) writer->add(release(id, "Remisi", "Remisi bagi warga binaan."));
    writer->commit();
  }
  {
    auto writer = open_archive_writer(dir, WriteMode::Update, analyzers::AnalyzerOptions{});
    writer->add(release("e", "Pelatihan", "Pelatihan warga binaan."));
    writer->commit();
  }
  const Xapian::Database db(dir.live_path().string());
  EXPECT_THAT(PhraseTerms::stored_in(db).phrases(), ElementsAre("warga binaan"));
  EXPECT_EQ(db.get_termfreq("Kwarga binaan"), 5u);
}

}  // namespace
}  // namespace siaran::index
