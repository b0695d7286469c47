// corpus::HtmlText — the plain text of a title or body that arrives as HTML (a CMS export, a
// page saved as source). The archive stores and indexes text, never markup: a <script> in a
// source must not reach the index as words, nor anyone's browser as code. (Whatever text is
// stored is HTML-escaped again when it is shown; see web/html.h.)
//
// Only text that looks_like_html() is converted, so "a < b" or "<FOCUS>" in plain prose stays
// as written, and so does a release that warns about a message "berisi <script>...</script>":
// a <script> or <style> alone is prose about code, not markup (it is stored and indexed as
// text, and escaped when shown like every stored value). Conversion:
//   <script>, <style>, <noscript>, <template>, <iframe>, <object>, <svg>, <head> and their
//     content, comments and <!DOCTYPE ...> are dropped;
//   block elements (p, div, br, li, h1..h6, tr, blockquote, ...) end a line, so the readers'
//     paragraph rules apply; every other tag of HTML's vocabulary is dropped, its text kept;
//   character references are decoded (&amp; &lt; &nbsp; &#8211; &#x2013; and the common named
//     ones); a numeric one naming no character (NUL, a surrogate, beyond U+10FFFF) becomes
//     U+FFFD, so valid UTF-8 in gives valid UTF-8 out. An unknown "&name;" is kept as written.
// Linear in the input; a tag never closed ("<p class='x") is text.
#pragma once

#include <string>
#include <string_view>

namespace siaran::corpus {

class HtmlText {
 public:
  // true when `text` holds a comment "<!--" or a tag of HTML's vocabulary (<p>, </div>, <br/>,
  // <b>, <a href=...>) other than those of the dropped elements (<script>, <style>, ...).
  static bool looks_like_html(std::string_view text);

  // The text of `html`, lines separated by "\n" (see above). Does not check looks_like_html().
  static std::string to_text(std::string_view html);

  // to_text(text) when looks_like_html(text), else `text` unchanged.
  static std::string text_of(std::string_view text);
};

}  // namespace siaran::corpus
