#include "web/document_page.h"

#include "web/html.h"
#include "web/layout.h"
#include "web/search_parts.h"
#include "web/search_state.h"

namespace siaran::web {
namespace {

Lang other(Lang lang) { return lang == Lang::En ? Lang::Id : Lang::En; }

std::string trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::string inferred_note(bool inferred, Text what, Lang lang) {
  if (!inferred) return {};
  return " <span class=\"inferred\">(" + escape_html(tr(what, lang)) + ")</span>";
}

// A metadata row; `value_html` is already escaped.
std::string row(Text label, const std::string& value_html, Lang lang) {
  return "<div><dt>" + escape_html(tr(label, lang)) + "</dt><dd>" + value_html + "</dd></div>";
}

std::string filter_link(SearchState state, const std::string& text) {
  return "<a href=\"" + escape_html(search_url(state)) + "\">" + escape_html(text) + "</a>";
}

std::string metadata(const corpus::Document& doc, Lang lang) {
  SearchState base;
  base.lang = lang;
  std::string out = "<dl class=\"doc-meta\">";
  std::string date = doc.date.empty() ? escape_html(tr(Text::DocNoDate, lang))
                                      : parts::date_html(doc.date, false, lang);
  if (doc.date_inferred && !doc.date.empty()) {
    date += " <span class=\"inferred\">(" + escape_html(tr(Text::DocInferredNote, lang)) + ")</span>";
  }
  out += row(Text::DocDate, date, lang);
  if (!doc.unit.empty()) {
    out += row(Text::DocUnit,
               filter_link(with_unit_added(base, doc.unit), doc.unit) + inferred_note(doc.unit_inferred, Text::UnitInferred, lang),
               lang);
  }
  if (!doc.region.empty()) out += row(Text::DocRegion, escape_html(doc.region), lang);
  if (!doc.topic.empty()) {
    out += row(Text::DocTopic,
               filter_link(with_topic_toggled(base, doc.topic), doc.topic) + inferred_note(doc.topic_inferred, Text::TopicInferred, lang),
               lang);
  }
  if (!doc.author.empty()) out += row(Text::DocAuthor, escape_html(doc.author), lang);
  if (!doc.source.empty()) out += row(Text::DocSource, escape_html(doc.source), lang);
  if (!doc.place.empty()) out += row(Text::DocPlace, escape_html(doc.place), lang);
  if (!doc.url.empty()) {
    const std::string href = safe_href(doc.url);
    // An unsafe or relative stored link is shown as text, never made clickable.
    out += row(Text::DocOriginal,
               href.empty() ? escape_html(doc.url)
                            : "<a class=\"original\" href=\"" + escape_html(href) +
                                  "\" rel=\"noopener noreferrer external\">" + escape_html(doc.url) + "</a>",
               lang);
  }
  return out + "</dl>";
}

std::string related_list(const std::vector<search::Hit>& related, Lang lang) {
  std::string out = "<section class=\"related\" aria-labelledby=\"related-heading\"><h2 id=\"related-heading\">" +
                    escape_html(tr(Text::RelatedHeading, lang)) + "</h2>";
  if (related.empty()) return out + "<p class=\"muted\">" + escape_html(tr(Text::RelatedNone, lang)) + "</p></section>";
  out += "<ul class=\"related-list\">";
  for (const auto& hit : related) {
    const auto& d = hit.doc;
    out += "<li><a href=\"" + escape_html(document_url(d.id, lang)) + "\">" +
           escape_html(d.title.empty() ? d.id : d.title) + "</a>";
    std::string meta;
    if (!d.date.empty()) meta += parts::date_html(d.date, d.date_inferred, lang);
    if (!d.unit.empty()) meta += (meta.empty() ? "" : " · ") + escape_html(d.unit);
    if (!meta.empty()) out += "<span class=\"related-meta\">" + meta + "</span>";
    out += "</li>";
  }
  return out + "</ul></section>";
}

}  // namespace

std::string paragraphs_html(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t end = body.find("\n\n", pos);
    if (end == std::string_view::npos) end = body.size();
    const std::string para = trim(body.substr(pos, end - pos));
    if (!para.empty()) {
      std::string html = escape_html(para);
      std::string with_breaks;
      for (char c : html) {
        if (c == '\n') with_breaks += "<br>";
        else if (c != '\r') with_breaks += c;
      }
      out += "<p>" + with_breaks + "</p>\n";
    }
    pos = end + 2;
  }
  return out;
}

std::string render_document(const corpus::Document& doc, const std::vector<search::Hit>& related, Lang lang) {
  std::string main = "<nav class=\"crumbs\"><a href=\"" + escape_html(home_url(lang)) + "\" id=\"back-to-search\">← " +
                     escape_html(tr(Text::BackToSearch, lang)) + "</a></nav>";
  main += "<div class=\"doc-layout\"><article class=\"doc\" id=\"doc\" aria-labelledby=\"doc-title\">";
  main += "<h1 id=\"doc-title\">" + escape_html(doc.title.empty() ? doc.id : doc.title) + "</h1>";
  main += "<section class=\"doc-about\" aria-label=\"" + escape_html(tr(Text::DocMetaHeading, lang)) + "\">" +
          metadata(doc, lang) + "</section>";
  main += "<div class=\"doc-body\">" + paragraphs_html(doc.body) + "</div></article>";
  main += related_list(related, lang);
  main += "</div>";

  const PageFrame frame{.lang = lang,
                        .title = doc.title.empty() ? doc.id : doc.title,
                        .other_lang_url = document_url(doc.id, other(lang)),
                        .feed_url = {},
                        .skip_target = "doc",
                        .skip_label = Text::SkipToContent};
  return render_page(frame, main);
}

std::string render_document_not_found(std::string_view id, Lang lang) {
  std::string main = "<div class=\"error\" id=\"not-found\"><h1>" + escape_html(tr(Text::NotFoundHeading, lang)) +
                     "</h1><p>" + escape_html(format(tr(Text::NotFoundText, lang), {id})) + "</p><p><a href=\"" +
                     escape_html(home_url(lang)) + "\">" + escape_html(tr(Text::BackToSearch, lang)) + "</a></p></div>";
  const PageFrame frame{.lang = lang,
                        .title = std::string(tr(Text::NotFoundHeading, lang)),
                        .other_lang_url = document_url(id, other(lang)),
                        .feed_url = {},
                        .skip_target = "not-found",
                        .skip_label = Text::SkipToContent};
  return render_page(frame, main);
}

}  // namespace siaran::web
