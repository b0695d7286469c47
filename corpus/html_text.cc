#include "corpus/html_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace siaran::corpus {
namespace {

// Elements whose content is not text for a reader: dropped with what they hold.
constexpr std::array<std::string_view, 8> kDroppedElements = {
    "script", "style", "noscript", "template", "iframe", "object", "svg", "head"};

// Elements that end a line of text.
constexpr std::array<std::string_view, 33> kBlockElements = {
    "p",     "div",     "br",      "li",      "ul",     "ol",      "h1",      "h2",    "h3",
    "h4",    "h5",      "h6",      "tr",      "table",  "blockquote", "section", "article", "header",
    "footer", "figure", "figcaption", "pre",  "dd",     "dt",      "dl",      "hr",    "main",
    "aside", "nav",     "form",    "caption", "address", "body"};

// Other elements of HTML's vocabulary: the tag goes, the text inside stays.
constexpr std::array<std::string_view, 42> kInlineElements = {
    "a",      "b",       "i",      "u",     "s",      "em",     "strong", "span",  "font",
    "small",  "big",     "sup",    "sub",   "mark",   "abbr",   "cite",   "code",  "q",
    "img",    "html",    "meta",   "link",  "title",  "td",     "th",     "thead", "tbody",
    "tfoot",  "embed",   "input",  "button", "select", "option", "textarea", "label", "center",
    "strike", "ins",     "del",    "time",  "picture", "source"};

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

template <size_t N>
bool listed(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool known_element(std::string_view name) {
  return listed(kDroppedElements, name) || listed(kBlockElements, name) || listed(kInlineElements, name);
}

// A tag starting at `pos` ('<'): its lower-case name, whether it closes, and where it ends (one
// past '>'). Quoted attribute values may hold '>'.
struct Tag {
  std::string name;
  bool closing = false;
  size_t end = 0;
};

// A tag is at most this long: a '<' whose '>' is farther is text. Bounds the look-ahead, so
// text full of '<' and quotes stays linear.
constexpr size_t kMaxTagBytes = 1024;

bool read_tag(std::string_view text, size_t pos, Tag& tag) {
  text = text.substr(0, std::min(text.size(), pos + kMaxTagBytes));
  size_t i = pos + 1;
  tag.closing = i < text.size() && text[i] == '/';
  if (tag.closing) ++i;
  const size_t name_start = i;
  while (i < text.size() && name_char(text[i])) ++i;
  if (i == name_start) return false;
  tag.name = lower(text.substr(name_start, i - name_start));
  if (!known_element(tag.name)) return false;
  if (i < text.size() && !(text[i] == '>' || text[i] == '/' || std::isspace(static_cast<unsigned char>(text[i]))))
    return false;  // "<bold" is not "<b"
  char quote = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '<') {
      return false;
    } else if (c == '>') {
      tag.end = i + 1;
      return true;
    }
  }
  return false;  // never closed: text
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

struct NamedReference {
  std::string_view name;
  uint32_t code_point;
};

constexpr std::array<NamedReference, 16> kNamedReferences = {{
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},     {"nbsp", ' '},      {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"laquo", 0x00AB},  {"raquo", 0x00BB},  {"copy", 0x00A9},
}};

// A character reference at `pos` ('&'): appends its character and returns its length, or 0 when
// it is not one we decode (then '&' is text).
size_t decode_reference(std::string_view text, size_t pos, std::string& out) {
  const size_t semicolon = text.substr(0, pos + 32).find(';', pos + 1);  // bounded: no rescans
  if (semicolon == std::string_view::npos) return 0;
  const std::string_view body = text.substr(pos + 1, semicolon - pos - 1);
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    uint32_t cp = 0;
    for (char c : digits) {
      const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : hex && std::isxdigit(static_cast<unsigned char>(c))
                            ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                            : -1;
      if (digit < 0) return 0;
      cp = std::min<uint32_t>(cp * (hex ? 16 : 10) + static_cast<uint32_t>(digit), 0x110000);
    }
    append_utf8(out, cp);
    return semicolon - pos + 1;
  }
  for (const NamedReference& reference : kNamedReferences) {
    if (reference.name == body) {
      append_utf8(out, reference.code_point);
      return semicolon - pos + 1;
    }
  }
  return 0;
}

// Where the content of a dropped element opened before `from` ends: one past its closing tag,
// or the end of the text when it is never closed.
size_t end_of_dropped(std::string_view text, size_t from, std::string_view name) {
  for (size_t pos = text.find("</", from); pos != std::string_view::npos; pos = text.find("</", pos + 2)) {
    Tag tag;
    if (read_tag(text, pos, tag) && tag.name == name) return tag.end;
  }
  return text.size();
}

void end_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out += '\n';
}

}  // namespace

bool HtmlText::looks_like_html(std::string_view text) {
  if (text.find("<!--") != std::string_view::npos) return true;
  for (size_t pos = text.find('<'); pos != std::string_view::npos; pos = text.find('<', pos + 1)) {
    Tag tag;
    if (read_tag(text, pos, tag) && !listed(kDroppedElements, tag.name)) return true;
  }
  return false;
}

std::string HtmlText::to_text(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  // Past the last '>' (or "-->") nothing closes: saves rescanning the rest for each '<'.
  const size_t last_gt = html.rfind('>');
  const size_t last_comment_end = html.rfind("-->");
  size_t pos = 0;
  while (pos < html.size()) {
    const char c = html[pos];
    if (c == '<') {
      if (html.substr(pos, 4) == "<!--") {
        const size_t close = last_comment_end == std::string_view::npos || last_comment_end < pos + 4
                                 ? std::string_view::npos
                                 : html.find("-->", pos + 4);
        pos = close == std::string_view::npos ? html.size() : close + 3;
        continue;
      }
      if (pos + 1 < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?') &&
          last_gt != std::string_view::npos && last_gt > pos) {
        const size_t close = html.find('>', pos);
        if (close != std::string_view::npos) {
          pos = close + 1;
          continue;
        }
      }
      Tag tag;
      if (read_tag(html, pos, tag)) {
        pos = tag.end;
        if (!tag.closing && listed(kDroppedElements, tag.name)) {
          const bool self_closed = html[tag.end - 2] == '/';
          if (!self_closed) pos = end_of_dropped(html, pos, tag.name);
        } else if (listed(kBlockElements, tag.name)) {
          end_line(out);
        } else if (tag.name == "td" || tag.name == "th") {
          if (!out.empty() && out.back() != '\n' && out.back() != ' ') out += ' ';
        }
        continue;
      }
    } else if (c == '&') {
      if (const size_t used = decode_reference(html, pos, out)) {
        pos += used;
        continue;
      }
    }
    out += c;
    ++pos;
  }
  end_line(out);
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string HtmlText::text_of(std::string_view text) {
  return looks_like_html(text) ? to_text(text) : std::string(text);
}

}  // namespace siaran::corpus
