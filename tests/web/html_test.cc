#include "web/html.h"

#include <gtest/gtest.h>

#include "web_test_support.h"

namespace siaran::web {
namespace {

TEST(EscapeHtml, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(escape_html("a & b < c > d \" e ' f"), "a &amp; b &lt; c &gt; d &quot; e &#39; f");
}

TEST(EscapeHtml, HostileStringsBecomeInertText) {
  EXPECT_EQ(escape_html(testing::kScriptTag), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(escape_html(testing::kAttrBreakout), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(escape_html(testing::kSingleQuoteBreakout), "&#39; onmouseover=&#39;alert(1)");
}

TEST(EscapeHtml, KeepsUtf8AndWhitespace) {
  EXPECT_EQ(escape_html("Kalapas “Hendra” — Sentul\tx\ny\r"), "Kalapas “Hendra” — Sentul\tx\ny\r");
}

TEST(EscapeHtml, DropsControlCharactersXmlForbids) {
  EXPECT_EQ(escape_html(std::string("a\x01" "b\x1f" "c\x0b" "d", 7)), "abcd");
  EXPECT_EQ(escape_html(std::string("x\0y", 3)), "xy");
}

TEST(EscapeHtml, ReplacesMalformedUtf8) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(escape_html("a\xC3"), "a" + fffd);                 // truncated
  EXPECT_EQ(escape_html("\xC0\xAF"), fffd + fffd);             // overlong '/'
  EXPECT_EQ(escape_html("\xED\xA0\x80"), fffd + fffd + fffd);  // a surrogate
  EXPECT_EQ(escape_html("\xF4\x90\x80\x80"), fffd + fffd + fffd + fffd);  // above U+10FFFF
  EXPECT_EQ(escape_html("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");         // a valid emoji stays
}

TEST(UrlEncode, KeepsUnreservedAndEncodesTheRest) {
  EXPECT_EQ(url_encode("abcXYZ019-._~"), "abcXYZ019-._~");
  EXPECT_EQ(url_encode("remisi lebaran"), "remisi+lebaran");
  EXPECT_EQ(url_encode("title:\"hari bhakti\""), "title%3A%22hari+bhakti%22");
  EXPECT_EQ(url_encode("a&b=c+d/e?f#g%"), "a%26b%3Dc%2Bd%2Fe%3Ff%23g%25");
  EXPECT_EQ(url_encode("Remisi & Integrasi"), "Remisi+%26+Integrasi");
  EXPECT_EQ(url_encode("é"), "%C3%A9");
}

TEST(UrlEncode, PathSegmentEncodesSpaceAndSlash) {
  EXPECT_EQ(url_encode_path_segment("rel 1/2"), "rel%201%2F2");
  EXPECT_EQ(url_encode_path_segment("2022-11-29-ditjenpas"), "2022-11-29-ditjenpas");
}

TEST(SafeHref, AllowsOnlyAbsoluteHttp) {
  EXPECT_EQ(safe_href("https://www.ditjenpas.go.id/x?a=1&b=2"), "https://www.ditjenpas.go.id/x?a=1&b=2");
  EXPECT_EQ(safe_href("HTTP://example.org/"), "HTTP://example.org/");
  EXPECT_EQ(safe_href("javascript:alert(1)"), "");
  EXPECT_EQ(safe_href("JavaScript:alert(1)"), "");
  EXPECT_EQ(safe_href("data:text/html,<script>"), "");
  EXPECT_EQ(safe_href("//evil.example/"), "");
  EXPECT_EQ(safe_href("/doc/1"), "");
  EXPECT_EQ(safe_href("https://a.example/ x"), "");
  EXPECT_EQ(safe_href(""), "");
}

}  // namespace
}  // namespace siaran::web
