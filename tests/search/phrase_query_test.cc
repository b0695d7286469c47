// search::phrase_query: when a phrase is matched by the index's phrase term, in which form, and
// phrase_words() / uses_phrase_terms() reading the result back.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "search/phrase_query.h"

namespace siaran::search {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::vector<std::string> kWords = {"warga", "binaan"};

PhraseIndexed only(const std::string& indexed) {
  return [indexed](const std::string& phrase) { return phrase == indexed; };
}

TEST(PhraseQueryTest, IndexedPhraseIsMatchedByItsTermWithoutPositions) {
  const Xapian::Query q = phrase_query(kWords, 2, "", only("warga binaan"), PhraseUse::Matching);
  EXPECT_EQ(q.get_description(), "Query(((warga AND binaan) FILTER Kwarga binaan))");
  EXPECT_TRUE(uses_phrase_terms(q));
  EXPECT_THAT(phrase_words(q), ElementsAre("warga", "binaan"));
}

TEST(PhraseQueryTest, MarkingKeepsThePhraseForSnippets) {
  const Xapian::Query q = phrase_query(kWords, 2, "", only("warga binaan"), PhraseUse::Marking);
  EXPECT_EQ(q.get_description(), "Query(((warga PHRASE 2 binaan) FILTER Kwarga binaan))");
  EXPECT_THAT(phrase_words(q), ElementsAre("warga", "binaan"));
}

TEST(PhraseQueryTest, PositionsWhenTheIndexHasNoTermOrThePhraseIsNotPlain) {
  EXPECT_EQ(phrase_query(kWords, 2, "", only("lembaga pemasyarakatan"), PhraseUse::Matching).get_description(),
            "Query((warga PHRASE 2 binaan))");
  EXPECT_EQ(phrase_query(kWords, 2, "", PhraseIndexed(), PhraseUse::Matching).get_description(),
            "Query((warga PHRASE 2 binaan))");
  // A gap (a stopword the index leaves out) widens the window: not the name's exact phrase.
  EXPECT_EQ(phrase_query(kWords, 3, "", only("warga binaan"), PhraseUse::Matching).get_description(),
            "Query((warga PHRASE 3 binaan))");
  // Field phrases have no terms.
  const std::vector<std::string> title = {"Swarga", "Sbinaan"};
  EXPECT_EQ(phrase_query(title, 2, "S", only("Swarga Sbinaan"), PhraseUse::Matching).get_description(),
            "Query((Swarga PHRASE 2 Sbinaan))");
  EXPECT_EQ(phrase_query({"lapas"}, 1, "", only("lapas"), PhraseUse::Matching).get_description(), "Query(lapas)");
}

TEST(PhraseQueryTest, PhraseWordsOfOtherQueriesAreEmpty) {
  EXPECT_THAT(phrase_words(Xapian::Query("lapas")), IsEmpty());
  EXPECT_THAT(phrase_words(Xapian::Query(Xapian::Query::OP_AND, kWords.begin(), kWords.end())), IsEmpty());
  EXPECT_THAT(phrase_words(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("a"), Xapian::Query("XTremisi"))),
              IsEmpty());
  EXPECT_FALSE(uses_phrase_terms(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Zlapas"), Xapian::Query("lapas"))));
}

}  // namespace
}  // namespace siaran::search
