// Morphology-aware "did you mean" (search/spelling.h).
#include "search/spelling.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "search/synonym_expansion.h"
#include "tests/support/test_paths.h"

namespace siaran::search {
namespace {

class MorphologySpellingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = Xapian::WritableDatabase((dir_.path() / "db").string(), Xapian::DB_CREATE);
    Xapian::Document doc;
    // The spelling table holds exact forms with their frequencies, as the indexer writes them.
    for (const auto& [word, count] : std::vector<std::pair<std::string, unsigned>>{
             {"pembina", 40}, {"pembinaan", 12}, {"pemasyarakatan", 30}, {"masyarakat", 50},
             {"lapas", 25}, {"binaan", 7}}) {
      doc.add_posting(word, 1);
      doc.add_term("Z" + analyzer_.stem(word));
      db_.add_spelling(word, count);
    }
    db_.add_document(doc);
    db_.add_synonym("lpas", "lembaga penempatan anak sementara");
    db_.add_synonym("wbp", "warga binaan");
    db_.add_synonym("warga binaan", "wbp");
    db_.commit();
    QueryParserOptions options;
    options.synonyms = [this](const std::string& key) { return index_synonyms(db_, key); };
    parser_.emplace(analyzer_, options);
  }

  std::optional<std::string> correct(const std::string& q) {
    return correct_spelling(db_, q, parser_->parse(q).words);
  }

  siaran::testing::TempDir dir_;
  Xapian::WritableDatabase db_;
  analyzers::Analyzer analyzer_;
  std::optional<QueryParser> parser_;
};

TEST_F(MorphologySpellingTest, SuggestsTheInflectedFormThatKeepsTheTypedAffixes) {
  // "pembina" is one edit away too and more frequent, but "pembinan" was typed with pe-…-an.
  EXPECT_EQ(correct("pembinan"), "pembinaan");
  EXPECT_EQ(correct("Pembinan narapidana"), "Pembinaan narapidana");
  EXPECT_EQ(correct("pemasyarkatan"), "pemasyarakatan");
  EXPECT_EQ(correct("pembinna"), "pembina");    // no suffix typed: the nearest, most frequent
}

TEST_F(MorphologySpellingTest, FewerEditsComeFirst) {
  EXPECT_EQ(correct("lapass"), "lapas");
  EXPECT_EQ(closest_indexed_word(db_, "masyarakta"), "masyarakat");  // a swap is one edit
}

TEST_F(MorphologySpellingTest, AWordKnownThroughASynonymIsNeverCorrected) {
  EXPECT_EQ(correct("lpas"), std::nullopt);  // "lapas" is one edit away, but lpas has synonyms
  EXPECT_EQ(correct("\"lpas\""), std::nullopt);  // quoted: not expanded, still known
  EXPECT_EQ(correct("warga binaan"), std::nullopt);  // "warga" is unknown but part of a key
}

TEST_F(MorphologySpellingTest, AWordKnownThroughItsStemIsNeverCorrected) {
  ASSERT_EQ(analyzer_.stem("dibina"), analyzer_.stem("pembina"));  // premise
  EXPECT_EQ(correct("dibina"), std::nullopt);
}

TEST_F(MorphologySpellingTest, NoCloseWordNoSuggestion) {
  EXPECT_EQ(correct("zebra"), std::nullopt);
  EXPECT_EQ(closest_indexed_word(db_, "zebra"), "");
}

TEST(SharedAffixes, CountsThePrefixAndSuffixTheTypedWordHas) {
  EXPECT_EQ(shared_affixes("pembinan", "pembinaan"), 2);
  EXPECT_EQ(shared_affixes("pembinan", "pembina"), 1);
  EXPECT_EQ(shared_affixes("menyelesaikn", "menyelesaikan"), 1);  // meny-; the typo hides -kan
  EXPECT_EQ(shared_affixes("diberikn", "diberikan"), 1);
  EXPECT_EQ(shared_affixes("lapas", "lapas"), 0);  // nothing typed, nothing shared
  EXPECT_EQ(shared_affixes("pemasyarkatan", "pemasyarakatan"), 2);
}

}  // namespace
}  // namespace siaran::search
