// No stored or requested text ever runs as script in a page: releases whose title, body, unit,
// topic, region, place and url carry script and attribute-breaking payloads are indexed, and
// every surface that renders them — the search page (hits, snippets, facet labels, the echoed
// query), the document page, the Atom feed and the JSON API — is checked over real HTTP.
#include <gtest/gtest.h>

#include <cctype>

#include "tests/searchd/api_test_support.h"
#include "tests/searchd/fixture_index.h"
#include "tests/support/test_paths.h"

namespace siaran::searchd::testing {
namespace {

const std::string kScript = "<script>alert(1)</script>";
const std::string kImage = "\"><img src=x onerror=alert(1)>";
const std::string kAttr = "' onmouseover='alert(1)";

corpus::Document payload_release(const std::string& id) {
  corpus::Document d;
  d.id = id;
  d.title = "Remisi " + kScript + " dan " + kImage;
  d.body = "Warga binaan menerima remisi. " + kScript + " Lalu " + kImage + " serta " + kAttr +
           " dan </textarea></title><svg onload=alert(1)>.";
  d.date = "2024-03-01";
  d.unit = "Lapas " + kScript;
  d.region = "Jawa " + kImage;
  d.topic = "Pembinaan " + kAttr;
  d.place = "Kota " + kScript;
  d.source = "INFO" + kImage;
  d.author = "a" + kScript;
  d.url = "javascript:alert(1)";
  return d;
}

class XssTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new siaran::testing::TempDir();
    std::vector<corpus::Document> docs = fixture_documents();
    docs.push_back(payload_release("x1"));
    docs.push_back(payload_release("x2\"><script>alert(1)</script>"));
    build_index(dir_->path(), docs);
    server_ = start_server(dir_->path()).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static uint16_t port() { return server_->port(); }

  static inline siaran::testing::TempDir* dir_ = nullptr;
  static inline Server* server_ = nullptr;
};

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;  // names lower case, values raw
};

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The tags of `html` as a browser's tokenizer sees them (quoted attribute values may hold '>').
std::vector<Tag> tags_of(const std::string& html) {
  std::vector<Tag> tags;
  size_t i = 0;
  auto space = [&](size_t at) { return at < html.size() && std::isspace(static_cast<unsigned char>(html[at])); };
  while ((i = html.find('<', i)) != std::string::npos) {
    ++i;
    Tag tag;
    if (i < html.size() && html[i] == '/') ++i, tag.closing = true;
    if (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))) continue;
    while (i < html.size() && !space(i) && html[i] != '>' && html[i] != '/') tag.name += html[i++];
    tag.name = lower(tag.name);
    for (;;) {
      while (space(i) || (i < html.size() && html[i] == '/')) ++i;
      if (i >= html.size() || html[i] == '>') break;
      std::string name, value;
      while (i < html.size() && !space(i) && html[i] != '>' && html[i] != '=' && html[i] != '/') name += html[i++];
      if (i < html.size() && html[i] == '=') {
        ++i;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
          const char quote = html[i++];
          while (i < html.size() && html[i] != quote) value += html[i++];
          ++i;
        } else {
          while (i < html.size() && !space(i) && html[i] != '>') value += html[i++];
        }
      }
      tag.attributes.emplace_back(lower(name), value);
    }
    tags.push_back(std::move(tag));
  }
  return tags;
}

// Every tag in `html` is one of ours: no <img>, <svg> or <iframe>, no <script> but the one that
// loads our asset, no event-handler attribute, no javascript: link.
void expect_no_injected_markup(const std::string& html, const std::string& where) {
  SCOPED_TRACE(where);
  const std::vector<Tag> tags = tags_of(html);
  EXPECT_GT(tags.size(), 5u);
  for (const Tag& tag : tags) {
    EXPECT_TRUE(tag.name != "img" && tag.name != "svg" && tag.name != "iframe") << "<" << tag.name;
    for (const auto& [name, value] : tag.attributes) {
      EXPECT_NE(name.rfind("on", 0), 0u) << "<" << tag.name << " " << name << "=" << value;
      if (name == "href" || name == "src" || name == "action") {
        EXPECT_EQ(lower(value).find("javascript:"), std::string::npos) << "<" << tag.name << " " << name << "=" << value;
      }
    }
    if (tag.name == "script" && !tag.closing) {
      bool ours = false;
      for (const auto& [name, value] : tag.attributes) ours = ours || (name == "src" && value.rfind("/static/siaran.js", 0) == 0);
      EXPECT_TRUE(ours) << "a <script> that is not ours";
    }
  }
}

