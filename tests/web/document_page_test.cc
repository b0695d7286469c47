#include "web/document_page.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "web/html.h"
#include "web_test_support.h"

namespace siaran::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace siaran::web::testing;

corpus::Document release() {
  corpus::Document d;
  d.id = "2022-03-24-lapas-cibinong-skrining-tbc";
  d.title = "Lapas Cibinong Skrining TBC 1.380 WBP";
  d.url = "https://www.ditjenpas.go.id/lapas-cibinong-skrining-tbc";
  d.date = "2022-03-24";
  d.unit = "Lapas Kelas IIA Cibinong";
  d.region = "Jawa Barat";
  d.topic = "Kesehatan";
  d.topic_inferred = true;
  d.author = "O2/yf";
  d.source = "INFO_PAS";
  d.place = "Cibinong";
  d.body = "Paragraf pertama.\n\nParagraf kedua,\nbaris berikutnya.\n\n\n\n  Paragraf ketiga.  ";
  return d;
}

TEST(DocumentPage, BodyBecomesParagraphs) {
  EXPECT_EQ(paragraphs_html("Satu.\n\nDua,\ntiga.\n\n\n\n  Empat & <b>lima</b>  \n"),
            "<p>Satu.</p>\n<p>Dua,<br>tiga.</p>\n<p>Empat &amp; &lt;b&gt;lima&lt;/b&gt;</p>\n");
  EXPECT_EQ(paragraphs_html(""), "");
  EXPECT_EQ(paragraphs_html("\r\n"), "");
}

TEST(DocumentPage, ShowsTextMetadataAndOriginalLink) {
  const std::string html = render_document(release(), {}, Lang::Id);
  EXPECT_THAT(html, HasSubstr("<h1 id=\"doc-title\">Lapas Cibinong Skrining TBC 1.380 WBP</h1>"));
  EXPECT_THAT(html, HasSubstr("<p>Paragraf kedua,<br>baris berikutnya.</p>"));
  EXPECT_THAT(html, HasSubstr("<dt>Tanggal</dt><dd><time datetime=\"2022-03-24\">24 Maret 2022</time></dd>"));
  EXPECT_THAT(html, HasSubstr("<dt>Wilayah</dt><dd>Jawa Barat</dd>"));
  EXPECT_THAT(html, HasSubstr("<dt>Penulis</dt><dd>O2/yf</dd>"));
  EXPECT_THAT(html, HasSubstr("<dt>Sumber</dt><dd>INFO_PAS</dd>"));
  EXPECT_THAT(html, HasSubstr("<dt>Tempat</dt><dd>Cibinong</dd>"));
  EXPECT_THAT(html, HasSubstr("href=\"/search?unit=Lapas+Kelas+IIA+Cibinong\">Lapas Kelas IIA Cibinong</a>"));
  EXPECT_THAT(html, HasSubstr("Kesehatan</a> <span class=\"inferred\">(topik diperkirakan)</span>"));
  EXPECT_THAT(html, Not(HasSubstr("unit diperkirakan")));
  EXPECT_THAT(html, HasSubstr("<a class=\"original\" href=\"https://www.ditjenpas.go.id/lapas-cibinong-skrining-tbc\" rel=\"noopener noreferrer external\">"));
  EXPECT_THAT(html, HasSubstr("<title>Lapas Cibinong Skrining TBC 1.380 WBP — Siaran</title>"));
  EXPECT_THAT(html, HasSubstr("href=\"/doc/2022-03-24-lapas-cibinong-skrining-tbc?lang=en\">English</a>"));
}

TEST(DocumentPage, SaysWhenTheDateWasInferred) {
  corpus::Document d = release();
  d.date_inferred = true;
  EXPECT_THAT(render_document(d, {}, Lang::Id), HasSubstr("(diperkirakan dari isi siaran)"));
  EXPECT_THAT(render_document(d, {}, Lang::En), HasSubstr("(inferred from the text of the release)"));
  d.date.clear();
  EXPECT_THAT(render_document(d, {}, Lang::Id), HasSubstr("<dt>Tanggal</dt><dd>tidak diketahui</dd>"));
}

TEST(DocumentPage, UnsafeOriginalLinkIsNotClickable) {
  corpus::Document d = release();
  d.url = "javascript:alert(document.cookie)";
  const std::string html = render_document(d, {}, Lang::Id);
  EXPECT_THAT(html, Not(HasSubstr("href=\"javascript:")));
  EXPECT_THAT(html, HasSubstr("<dt>Tautan asli</dt><dd>javascript:alert(document.cookie)</dd>"));
}

TEST(DocumentPage, RelatedReleasesLinkToTheirPages) {
  std::vector<search::Hit> related = {make_hit("rel-9", "Skrining HIV di Lapas Kerobokan", "2025-02-13", "Lapas Kelas IIA Kerobokan"),
                                      make_hit("rel-8", "Tanpa tanggal", "", "")};
  related[0].doc.date_inferred = true;
  const std::string html = render_document(release(), related, Lang::En);
  EXPECT_THAT(html, HasSubstr("<h2 id=\"related-heading\">Related releases</h2>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"/doc/rel-9?lang=en\">Skrining HIV di Lapas Kerobokan</a>"));
  EXPECT_THAT(html, HasSubstr("13 February 2025</time> <span class=\"inferred\">(date inferred)</span> · Lapas Kelas IIA Kerobokan"));
  EXPECT_THAT(html, HasSubstr("<a href=\"/doc/rel-8?lang=en\">Tanpa tanggal</a></li>"));
  EXPECT_THAT(render_document(release(), {}, Lang::Id), HasSubstr("Belum ada siaran terkait."));
}

TEST(DocumentPage, EveryValueIsEscaped) {
  corpus::Document d;
  d.id = kAttrBreakout;
  d.title = kHostile;
  d.url = "https://x.example/\"><script>alert(1)</script>";
  d.date = kAttrBreakout;
  d.unit = kScriptTag;
  d.region = kAttrBreakout;
  d.topic = kSingleQuoteBreakout;
  d.author = kScriptTag;
  d.source = kAttrBreakout;
  d.place = kScriptTag;
  d.body = kHostile + "\n\n" + kScriptTag;
  search::Hit rel = make_hit(kScriptTag, kAttrBreakout, kScriptTag, kAttrBreakout);
  const std::string html = render_document(d, {rel}, Lang::Id);
  EXPECT_THAT(unexpected_markup(html), ::testing::IsEmpty());
  EXPECT_EQ(inline_scripts(html), 0);
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  const std::string missing = render_document_not_found(kHostile, Lang::Id);
  EXPECT_THAT(unexpected_markup(missing), ::testing::IsEmpty());
  EXPECT_THAT(missing, HasSubstr(escape_html(kHostile)));
}

TEST(DocumentPage, NotFound) {
  const std::string html = render_document_not_found("nope", Lang::En);
  EXPECT_THAT(html, HasSubstr("Release not found"));
  EXPECT_THAT(html, HasSubstr("There is no release with the id “nope” in the archive."));
  EXPECT_THAT(html, HasSubstr("href=\"/?lang=en\">Back to search</a>"));
}

}  // namespace
}  // namespace siaran::web
