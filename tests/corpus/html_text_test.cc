// corpus::HtmlText: markup in a source becomes text; scripts never reach the index.
#include <gtest/gtest.h>

#include "corpus/html_text.h"
#include "corpus/utf8.h"

namespace siaran::corpus {
namespace {

TEST(HtmlText, RecognisesHtmlButNotProse) {
  EXPECT_TRUE(HtmlText::looks_like_html("<p>Isi</p>"));
  EXPECT_TRUE(HtmlText::looks_like_html("teks <br/> teks"));
  EXPECT_TRUE(HtmlText::looks_like_html("<SCRIPT SRC='x.js'></SCRIPT><b>x</b>"));
  // Prose about code: a release warning of messages "berisi <script>" is text.
  EXPECT_FALSE(HtmlText::looks_like_html("pesan berisi <script>alert(\"x\")</script> palsu"));
  EXPECT_TRUE(HtmlText::looks_like_html("<!-- catatan -->"));
  EXPECT_FALSE(HtmlText::looks_like_html("jika a < b dan c > d"));
  EXPECT_FALSE(HtmlText::looks_like_html("<FOCUS> tetap teks, <bold> bukan tag"));
  EXPECT_FALSE(HtmlText::looks_like_html("<p class='tidak ditutup"));
  EXPECT_FALSE(HtmlText::looks_like_html("Tom &amp; Jerry"));  // entities alone are prose
}

TEST(HtmlText, DropsScriptsStylesAndTheirContent) {
  EXPECT_EQ(HtmlText::to_text("Sebelum<script>alert(1)</script> sesudah"), "Sebelum sesudah");
  EXPECT_EQ(HtmlText::to_text("<style>p{color:red}</style><p>Isi</p>"), "Isi");
  EXPECT_EQ(HtmlText::to_text("<ScRiPt>document.write('<p>x</p>')</sCrIpT>teks"), "teks");
  EXPECT_EQ(HtmlText::to_text("a<script>never closed <p>b</p>"), "a");  // as a browser would
  EXPECT_EQ(HtmlText::to_text("<head><title>Judul tab</title></head><body>Isi</body>"), "Isi");
}

TEST(HtmlText, BlockElementsEndLinesInlineOnesVanish) {
  EXPECT_EQ(HtmlText::to_text("<p>Satu</p><p>Dua <b>tebal</b> <a href=\"/x?a=1&b=2\">tautan</a></p>"),
            "Satu\nDua tebal tautan");
  EXPECT_EQ(HtmlText::to_text("baris satu<br>baris dua<br/>"), "baris satu\nbaris dua");
  EXPECT_EQ(HtmlText::to_text("<div title='a > b'>isi</div>"), "isi");  // '>' inside a quoted value
  EXPECT_EQ(HtmlText::to_text("<table><tr><td>a</td><td>b</td></tr></table>"), "a b");
  EXPECT_EQ(HtmlText::to_text("<img src=x onerror=alert(1)>Foto"), "Foto");
}

TEST(HtmlText, DecodesCharacterReferencesSafely) {
  EXPECT_EQ(HtmlText::to_text("<p>Tom &amp; Jerry &lt;3&gt; &quot;x&quot;&nbsp;y</p>"), "Tom & Jerry <3> \"x\" y");
  EXPECT_EQ(HtmlText::to_text("<p>2022&#8211;2023 &#x2014; &hellip;</p>"), "2022\u20132023 \u2014 \u2026");
  // References that name no character become U+FFFD: the output stays valid UTF-8 without NUL.
  const std::string odd = HtmlText::to_text("<p>&#0;&#xD800;&#1114112;&#99999999999;</p>");
  EXPECT_EQ(odd, "\uFFFD\uFFFD\uFFFD\uFFFD");
  EXPECT_TRUE(is_valid_utf8(odd));
  EXPECT_EQ(HtmlText::to_text("<p>&unknown; & &#;</p>"), "&unknown; & &#;");
  // A decoded "<script>" is text now, to be escaped when shown, not markup to run.
  EXPECT_EQ(HtmlText::to_text("<p>&lt;script&gt;</p>"), "<script>");
}

TEST(HtmlText, TextOfLeavesPlainTextAlone) {
  EXPECT_EQ(HtmlText::text_of("harga < 5 & naik"), "harga < 5 & naik");
  EXPECT_EQ(HtmlText::text_of("<p>x &amp; y</p>"), "x & y");
}

TEST(HtmlText, StaysLinearOnPathologicalInput) {
  // Thousands of unclosed tags, quotes, comments and references: each '<' looks ahead at most
  // a bounded distance, so this takes milliseconds, not minutes.
  std::string nasty;
  for (int i = 0; i < 20000; ++i) nasty += "<p title=\"<!-- &#x";
  const std::string out = HtmlText::to_text(nasty);
  EXPECT_LE(out.size(), nasty.size());
  EXPECT_FALSE(HtmlText::looks_like_html(std::string(100000, '<')));
}

}  // namespace
}  // namespace siaran::corpus
