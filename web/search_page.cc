#include "web/search_page.h"

#include <cstdio>

#include "web/html.h"
#include "web/layout.h"
#include "web/search_parts.h"

namespace siaran::web {
namespace {

Lang other(Lang lang) { return lang == Lang::En ? Lang::Id : Lang::En; }

std::string took_text(double ms, Lang lang) {
  char buf[32];
  std::snprintf(buf, sizeof buf, ms < 10 ? "%.1f" : "%.0f", ms < 0 ? 0.0 : ms);
  std::string n = buf;
  if (lang == Lang::Id) {
    for (char& c : n) if (c == '.') c = ',';
  }
  return format(tr(Text::ResultsTook, lang), {n});
}

std::string summary(const SearchState& state, const search::SearchResult& result) {
  const Lang lang = state.lang;
  const std::string count = format(tr(result.total_exact ? Text::ResultsCount : Text::ResultsCountApprox, lang),
                                   {format_count(result.total, lang)});
  std::string out = "<h1 id=\"results-heading\" class=\"summary\" tabindex=\"-1\">";
  out += result.total == 0 ? escape_html(tr(Text::EmptyHeading, lang)) : escape_html(count);
  out += " <span class=\"took\">" + escape_html(took_text(result.took_ms, lang)) + "</span>";
  if (const unsigned pages = parts::page_count(result); pages > 1 && result.total > 0) {
    out += " <span class=\"page-of\">· " +
           escape_html(format(tr(Text::ResultsPageOf, lang),
                              {format_count(result.page, lang), format_count(pages, lang)})) + "</span>";
  }
  return out + "</h1>";
}

bool has_facet_values(const search::SearchResult& result) {
  for (const auto& f : result.facets) {
    if (!f.values.empty()) return true;
  }
  return false;
}

// The archive's facets as entry links (nothing is selected on the home page).
std::string browse_block(const search::SearchResult& overview, Lang lang) {
  SearchState empty;
  empty.lang = lang;
  return parts::facet_sidebar(empty, overview, /*browse=*/true);
}

}  // namespace

search::SearchRequest overview_request(unsigned count) {
  search::SearchRequest r;
  r.sort = search::SortOrder::Newest;
  r.per_page = count;
  r.facets = {"year", "unit", "topic", "region"};  // months would be too long a list here
  return r;
}

std::string render_home(const HomeView& view) {
  const Lang lang = view.lang;
  SearchState state;
  state.lang = lang;
  std::string main = parts::search_form(state, /*hints_open=*/true, /*label_is_heading=*/true);
  if (view.documents > 0) {
    main += "<p class=\"archive-size\">" +
            escape_html(format(tr(Text::ArchiveSize, lang), {format_count(view.documents, lang)})) + "</p>";
  }
  if (view.overview && !view.overview->hits.empty()) {
    main += "<div class=\"layout\" id=\"results\"><section class=\"hits-col\" aria-labelledby=\"latest-heading\">"
            "<h2 id=\"latest-heading\">" + escape_html(tr(Text::LatestHeading, lang)) + "</h2>";
    main += parts::hit_list(state, *view.overview);
    main += "</section>";
    if (has_facet_values(*view.overview)) main += browse_block(*view.overview, lang);
    main += "</div>";
  }
  const PageFrame frame{.lang = lang,
                        .title = {},
                        .other_lang_url = home_url(other(lang)),
                        .feed_url = feed_url(state),
                        .skip_target = "q",
                        .skip_label = Text::SkipToContent};
  return render_page(frame, main);
}

std::string render_results(const SearchState& state, const search::SearchResult& result) {
  std::string main = parts::search_form(state, /*hints_open=*/false);
  main += "<div id=\"results\" class=\"results\">";
  main += summary(state, result);
  main += parts::suggestion(state, result);
  main += parts::filter_chips(state);
  const bool any_hits = !result.hits.empty();
  if (any_hits) main += parts::sort_links(state);
  const bool sidebar = has_facet_values(result) || state.has_filters();
  main += sidebar ? "<div class=\"layout\">" : "<div class=\"layout single\">";
  main += "<section class=\"hits-col\" aria-labelledby=\"results-heading\">";
  main += any_hits ? parts::hit_list(state, result) : parts::empty_state(state, result);
  main += parts::pagination(state, result);
  main += "</section>";
  if (sidebar) main += parts::facet_sidebar(state, result);
  main += "</div></div>";

  const PageFrame frame{.lang = state.lang,
                        .title = state.q.empty() ? std::string(tr(Text::ResultsHeading, state.lang))
                                                 : format(tr(Text::SearchTitle, state.lang), {state.q}),
                        .other_lang_url = search_url(with_lang(state, other(state.lang))),
                        .feed_url = feed_url(state),
                        .skip_target = "results",
                        .skip_label = Text::SkipToResults};
  return render_page(frame, main);
}

std::string render_error_page(Lang lang, std::string_view heading, std::string_view message) {
  std::string main = "<div class=\"error\" role=\"alert\" id=\"error\"><h1>" + escape_html(heading) + "</h1><p>" +
                     escape_html(message) + "</p><p><a href=\"" + escape_html(home_url(lang)) + "\">" +
                     escape_html(tr(Text::BackToSearch, lang)) + "</a></p></div>";
  const PageFrame frame{.lang = lang,
                        .title = std::string(heading),
                        .other_lang_url = home_url(other(lang)),
                        .feed_url = {},
                        .skip_target = "error",
                        .skip_label = Text::SkipToContent};
  return render_page(frame, main);
}

std::string render_search_error(const SearchState& state, std::string_view message) {
  const Lang lang = state.lang;
  std::string main = parts::search_form(state, /*hints_open=*/true);
  main += "<div id=\"results\" class=\"results\"><div class=\"error\" role=\"alert\">"
          "<h1 id=\"results-heading\" tabindex=\"-1\">" + escape_html(tr(Text::ErrorHeading, lang)) + "</h1>"
          "<p class=\"message\">" + escape_html(message) + "</p><p>" + escape_html(tr(Text::ErrorHelp, lang)) +
          "</p></div></div>";
  const PageFrame frame{.lang = lang,
                        .title = std::string(tr(Text::ErrorHeading, lang)),
                        .other_lang_url = search_url(with_lang(state, other(lang))),
                        .feed_url = {},
                        .skip_target = "q",
                        .skip_label = Text::SkipToContent};
  return render_page(frame, main);
}

}  // namespace siaran::web
