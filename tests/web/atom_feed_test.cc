#include "web/atom_feed.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/test_paths.h"
#include "web/html.h"
#include "web_test_support.h"

namespace siaran::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace siaran::web::testing;

const FeedContext kContext{"http://127.0.0.1:8080", "2025-10-01T12:00:00Z"};

// A small well-formedness check of our own: tags nest and close, entities are the five XML ones or
// numeric, no raw '<' or '&' in text or attributes. Returns "" when the document is fine.
std::string xml_problem(const std::string& xml) {
  std::vector<std::string> open;
  size_t i = xml.rfind("?>", 200);
  i = i == std::string::npos ? 0 : i + 2;
  while (i < xml.size()) {
    if (xml[i] == '&') {
      const size_t semi = xml.find(';', i);
      if (semi == std::string::npos) return "unterminated entity";
      const std::string name = xml.substr(i + 1, semi - i - 1);
      if (name != "amp" && name != "lt" && name != "gt" && name != "quot" && name != "apos" &&
          (name.empty() || name[0] != '#')) {
        return "unknown entity &" + name + ";";
      }
      i = semi + 1;
      continue;
    }
    if (xml[i] != '<') {
      ++i;
      continue;
    }
    const size_t close = xml.find('>', i);
    if (close == std::string::npos) return "unterminated tag";
    std::string tag = xml.substr(i + 1, close - i - 1);
    if (tag.find('<') != std::string::npos) return "'<' inside a tag";
    // Attribute values must not hold a raw '<' or a stray '&' (checked by the entity rule above
    // when we rescan inside the tag).
    for (size_t a = tag.find('&'); a != std::string::npos; a = tag.find('&', a + 1)) {
      const size_t semi = tag.find(';', a);
      if (semi == std::string::npos || semi - a > 8) return "raw '&' in a tag";
    }
    const bool self_closing = !tag.empty() && tag.back() == '/';
    if (tag[0] == '/') {
      const std::string name = tag.substr(1);
      if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
      open.pop_back();
    } else if (!self_closing) {
      open.push_back(tag.substr(0, tag.find(' ')));
    }
    i = close + 1;
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

// xmllint's verdict when it is installed (libxml2-utils); nullopt otherwise.
std::optional<bool> xmllint_accepts(const std::string& xml) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0) return std::nullopt;
  siaran::testing::TempDir dir;
  const auto file = dir.path() / "feed.xml";
  std::ofstream(file) << xml;
  return std::system(("xmllint --noout '" + file.string() + "' 2>/dev/null").c_str()) == 0;
}

search::SearchResult newest() {
  search::SearchResult r = sample_result(2);
  std::swap(r.hits[0], r.hits[1]);  // newest first, as the feed request asks
  return r;
}

TEST(AtomFeed, RequestIsNewestFirstWithoutPaging) {
  SearchState s;
  s.q = "remisi";
  s.units = {"Lapas A"};
  s.page = 4;
  s.sort = search::SortOrder::Oldest;
  const search::SearchRequest r = feed_request(s);
  EXPECT_EQ(r.sort, search::SortOrder::Newest);
  EXPECT_EQ(r.page, 1u);
  EXPECT_EQ(r.per_page, kFeedEntries);
  EXPECT_EQ(r.units, s.units);
  EXPECT_TRUE(r.facets.empty());
}

TEST(AtomFeed, HasTheRequiredElements) {
  SearchState s;
  s.q = "remisi";
  s.units = {"Lapas Kelas IIA Cibinong"};
  const std::string xml = render_atom_feed(s, newest(), kContext);
  EXPECT_EQ(xml_problem(xml), "");
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"", 0), 0u);
  EXPECT_THAT(xml, HasSubstr("<title>Siaran: remisi · Lapas Kelas IIA Cibinong</title>"));
  EXPECT_THAT(xml, HasSubstr("<id>http://127.0.0.1:8080/feed?q=remisi&amp;unit=Lapas+Kelas+IIA+Cibinong</id>"));
  EXPECT_THAT(xml, HasSubstr("<link rel=\"self\" type=\"application/atom+xml\" href=\"http://127.0.0.1:8080/feed?q=remisi&amp;unit=Lapas+Kelas+IIA+Cibinong\"/>"));
  EXPECT_THAT(xml, HasSubstr("<link rel=\"alternate\" type=\"text/html\" href=\"http://127.0.0.1:8080/search?q=remisi&amp;unit=Lapas+Kelas+IIA+Cibinong&amp;sort=newest\"/>"));
  // The feed is as new as its newest entry.
  EXPECT_THAT(xml, HasSubstr("</subtitle>\n<id>"));
  EXPECT_THAT(xml, HasSubstr("<updated>2023-08-17T00:00:00Z</updated>\n<author>"));
  EXPECT_EQ(std::count(xml.begin(), xml.end(), '\n') > 0, true);
  EXPECT_THAT(xml, HasSubstr("<entry>\n<title>Remisi HUT RI</title>\n<id>http://127.0.0.1:8080/doc/rel-2</id>\n"
                             "<link rel=\"alternate\" type=\"text/html\" href=\"http://127.0.0.1:8080/doc/rel-2\"/>\n"
                             "<updated>2023-08-17T00:00:00Z</updated>\n<published>2023-08-17T00:00:00Z</published>\n"
                             "<author><name>Lapas Kelas IIA Ambon</name></author>\n"
                             "<category term=\"Remisi &amp; Integrasi\"/>\n"
                             "<summary type=\"html\">&lt;mark&gt;remisi&lt;/mark&gt; umum</summary>\n</entry>"));
  if (auto ok = xmllint_accepts(xml)) {
    EXPECT_TRUE(*ok) << xml;
  }
}

