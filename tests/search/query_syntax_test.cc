#include "search/query_syntax.h"

#include <gtest/gtest.h>

#include <string>

#include "search/search_request.h"

namespace siaran::search {
namespace {

std::string tree(std::string_view q) { return to_string(parse_query_syntax(q)); }

std::string error_of(std::string_view q) {
  try {
    parse_query_syntax(q);
  } catch (const InvalidRequest& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(QuerySyntax, BlankQueryIsAnEmptyGroup) {
  EXPECT_EQ(tree(""), "(all)");
  EXPECT_EQ(tree("   \t\n"), "(all)");
  EXPECT_EQ(tree("\xC2\xA0"), "(all)");  // a no-break space is space too
}

TEST(QuerySyntax, WordsSideBySide) {
  EXPECT_EQ(tree("lokakarya kehumasan"), "(all (words \"lokakarya\") (words \"kehumasan\"))");
}

TEST(QuerySyntax, WordOffsetsPointIntoTheQuery) {
  QueryNode root = parse_query_syntax("  remisi title:lebaran");
  ASSERT_EQ(root.children.size(), 2u);
  EXPECT_EQ(root.children[0].offset, 2u);
  EXPECT_EQ(root.children[1].offset, 15u);
  EXPECT_EQ(root.children[1].text, "lebaran");
}

TEST(QuerySyntax, Phrases) {
  EXPECT_EQ(tree("\"hari bhakti\" remisi"), "(all (phrase \"hari bhakti\") (words \"remisi\"))");
  EXPECT_EQ(tree("\xE2\x80\x9Chari bhakti\xE2\x80\x9D"), "(all (phrase \"hari bhakti\"))");
  EXPECT_EQ(tree("\"\""), "(all)");
}

TEST(QuerySyntax, UnclosedQuoteRunsToTheEnd) {
  EXPECT_EQ(tree("remisi \"hari bhakti"), "(all (words \"remisi\") (phrase \"hari bhakti\"))");
}

TEST(QuerySyntax, Exclusion) {
  EXPECT_EQ(tree("remisi -narkoba"), "(all (words \"remisi\") (not (words \"narkoba\")))");
  EXPECT_EQ(tree("remisi NOT narkoba"), "(all (words \"remisi\") (not (words \"narkoba\")))");
  EXPECT_EQ(tree("-\"hari bhakti\""), "(all (not (phrase \"hari bhakti\")))");
  EXPECT_EQ(tree("NOT NOT remisi"), "(all (words \"remisi\"))");
}

TEST(QuerySyntax, HyphenInsideAWordIsNotExclusion) {
  EXPECT_EQ(tree("covid-19 buku-buku"), "(all (words \"covid-19\") (words \"buku-buku\"))");
  EXPECT_EQ(tree("remisi - lebaran"), "(all (words \"remisi\") (words \"-\") (words \"lebaran\"))");
}

TEST(QuerySyntax, OrBindsTighterThanSpace) {
  EXPECT_EQ(tree("lapas remisi OR asimilasi"),
            "(all (words \"lapas\") (or (words \"remisi\") (words \"asimilasi\")))");
  EXPECT_EQ(tree("a OR b OR c"), "(all (or (words \"a\") (words \"b\") (words \"c\")))");
}

TEST(QuerySyntax, LowercaseOrIsAWord) {
  EXPECT_EQ(tree("a or b"), "(all (words \"a\") (words \"or\") (words \"b\"))");
}

TEST(QuerySyntax, AndBindsLooserThanOr) {
  EXPECT_EQ(tree("a OR b AND c"), "(all (and (or (words \"a\") (words \"b\")) (words \"c\")))");
}

TEST(QuerySyntax, DanglingOperatorsAreDropped) {
  EXPECT_EQ(tree("remisi OR"), "(all (words \"remisi\"))");
  EXPECT_EQ(tree("OR remisi"), "(all (words \"remisi\"))");
  EXPECT_EQ(tree("NOT"), "(all)");
  EXPECT_EQ(tree("remisi AND"), "(all (words \"remisi\"))");
  EXPECT_EQ(tree("a OR OR b"), "(all (or (words \"a\") (words \"b\")))");
}

TEST(QuerySyntax, Parentheses) {
  EXPECT_EQ(tree("(remisi OR asimilasi) lebaran"),
            "(all (or (words \"remisi\") (words \"asimilasi\")) (words \"lebaran\"))");
  EXPECT_EQ(tree("-(a b)"), "(all (not (all (words \"a\") (words \"b\"))))");
  EXPECT_EQ(tree("(a)"), "(all (words \"a\"))");
  EXPECT_EQ(tree("()"), "(all)");
}

TEST(QuerySyntax, UnbalancedParenthesesAreForgiven) {
  EXPECT_EQ(tree("(a OR b"), "(all (or (words \"a\") (words \"b\")))");
  EXPECT_EQ(tree("a) b"), "(all (words \"a\") (words \"b\"))");
  EXPECT_EQ(tree(")))"), "(all)");
}

TEST(QuerySyntax, NestingIsBounded) {
  EXPECT_NO_THROW(parse_query_syntax("((((((((a))))))))"));  // 8 levels
  EXPECT_EQ(error_of("(((((((((a)))))))))"),
            "query nests too deeply (more than 8 levels of parentheses)");
  // Unclosed parentheses count as much as closed ones.
  EXPECT_EQ(error_of(std::string(500, '(')),
            "query nests too deeply (more than 8 levels of parentheses)");
}

TEST(QuerySyntax, LengthIsBounded) {
  std::string q(1024, 'a');
  EXPECT_NO_THROW(parse_query_syntax(q));
  q += 'a';
  EXPECT_EQ(error_of(q), "query too long (1025 bytes; limit 1024)");
}

TEST(QuerySyntax, Fields) {
  EXPECT_EQ(tree("title:remisi"), "(all (words title \"remisi\"))");
  EXPECT_EQ(tree("unit:cibinong topic:pembinaan"),
            "(all (words unit \"cibinong\") (words topic \"pembinaan\"))");
  EXPECT_EQ(tree("title:\"hari bhakti\""), "(all (phrase title \"hari bhakti\"))");
  EXPECT_EQ(tree("TITLE:(remisi OR asimilasi)"),
            "(all (or (words title \"remisi\") (words title \"asimilasi\")))");
  EXPECT_EQ(tree("judul:remisi topik:pembinaan"),
            "(all (words title \"remisi\") (words topic \"pembinaan\"))");
  EXPECT_EQ(tree("-unit:cibinong"), "(all (not (words unit \"cibinong\")))");
}

TEST(QuerySyntax, UnknownFieldsAndBareFieldNamesAreText) {
  EXPECT_EQ(tree("https://example.org"), "(all (words \"https://example.org\"))");
  EXPECT_EQ(tree("title: remisi"), "(all (words \"title:\") (words \"remisi\"))");
  EXPECT_EQ(tree("title:"), "(all (words \"title:\"))");
}

TEST(QuerySyntax, Dates) {
  EXPECT_EQ(tree("date:2022"), "(all (date 20220101 20221231))");
  EXPECT_EQ(tree("date:2022-02"), "(all (date 20220201 20220228))");
  EXPECT_EQ(tree("date:2024-02"), "(all (date 20240201 20240229))");
  EXPECT_EQ(tree("date:2022-11-05"), "(all (date 20221105 20221105))");
  EXPECT_EQ(tree("date:2022-11..2022-12"), "(all (date 20221101 20221231))");
  EXPECT_EQ(tree("date:2022.."), "(all (date 20220101 *))");
  EXPECT_EQ(tree("tanggal:..2021-06"), "(all (date * 20210630))");
  EXPECT_EQ(tree("remisi -date:2022"), "(all (words \"remisi\") (not (date 20220101 20221231)))");
  EXPECT_EQ(tree("date:(2021 OR 2023)"),
            "(all (or (date 20210101 20211231) (date 20230101 20231231)))");
}

TEST(QuerySyntax, InvalidDates) {
  const std::string help =
      "\": use date:YYYY, date:YYYY-MM, date:YYYY-MM-DD or a range such as date:2022-11..2022-12 "
      "(either end may be left open)";
  EXPECT_EQ(error_of("date:2022-13"), "invalid date \"date:2022-13" + help);
  EXPECT_EQ(error_of("date:2023-02-29"), "invalid date \"date:2023-02-29" + help);
  EXPECT_EQ(error_of("date:kemarin"), "invalid date \"date:kemarin" + help);
  EXPECT_EQ(error_of("date:.."), "invalid date \"date:.." + help);
  EXPECT_EQ(error_of("date:22"), "invalid date \"date:22" + help);
  EXPECT_EQ(error_of("date:2023..2022"), "date range ends before it starts: date:2023..2022");
}

}  // namespace
}  // namespace siaran::search
