// web::layout — the page shell every HTML page shares: doctype, <head> (title, viewport, the
// stylesheet, the script, the Atom feed link), the skip link, the site header with the language
// switch, and the footer. The caller renders only what goes inside <main>.
#pragma once

#include <string>
#include <string_view>

#include "web/i18n.h"

namespace siaran::web {

struct PageFrame {
  Lang lang = Lang::Id;
  std::string title;            // plain text (escaped here); " — Siaran" is appended
  std::string other_lang_url;   // this page in the other language
  std::string feed_url;         // "" when the page has no feed
  std::string skip_target;      // element id the skip link jumps to
  Text skip_label = Text::SkipToContent;
};

// The whole document around `main_html` (already-rendered, trusted HTML).
std::string render_page(const PageFrame& frame, std::string_view main_html);

}  // namespace siaran::web
