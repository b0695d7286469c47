#include "search/related.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "search/spelling.h"
#include "tests/search/mini_index.h"
#include "tests/support/test_paths.h"

namespace siaran::search {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(WordBeingTyped, IsTheLastWord) {
  EXPECT_EQ(word_being_typed("lokakarya keh"), "keh");
  EXPECT_EQ(word_being_typed("keh"), "keh");
  EXPECT_EQ(word_being_typed("title:\"hari bhak"), "bhak");
  EXPECT_EQ(word_being_typed("(remisi OR asim"), "asim");
  EXPECT_EQ(word_being_typed("remisi -narko"), "narko");
  EXPECT_EQ(word_being_typed("unit:cibi"), "cibi");
  EXPECT_EQ(word_being_typed("remisi "), "");
  EXPECT_EQ(word_being_typed(""), "");
}

class CompletionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_.add("Kehumasan", "kehumasan kehumasan kehakiman kehutanan");
    index_.add("Lain", "kehumasan kehakiman keluarga");
    index_.add("Lagi", "kehumasan");
  }
  analyzers::Analyzer analyzer_;
  testing::MiniIndex index_{analyzer_};
};

TEST_F(CompletionTest, MostFrequentFirstThenAlphabetical) {
  EXPECT_THAT(complete_word(index_.db(), "keh", 8), ElementsAre("kehumasan", "kehakiman", "kehutanan"));
  EXPECT_THAT(complete_word(index_.db(), "keh", 2), ElementsAre("kehumasan", "kehakiman"));
  EXPECT_THAT(complete_word(index_.db(), "kel", 8), ElementsAre("keluarga"));
}

TEST_F(CompletionTest, NothingForTooShortOrUnknownPrefixes) {
  EXPECT_THAT(complete_word(index_.db(), "k", 8), IsEmpty());
  EXPECT_THAT(complete_word(index_.db(), "xyz", 8), IsEmpty());
  EXPECT_THAT(complete_word(index_.db(), "keh", 0), IsEmpty());
}

TEST_F(CompletionTest, NeverOffersPrefixedTerms) {
  // "Skehumasan" (title) and "Zhumas" exist; an uppercase prefix must not reach them.
  EXPECT_THAT(complete_word(index_.db(), "Skeh", 8), IsEmpty());
}

TEST(Similar, FindsDocumentsSharingTellingWordsAndExcludesItself) {
  analyzers::Analyzer analyzer;
  testing::MiniIndex index(analyzer);
  auto add = [&](const std::string& id, const std::string& title, const std::string& body) {
    Xapian::docid did = index.add(title, body);
    Xapian::Document doc = index.db().get_document(did);
    doc.add_boolean_term("Q" + id);
    index.db().replace_document(did, doc);
    return did;
  };
  Xapian::docid barista = add("a", "Pelatihan barista", "Pelatihan barista kopi untuk warga binaan, kopi robusta.");
  add("b", "Kopi dari lapas", "Warga binaan meracik kopi robusta hasil pelatihan barista.");
  add("c", "Remisi", "Pemberian remisi hari raya kepada warga binaan.");
  Xapian::Query q = similar_query(index.db(), barista, "Qa", analyzer);
  ASSERT_FALSE(q.empty());
  Xapian::Enquire enquire(index.db());
  enquire.set_query(q);
  Xapian::MSet mset = enquire.get_mset(0, 10);
  ASSERT_GE(mset.size(), 1u);
  EXPECT_EQ(mset.begin().get_document().get_data(), "Kopi dari lapas");
  for (auto it = mset.begin(); it != mset.end(); ++it) EXPECT_NE(*it, barista);
  // Stopwords and prefixed terms never make the list.
  EXPECT_EQ(q.get_description().find("untuk"), std::string::npos);
  EXPECT_EQ(q.get_description().find(" Z"), std::string::npos);
}

class SpellingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = Xapian::WritableDatabase((dir_.path() / "db").string(), Xapian::DB_CREATE);
    Xapian::Document doc;
    for (const char* w : {"pemasyarakatan", "lokakarya", "kehumasan", "remisi"}) {
      doc.add_posting(w, 1);
      doc.add_term(std::string("Z") + analyzer_.stem(w));
      db_.add_spelling(w, 5);
    }
    db_.add_document(doc);
    db_.commit();
  }

  std::optional<std::string> correct(const std::string& q) {
    return correct_spelling(db_, q, parser_.parse(q).words);
  }

  siaran::testing::TempDir dir_;
  Xapian::WritableDatabase db_;
  analyzers::Analyzer analyzer_;
  QueryParser parser_{analyzer_};
};

TEST_F(SpellingTest, CorrectsUnknownWordsKeepingTheRestOfTheQuery) {
  EXPECT_EQ(correct("pemasyarakatn"), "pemasyarakatan");
  EXPECT_EQ(correct("lokakarya  \"kehumsan\" -remsi"), "lokakarya  \"kehumasan\" -remisi");
  EXPECT_EQ(correct("title:Pemasyarakatn date:2022"), "title:Pemasyarakatan date:2022");
}

TEST_F(SpellingTest, NoSuggestionWhenEveryWordIsKnown) {
  EXPECT_EQ(correct("lokakarya kehumasan"), std::nullopt);
  EXPECT_EQ(correct(""), std::nullopt);
}

TEST_F(SpellingTest, NoSuggestionWithoutACloseWord) {
  EXPECT_EQ(correct("zebra"), std::nullopt);
}

TEST_F(SpellingTest, LeavesStopwordsAndNumbersAlone) {
  EXPECT_EQ(correct("remisi 2022 yang"), std::nullopt);
}

}  // namespace
}  // namespace siaran::search
