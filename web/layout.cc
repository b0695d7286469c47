#include "web/layout.h"

#include "web/assets.h"
#include "web/html.h"
#include "web/search_state.h"

namespace siaran::web {

std::string render_page(const PageFrame& frame, std::string_view main_html) {
  const Lang lang = frame.lang;
  const auto t = [lang](Text text) { return escape_html(tr(text, lang)); };
  std::string title = frame.title.empty() ? std::string(tr(Text::SiteName, lang))
                                          : frame.title + " — " + std::string(tr(Text::SiteName, lang));
  std::string out;
  out.reserve(main_html.size() + 2048);
  out += "<!doctype html>\n<html lang=\"";
  out += lang_code(lang);
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"referrer\" content=\"same-origin\">\n<title>";
  out += escape_html(title);
  out += "</title>\n<link rel=\"stylesheet\" href=\"";
  out += escape_html(versioned_url(stylesheet()));
  out += "\">\n";
  if (!frame.feed_url.empty()) {
    out += "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"";
    out += t(Text::FeedLink);
    out += "\" href=\"";
    out += escape_html(frame.feed_url);
    out += "\">\n";
  }
  out += "<script src=\"";
  out += escape_html(versioned_url(script()));
  out += "\" defer></script>\n</head>\n<body>\n";
  out += "<a class=\"skip\" href=\"#" + escape_html(frame.skip_target) + "\">" + t(frame.skip_label) + "</a>\n";
  out += "<header class=\"site\"><div class=\"wrap\">"
         "<a class=\"brand\" href=\"" + escape_html(home_url(lang)) + "\">" + t(Text::SiteName) +
         "</a> <span class=\"tagline\">" + t(Text::Tagline) + "</span>";
  out += "<a class=\"lang\" id=\"other-lang\" hreflang=\"" + t(Text::OtherLanguageName) + "\" lang=\"" +
         t(Text::OtherLanguageName) + "\" href=\"" + escape_html(frame.other_lang_url) + "\">" +
         t(Text::OtherLanguage) + "</a>";
  out += "</div></header>\n<main id=\"main\" class=\"wrap\">\n";
  out += main_html;
  out += "\n</main>\n<footer class=\"site\"><div class=\"wrap\">";
  if (!frame.feed_url.empty()) {
    out += "<a id=\"feed-link\" class=\"feed\" href=\"" + escape_html(frame.feed_url) + "\">" +
           t(Text::FeedLink) + "</a> · ";
  }
  out += "<a href=\"/api/v1/openapi.json\">" + t(Text::ApiLink) + "</a>";
  out += "</div></footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace siaran::web
