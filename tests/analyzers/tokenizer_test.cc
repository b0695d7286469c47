#include "analyzers/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace siaran::analyzers {
namespace {

std::vector<std::string> surfaces(std::string_view text) {
  std::vector<std::string> out;
  for (const Lexeme& l : Tokenizer().split(text)) out.emplace_back(text.substr(l.begin, l.end - l.begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(Tokenizer, WordsAndPunctuation) {
  EXPECT_EQ(surfaces("Ditjenpas, (UPT) gelar lokakarya."),
            (Strings{"Ditjenpas", "UPT", "gelar", "lokakarya"}));
}

TEST(Tokenizer, ApostropheInsideWordOnly) {
  EXPECT_EQ(surfaces("Ma'ruf Jum’at 'kutip' rock'"), (Strings{"Ma'ruf", "Jum’at", "kutip", "rock"}));
}

TEST(Tokenizer, NumbersWithIndonesianSeparators) {
  EXPECT_EQ(surfaces("1.000.000 dan 5,12 atau 2,5. Akhir 2022."),
            (Strings{"1.000.000", "dan", "5,12", "atau", "2,5", "Akhir", "2022"}));
  auto lex = Tokenizer().split("5,12");
  ASSERT_EQ(lex.size(), 1u);
  EXPECT_EQ(lex[0].kind, LexemeKind::Number);
}

TEST(Tokenizer, DatesAndTimesAreSeveralNumbers) {
  EXPECT_EQ(surfaces("13/12/2022 20:43"), (Strings{"13", "12", "2022", "20", "43"}));
}

TEST(Tokenizer, PercentSignOnlyAfterANumber) {
  auto lex = Tokenizer().split("5,12% naik 3 % dan % saja");
  ASSERT_EQ(lex.size(), 7u);
  EXPECT_EQ(lex[1].kind, LexemeKind::PercentSign);
  EXPECT_EQ(lex[4].kind, LexemeKind::PercentSign);
  EXPECT_EQ(lex[5].kind, LexemeKind::Word);  // "dan": the lone % makes no token
}

TEST(Tokenizer, CurrencyAndUnitsSplitFromAmounts) {
  EXPECT_EQ(surfaces("Rp10.000 2,5kg G20 5G"), (Strings{"Rp", "10.000", "2,5", "kg", "G20", "5G"}));
}

TEST(Tokenizer, InitialismsKeepTheirDots) {
  auto lex = Tokenizer().split("U.P.T. Pusat, a.n. Kepala, A. Yani");
  std::vector<LexemeKind> kinds;
  for (auto& l : lex) kinds.push_back(l.kind);
  EXPECT_EQ(surfaces("U.P.T. Pusat, a.n. Kepala, A. Yani"),
            (Strings{"U.P.T.", "Pusat", "a.n.", "Kepala", "A", "Yani"}));
  EXPECT_EQ(kinds[0], LexemeKind::Initialism);
  EXPECT_EQ(kinds[2], LexemeKind::Initialism);
  EXPECT_EQ(kinds[4], LexemeKind::Word);
}

TEST(Tokenizer, HyphenJoinsOnlyWithoutSpaces) {
  auto lex = Tokenizer().split("kata-kata Covid-19 - lalu ‐ kemudian -an");
  ASSERT_EQ(lex.size(), 7u);
  EXPECT_FALSE(lex[0].joined_by_hyphen);
  EXPECT_TRUE(lex[1].joined_by_hyphen);
  EXPECT_FALSE(lex[2].joined_by_hyphen);
  EXPECT_TRUE(lex[3].joined_by_hyphen);
  EXPECT_FALSE(lex[4].joined_by_hyphen);
  EXPECT_FALSE(lex[5].joined_by_hyphen);
  EXPECT_FALSE(lex[6].joined_by_hyphen);
}

TEST(Tokenizer, CountsCapitals) {
  auto lex = Tokenizer().split("UPT KemenPAN Lapas");
  ASSERT_EQ(lex.size(), 3u);
  EXPECT_EQ(lex[0].letters, 3u);
  EXPECT_EQ(lex[0].uppercase, 3u);
  EXPECT_TRUE(lex[1].inner_capital);
  EXPECT_FALSE(lex[2].inner_capital);
  EXPECT_EQ(lex[2].uppercase, 1u);
}

// ASCII letters take a fast path; letters beyond ASCII still ask ICU (upper, title and lower
// case), and both count alike within one word.
TEST(Tokenizer, CountsCapitalsBeyondAscii) {
  auto lex = Tokenizer().split("ÉCOLE ĲsselMÉER \u01C5emal Straße ÀB");
  ASSERT_EQ(lex.size(), 5u);
  EXPECT_EQ(lex[0].letters, 5u);
  EXPECT_EQ(lex[0].uppercase, 5u);  // É is upper case
  EXPECT_FALSE(lex[0].inner_capital);
  EXPECT_EQ(lex[1].letters, 9u);
  EXPECT_EQ(lex[1].uppercase, 5u);  // Ĳ, M, É, E, R
  EXPECT_TRUE(lex[1].inner_capital);  // "lM"
  EXPECT_EQ(lex[2].uppercase, 1u);  // ǅ is title case
  EXPECT_FALSE(lex[2].inner_capital);
  EXPECT_EQ(lex[3].letters, 6u);
  EXPECT_EQ(lex[3].uppercase, 1u);  // ß is lower case
  EXPECT_EQ(lex[4].uppercase, 2u);
}

TEST(Tokenizer, UnicodeLettersMarksAndIgnorables) {
  EXPECT_EQ(surfaces("Pele\u0301 हिंदी ка\u00ADта 東京"),
            (Strings{"Pele\u0301", "हिंदी", "ка\u00ADта", "東京"}));
}

TEST(Tokenizer, InvalidBytesSeparateWords) {
  std::string text = "abc\xFF" "def\xC3";
  EXPECT_EQ(surfaces(text), (Strings{"abc", "def"}));
}

TEST(Tokenizer, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Tokenizer().split("").empty());
  EXPECT_TRUE(Tokenizer().split(" -- ,. %% ''").empty());
}

}  // namespace
}  // namespace siaran::analyzers