TEST_F(XssTest, SearchPageEscapesHitsSnippetsFacetsAndTheEchoedQuery) {
  // The query itself is a payload; "remisi" finds the releases.
  const HttpResponse r = http_get(port(), "/search?q=remisi+%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  ASSERT_EQ(r.status, 200) << r.body;
  expect_no_injected_markup(r.body, "/search");
  EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << "the payload is shown as text";
  // Facet labels: the unit and topic payloads were counted and are shown escaped.
  const HttpResponse facets = http_get(port(), "/search?q=remisi&unit=Lapas+%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  ASSERT_EQ(facets.status, 200);
  expect_no_injected_markup(facets.body, "/search with a payload unit filter");
  EXPECT_NE(facets.body.find("Lapas &lt;script&gt;"), std::string::npos);
}

TEST_F(XssTest, DocumentPageEscapesEveryField) {
  for (const char* target : {"/doc/x1", "/doc/x2%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"}) {
    const HttpResponse r = http_get(port(), target);
    ASSERT_EQ(r.status, 200) << target << ": " << r.body;
    expect_no_injected_markup(r.body, target);
    EXPECT_NE(r.body.find("&lt;/textarea&gt;&lt;/title&gt;&lt;svg onload=alert(1)&gt;"), std::string::npos);
  }
}

TEST_F(XssTest, AtomFeedIsWellFormedAndEscaped) {
  const HttpResponse r = http_get(port(), "/feed?q=remisi");
  ASSERT_EQ(r.status, 200) << r.body;
  // In the feed, a summary of type="html" is escaped once more: no raw tag from a payload.
  EXPECT_EQ(r.body.find("<script"), std::string::npos);
  EXPECT_EQ(r.body.find("<img"), std::string::npos);
  EXPECT_EQ(r.body.find("javascript:"), std::string::npos);
  EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

TEST_F(XssTest, JsonApiHtmlFieldsHoldNoMarkupButMark) {
  const HttpResponse r = http_get(port(), "/api/v1/search?q=remisi+alert&per_page=50");
  ASSERT_EQ(r.status, 200);
  const rapidjson::Document doc = json_of(r);
  size_t payload_hits = 0;
  for (const auto& hit : doc["hits"].GetArray()) {
    const std::string id = str(hit["id"]);
    if (id.rfind("x", 0) != 0) continue;
    ++payload_hits;
    // title stays the stored text (JSON is data, not markup)...
    EXPECT_NE(str(hit["title"]).find(kScript), std::string::npos);
    // ...while the *_html fields are escaped, with our <mark> as the only tag.
    for (const char* field : {"title_html", "snippet"}) {
      std::string html = str(hit[field]);
      SCOPED_TRACE(std::string(field) + ": " + html);
      for (const char* mark : {"<mark>", "</mark>"})
        for (size_t at; (at = html.find(mark)) != std::string::npos;) html.erase(at, std::string(mark).size());
      EXPECT_EQ(html.find('<'), std::string::npos);
      EXPECT_EQ(html.find('>'), std::string::npos);
    }
  }
  EXPECT_EQ(payload_hits, 2u);
  // The document API returns the stored text as JSON strings; the content type says it is JSON.
  const HttpResponse one = http_get(port(), "/api/v1/documents/x1");
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(one.header("content-type"), "application/json; charset=utf-8");
  EXPECT_EQ(str(json_of(one)["unit"]), "Lapas " + kScript);
}

}  // namespace
}  // namespace siaran::searchd::testing
