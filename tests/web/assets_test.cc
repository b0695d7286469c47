#include "web/assets.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace siaran::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(Assets, ServedByPathWithTypes) {
  ASSERT_NE(find_asset("/static/siaran.css"), nullptr);
  ASSERT_NE(find_asset("/static/siaran.js"), nullptr);
  EXPECT_EQ(find_asset("/static/other.js"), nullptr);
  EXPECT_EQ(find_asset("/static/siaran.css?v=1"), nullptr);
  EXPECT_EQ(stylesheet().content_type, "text/css; charset=utf-8");
  EXPECT_EQ(script().content_type, "text/javascript; charset=utf-8");
}

TEST(Assets, NothingExternal) {
  for (const Asset* a : {&stylesheet(), &script()}) {
    EXPECT_THAT(std::string(a->body), Not(HasSubstr("http://")));
    EXPECT_THAT(std::string(a->body), Not(HasSubstr("https://")));
    EXPECT_THAT(std::string(a->body), Not(HasSubstr("@import")));
    EXPECT_THAT(std::string(a->body), Not(HasSubstr("@font-face")));
  }
}

TEST(Assets, StylesheetCoversAccessibilityBasics) {
  const std::string css(stylesheet().body);
  EXPECT_THAT(css, HasSubstr(":focus-visible"));
  EXPECT_THAT(css, HasSubstr(".skip:focus"));
  EXPECT_THAT(css, HasSubstr("@media (max-width:"));
}

TEST(Assets, ScriptNeverInjectsDataAsMarkup) {
  const std::string js(script().body);
  EXPECT_THAT(js, Not(HasSubstr("innerHTML")));
  EXPECT_THAT(js, Not(HasSubstr("eval(")));
  EXPECT_THAT(js, HasSubstr("/api/v1/suggest?q="));
  EXPECT_THAT(js, HasSubstr("history.pushState"));
}

TEST(Assets, VersionedUrlsAndCaching) {
  const Asset& css = stylesheet();
  EXPECT_EQ(css.version.size(), 16u);
  EXPECT_NE(css.version, script().version);
  EXPECT_EQ(versioned_url(css), "/static/siaran.css?v=" + css.version);
  EXPECT_EQ(cache_control(css, css.version), "public, max-age=31536000, immutable");
  EXPECT_EQ(cache_control(css, ""), "public, max-age=300");
  EXPECT_EQ(cache_control(css, "0000000000000000"), "public, max-age=300");
}

TEST(Assets, EtagMatching) {
  const Asset& js = script();
  const std::string tag = etag(js);
  EXPECT_EQ(tag, "\"" + js.version + "\"");
  EXPECT_TRUE(etag_matches(js, tag));
  EXPECT_TRUE(etag_matches(js, "W/" + tag));
  EXPECT_TRUE(etag_matches(js, "\"abc\", " + tag));
  EXPECT_TRUE(etag_matches(js, "*"));
  EXPECT_FALSE(etag_matches(js, "\"abc\""));
  EXPECT_FALSE(etag_matches(js, ""));
}

}  // namespace
}  // namespace siaran::web