TEST(AtomFeed, EscapesEveryValue) {
  SearchState s;
  s.q = kHostile;
  s.topics = {"a & b"};
  search::SearchResult r = newest();
  r.hits[0].doc.title = kHostile + std::string("\x01\x02", 2);
  r.hits[0].doc.unit = kAttrBreakout;
  r.hits[0].doc.topic = kAttrBreakout;
  r.hits[0].doc.id = "id with <space> & \"quotes\"";
  r.hits[0].doc.url = "https://x.example/?a=1&b=<2>";
  r.hits[0].snippet_html = escape_html(kScriptTag) + " <mark>x</mark>";
  FeedContext hostile_host{"http://evil\"><x>", "2025-10-01T12:00:00Z"};
  const std::string xml = render_atom_feed(s, r, hostile_host);
  EXPECT_EQ(xml_problem(xml), "") << xml;
  EXPECT_THAT(xml, Not(HasSubstr("<script")));
  EXPECT_THAT(xml, Not(HasSubstr("<img")));
  EXPECT_THAT(xml, Not(HasSubstr("<x>")));
  EXPECT_THAT(xml, Not(HasSubstr("\x01")));
  EXPECT_THAT(xml, HasSubstr("<summary type=\"html\">&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &lt;mark&gt;x&lt;/mark&gt;</summary>"));
  EXPECT_THAT(xml, HasSubstr("/doc/id%20with%20%3Cspace%3E%20%26%20%22quotes%22</id>"));
  EXPECT_THAT(xml, HasSubstr("<link rel=\"via\" type=\"text/html\" href=\"https://x.example/?a=1&amp;b=&lt;2&gt;\"/>"));
  if (auto ok = xmllint_accepts(xml)) {
    EXPECT_TRUE(*ok) << xml;
  }
}

TEST(AtomFeed, EmptyFeedIsStillValid) {
  SearchState s;
  s.lang = Lang::En;
  const std::string xml = render_atom_feed(s, search::SearchResult{}, kContext);
  EXPECT_EQ(xml_problem(xml), "");
  EXPECT_THAT(xml, HasSubstr("xml:lang=\"en\""));
  EXPECT_THAT(xml, HasSubstr("<title>Siaran: latest press releases</title>"));
  EXPECT_THAT(xml, HasSubstr("<updated>2025-10-01T12:00:00Z</updated>"));
  EXPECT_THAT(xml, Not(HasSubstr("<entry>")));
  if (auto ok = xmllint_accepts(xml)) {
    EXPECT_TRUE(*ok) << xml;
  }
}

TEST(AtomFeed, UndatedEntryUsesGenerationTime) {
  search::SearchResult r;
  r.hits = {make_hit("x", "Tanpa tanggal", "")};
  r.hits[0].doc.body = "Paragraf satu.\n\nParagraf dua.";
  const std::string xml = render_atom_feed(SearchState{}, r, kContext);
  EXPECT_THAT(xml, HasSubstr("<updated>2025-10-01T12:00:00Z</updated>\n<author>"));
  EXPECT_THAT(xml, Not(HasSubstr("<published>")));
  EXPECT_THAT(xml, HasSubstr("<summary>Paragraf satu.</summary>"));
}

TEST(AtomFeed, Rfc3339Dates) {
  EXPECT_EQ(rfc3339("2022-11-05"), "2022-11-05T00:00:00Z");
  EXPECT_EQ(rfc3339("2022-11-05T09:30:00"), "2022-11-05T09:30:00Z");
  EXPECT_EQ(rfc3339("2022-11-05T09:30"), "2022-11-05T09:30:00Z");
  EXPECT_EQ(rfc3339("2022-11"), "");
  EXPECT_EQ(rfc3339("05/11/2022"), "");
  EXPECT_EQ(rfc3339(""), "");
}

TEST(XmlCheck, CatchesBrokenDocuments) {  // the checker itself must be able to fail
  EXPECT_NE(xml_problem("<a><b></a></b>"), "");
  EXPECT_NE(xml_problem("<a>x & y</a>"), "");
  EXPECT_NE(xml_problem("<a>"), "");
  EXPECT_EQ(xml_problem("<a x=\"1 &amp; 2\"><b/>t &lt; u</a>"), "");
}

}  // namespace
}  // namespace siaran::web
