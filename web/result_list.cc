// The results column: chips, sort links, "did you mean", the hits, paging and the empty state.
#include <algorithm>
#include <cstdio>

#include "search/request_check.h"
#include "web/html.h"
#include "web/search_parts.h"

namespace siaran::web::parts {
namespace {

std::string link(const std::string& href, const std::string& text_html, std::string_view attrs = {}) {
  std::string out = "<a href=\"" + escape_html(href) + "\"";
  if (!attrs.empty()) {
    out += ' ';
    out += attrs;
  }
  return out + ">" + text_html + "</a>";
}

std::string chip(const std::string& href, const std::string& label, Lang lang) {
  const std::string aria = label + ", " + std::string(tr(Text::RemoveFilter, lang));
  return "<li>" + link(href, escape_html(label) + "<span class=\"x\" aria-hidden=\"true\">×</span>",
                       "class=\"chip\" aria-label=\"" + escape_html(aria) + "\"") + "</li>";
}

bool looks_like_day(const std::string& iso) {
  return iso.size() >= 10 && iso[4] == '-' && iso[7] == '-';
}

}  // namespace

unsigned page_count(const search::SearchResult& result) {
  const unsigned long long per = result.per_page ? result.per_page : kResultsPerPage;
  const unsigned long long pages = (result.total + per - 1) / per;
  // The Searcher refuses to page deeper than kMaxResultDepth: link no page it would refuse.
  const unsigned long long deepest = std::max<unsigned long long>(1, search::kMaxResultDepth / per);
  return static_cast<unsigned>(std::clamp<unsigned long long>(pages, 1, deepest));
}

std::string date_html(const std::string& iso, bool inferred, Lang lang) {
  if (iso.empty()) return {};
  std::string out = "<time";
  if (looks_like_day(iso)) out += " datetime=\"" + escape_html(iso) + "\"";
  out += '>';
  out += escape_html(format_date(iso, lang));
  out += "</time>";
  if (inferred) {
    out += " <span class=\"inferred\">(" + escape_html(tr(Text::DateInferred, lang)) + ")</span>";
  }
  return out;
}

std::string filter_chips(const SearchState& state) {
  if (!state.has_filters()) return {};
  const Lang lang = state.lang;
  std::string out = "<nav class=\"chips\" aria-label=\"" + escape_html(tr(Text::ActiveFilters, lang)) + "\"><ul>";
  for (const auto& u : state.units) {
    out += chip(search_url(without_unit(state, u)), format(tr(Text::ChipUnit, lang), {u}), lang);
  }
  for (const auto& t : state.topics) {
    out += chip(search_url(without_topic(state, t)), format(tr(Text::ChipTopic, lang), {t}), lang);
  }
  for (const auto& r : state.regions) {
    out += chip(search_url(without_region(state, r)), format(tr(Text::ChipRegion, lang), {r}), lang);
  }
  if (!state.from.empty() || !state.to.empty()) {
    const std::string from = format_date(state.from, lang), to = format_date(state.to, lang);
    const std::string label = state.to.empty()     ? format(tr(Text::ChipFrom, lang), {from})
                              : state.from.empty() ? format(tr(Text::ChipTo, lang), {to})
                                                   : format(tr(Text::ChipDate, lang), {from, to});
    out += chip(search_url(without_dates(state)), label, lang);
  }
  const size_t chips = state.units.size() + state.topics.size() + state.regions.size() +
                       (state.from.empty() && state.to.empty() ? 0 : 1);
  if (chips > 1) {
    out += "<li>" + link(search_url(without_filters(state)), escape_html(tr(Text::ClearFilters, lang)),
                         "class=\"clear\"") + "</li>";
  }
  out += "</ul></nav>";
  return out;
}

std::string sort_links(const SearchState& state) {
  const Lang lang = state.lang;
  std::string out = "<nav class=\"sort\" aria-label=\"" + escape_html(tr(Text::SortLabel, lang)) +
                    "\"><span class=\"sort-label\">" + escape_html(tr(Text::SortLabel, lang)) + ":</span><ul>";
  const std::pair<search::SortOrder, Text> orders[] = {{search::SortOrder::Relevance, Text::SortRelevance},
                                                       {search::SortOrder::Newest, Text::SortNewest},
                                                       {search::SortOrder::Oldest, Text::SortOldest}};
  for (const auto& [order, text] : orders) {
    const std::string attrs = std::string("data-sort=\"") + std::string(sort_param(order)) + "\"" +
                              (order == state.sort ? " aria-current=\"true\" class=\"on\"" : "");
    out += "<li>" + link(search_url(with_sort(state, order)), escape_html(tr(text, lang)), attrs) + "</li>";
  }
  out += "</ul></nav>";
  return out;
}

std::string suggestion(const SearchState& state, const search::SearchResult& result) {
  if (!result.suggestion || result.suggestion->empty() || *result.suggestion == state.q) return {};
  SearchState corrected = state;
  corrected.q = *result.suggestion;
  corrected.page = 1;
  return "<p class=\"suggestion\">" + escape_html(tr(Text::DidYouMean, state.lang)) + " " +
         link(search_url(corrected), "<strong>" + escape_html(*result.suggestion) + "</strong>",
              "id=\"did-you-mean\"") + "</p>";
}

std::string hit_list(const SearchState& state, const search::SearchResult& result) {
  const Lang lang = state.lang;
  const unsigned per = result.per_page ? result.per_page : state.per_page;
  const unsigned long long first = static_cast<unsigned long long>(std::max(1u, result.page) - 1) * per + 1;
  std::string out = "<ol class=\"hits\" start=\"" + std::to_string(first) + "\">";
  for (const auto& hit : result.hits) {
    const auto& doc = hit.doc;
    const std::string title = !hit.title_html.empty() ? hit.title_html
                              : !doc.title.empty()    ? escape_html(doc.title)
                                                      : escape_html(doc.id);
    out += "<li class=\"hit\"><h3 class=\"hit-title\">" + link(document_url(doc.id, lang), title) + "</h3>";
    std::vector<std::string> meta;
    if (!doc.date.empty()) meta.push_back(date_html(doc.date, doc.date_inferred, lang));
    if (!doc.unit.empty()) {
      const std::string label = format(tr(Text::FilterByUnit, lang), {doc.unit});
      meta.push_back(link(search_url(with_unit_added(state, doc.unit)), escape_html(doc.unit),
                          "class=\"unit\" title=\"" + escape_html(label) + "\""));
    }
    if (!doc.topic.empty()) meta.push_back("<span class=\"topic\">" + escape_html(doc.topic) + "</span>");
    if (!meta.empty()) {
      out += "<p class=\"hit-meta\">";
      for (size_t i = 0; i < meta.size(); ++i) out += (i ? "<span aria-hidden=\"true\"> · </span>" : "") + meta[i];
      out += "</p>";
    }
    // snippet_html is the Searcher's escaped passage with <mark>: inserted as is.
    if (!hit.snippet_html.empty()) out += "<p class=\"snippet\">" + hit.snippet_html + "</p>";
    out += "</li>";
  }
  out += "</ol>";
  return out;
}

std::string pagination(const SearchState& state, const search::SearchResult& result) {
  const unsigned last = page_count(result);
  const unsigned current = std::max(1u, result.page);
  if (last <= 1 && current <= 1) return {};
  const Lang lang = state.lang;
  std::string out = "<nav class=\"pager\" aria-label=\"" + escape_html(tr(Text::Pagination, lang)) + "\"><ul>";
  if (current > 1) {
    out += "<li>" + link(search_url(with_page(state, std::min(current - 1, last))),
                         escape_html(tr(Text::PagePrevious, lang)), "rel=\"prev\" class=\"prev\"") + "</li>";
  }
  // 1 … current-2 .. current+2 … last
  unsigned previous_shown = 0;
  for (unsigned p = 1; p <= last; ++p) {
    const bool show = p == 1 || p == last || (p + 2 >= current && p <= current + 2);
    if (!show) continue;
    if (previous_shown && p > previous_shown + 1) out += "<li class=\"gap\" aria-hidden=\"true\">…</li>";
    previous_shown = p;
    const std::string n = std::to_string(p);
    if (p == current) {
      out += "<li><span class=\"current\" aria-current=\"page\" aria-label=\"" +
             escape_html(format(tr(Text::PageCurrent, lang), {n})) + "\">" + n + "</span></li>";
    } else {
      out += "<li>" + link(search_url(with_page(state, p)), n,
                           "aria-label=\"" + escape_html(format(tr(Text::PageNumber, lang), {n})) + "\"") + "</li>";
    }
  }
  if (current < last) {
    out += "<li>" + link(search_url(with_page(state, current + 1)), escape_html(tr(Text::PageNext, lang)),
                         "rel=\"next\" class=\"next\"") + "</li>";
  }
  out += "</ul></nav>";
  return out;
}

std::string empty_state(const SearchState& state, const search::SearchResult& result) {
  const Lang lang = state.lang;
  const auto t = [lang](Text text) { return escape_html(tr(text, lang)); };
  std::string out = "<section class=\"empty\">";
  if (result.total > 0) {  // a page past the end of real results
    out += "<p>" + t(Text::PastLastPage) + " " + link(search_url(with_page(state, 1)), t(Text::BackToFirstPage)) + "</p>";
    return out + "</section>";
  }
  out += "<p class=\"lead\">" +
         (state.q.empty() ? t(Text::EmptyFilters) : escape_html(format(tr(Text::EmptyQuery, lang), {state.q}))) +
         "</p>";
  out += "<h2>" + t(Text::TipsHeading) + "</h2><ul class=\"tips\">";
  if (!state.q.empty()) {
    out += "<li>" + t(Text::EmptyTipSpelling) + "</li><li>" + t(Text::EmptyTipFewerWords) + "</li><li>" +
           t(Text::EmptyTipOr) + "</li>";
  }
  if (!state.from.empty() || !state.to.empty()) out += "<li>" + t(Text::EmptyTipDates) + "</li>";
  if (state.has_filters()) {
    out += "<li>" + t(Text::EmptyTipFilters) + " " +
           link(search_url(without_filters(state)), t(Text::ClearFilters), "class=\"clear\"") + "</li>";
  }
  out += "</ul></section>";
  return out;
}

}  // namespace siaran::web::parts
