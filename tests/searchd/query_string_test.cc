#include "searchd/query_string.h"

#include <gtest/gtest.h>

#include "searchd/api_error.h"

namespace siaran::searchd {
namespace {

using Pairs = std::vector<QueryString::Pair>;

TEST(QueryString, PlusIsASpaceAndPercent2BIsAPlus) {
  QueryString qs = QueryString::parse("q=remisi+lebaran&r=c%2B%2B");
  EXPECT_EQ(qs.pairs(), (Pairs{{"q", "remisi lebaran"}, {"r", "c++"}}));
}

TEST(QueryString, PercentEscapesDecodeToUtf8) {
  EXPECT_EQ(QueryString::parse("q=a%20b").single("q"), "a b");
  EXPECT_EQ(QueryString::parse("q=2021%E2%80%932022").single("q"), "2021\u20132022");  // en dash
  EXPECT_EQ(QueryString::parse("q=%e2%80%93").single("q"), "\u2013");                 // lower-case hex
  EXPECT_EQ(QueryString::parse("unit=Lapas%20Kelas%20IIA%20Cibinong").single("unit"), "Lapas Kelas IIA Cibinong");
}

TEST(QueryString, KeysAreDecodedToo) {
  EXPECT_EQ(QueryString::parse("per%5Fpage=5").single("per_page"), "5");
}

TEST(QueryString, RawUtf8IsAccepted) {
  EXPECT_EQ(QueryString::parse("q=kejahatan\xE2\x80\x93narkoba").single("q"), "kejahatan\u2013narkoba");
}

TEST(QueryString, BadEscapesAreRefusedNamingTheParameter) {
  for (const char* raw : {"q=%ZZ", "q=abc%", "q=abc%4", "q=%G1", "q=%%"}) {
    try {
      QueryString::parse(raw);
      ADD_FAILURE() << raw << " was accepted";
    } catch (const BadRequest& e) {
      EXPECT_NE(std::string(e.what()).find("\"q\""), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("%25"), std::string::npos) << e.what();
    }
  }
}

TEST(QueryString, InvalidUtf8IsRefused) {
  EXPECT_THROW(QueryString::parse("q=%FF"), BadRequest);
  EXPECT_THROW(QueryString::parse("q=%C0%AF"), BadRequest);        // overlong '/'
  EXPECT_THROW(QueryString::parse("q=%ED%A0%80"), BadRequest);     // UTF-16 surrogate
  EXPECT_THROW(QueryString::parse("q=%E2%80"), BadRequest);        // truncated
  EXPECT_THROW(QueryString::parse("q=\xC3"), BadRequest);          // raw, truncated
  EXPECT_THROW(QueryString::parse("%FF=1"), BadRequest);           // in a key
  EXPECT_THROW(QueryString::parse("q=a%00b"), BadRequest);         // NUL
}

TEST(QueryString, RepeatedKeysAreAllKeptInOrder) {
  QueryString qs = QueryString::parse("unit=B&q=x&unit=A&unit=B");
  EXPECT_EQ(qs.values("unit"), (std::vector<std::string>{"B", "A", "B"}));
  EXPECT_EQ(qs.count("unit"), 3u);
  EXPECT_EQ(qs.keys(), (std::vector<std::string>{"unit", "q"}));
}

TEST(QueryString, SingleRefusesARepeatedKey) {
  QueryString qs = QueryString::parse("page=1&page=2");
  EXPECT_THROW(qs.single("page"), BadRequest);
  EXPECT_EQ(qs.single("absent"), std::nullopt);
}

TEST(QueryString, EmptyValuesAndEmptyPairs) {
  QueryString qs = QueryString::parse("a=&b&&c=1&=v&");
  EXPECT_EQ(qs.pairs(), (Pairs{{"a", ""}, {"b", ""}, {"c", "1"}, {"", "v"}}));
  EXPECT_TRUE(QueryString::parse("").empty());
  EXPECT_TRUE(QueryString::parse("&&").empty());
}

TEST(QueryString, OnlyTheFirstEqualsSplits) {
  EXPECT_EQ(QueryString::parse("q=a=b").single("q"), "a=b");
  EXPECT_EQ(QueryString::parse("q=a%3Db").single("q"), "a=b");
  EXPECT_EQ(QueryString::parse("q=a%26b&r=1").single("q"), "a&b");
}

TEST(QueryString, FragmentIsDropped) {
  EXPECT_EQ(QueryString::parse("q=a#frag&x=1").pairs(), (Pairs{{"q", "a"}}));
}

TEST(PercentDecode, PlusStaysInPaths) {
  EXPECT_EQ(percent_decode("a+b%20c", false, "path"), "a+b c");
  EXPECT_EQ(percent_decode("a+b", true, "query"), "a b");
  EXPECT_EQ(decode_component("f%2F01", false, "id"), "f/01");
  EXPECT_THROW(decode_component("%FE", false, "id"), BadRequest);
}

TEST(PercentEncode, RoundTrips) {
  std::string text = "Remisi & Integrasi / 2021\u20132022 +100%";
  EXPECT_EQ(percent_encode(text), "Remisi%20%26%20Integrasi%20%2F%202021%E2%80%932022%20%2B100%25");
  EXPECT_EQ(QueryString::parse("t=" + percent_encode(text)).single("t"), text);
}

TEST(QuoteText, EscapesControlAndInvalidBytesAndCuts) {
  EXPECT_EQ(quote_text("per-page"), "\"per-page\"");
  EXPECT_EQ(quote_text("a\nb\xFF"), "\"a\\x0Ab\\xFF\"");
  EXPECT_EQ(quote_text("\u2013"), "\"\u2013\"");
  EXPECT_EQ(quote_text(std::string(100, 'x'), 10), "\"" + std::string(10, 'x') + "...\"");
}

}  // namespace
}  // namespace siaran::searchd
