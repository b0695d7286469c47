// The facet sidebar: a date range form, then one list of toggle links per facet. Year and month
// values map onto the from/to range (web/search_state.h); unit, topic and region add or remove a
// filter.
#include <algorithm>
#include <functional>

#include "web/html.h"
#include "web/search_parts.h"

namespace siaran::web::parts {
namespace {

constexpr size_t kVisibleValues = 8;  // the rest fold into a <details>

struct FacetKind {
  Text heading;
  std::function<bool(const SearchState&, std::string_view)> selected;
  std::function<SearchState(SearchState, std::string_view)> toggled;
  bool chronological;  // shown newest first rather than by count
};

bool contains(const std::vector<std::string>& values, std::string_view v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

const FacetKind* facet_kind(std::string_view name) {
  static const FacetKind kYear{Text::FacetYear, year_selected, with_year_toggled, true};
  static const FacetKind kMonth{Text::FacetMonth, month_selected, with_month_toggled, true};
  static const FacetKind kUnit{
      Text::FacetUnit, [](const SearchState& s, std::string_view v) { return contains(s.units, v); },
      with_unit_toggled, false};
  static const FacetKind kTopic{
      Text::FacetTopic, [](const SearchState& s, std::string_view v) { return contains(s.topics, v); },
      with_topic_toggled, false};
  static const FacetKind kRegion{
      Text::FacetRegion, [](const SearchState& s, std::string_view v) { return contains(s.regions, v); },
      with_region_toggled, false};
  if (name == "year") return &kYear;
  if (name == "region") return &kRegion;
  if (name == "month") return &kMonth;
  if (name == "unit") return &kUnit;
  if (name == "topic") return &kTopic;
  return nullptr;
}

// The values to list: the facet's own, plus any selected value the facet did not count (so it
// can still be switched off where it is shown).
std::vector<search::FacetValue> values_to_show(const search::Facet& facet, const FacetKind& kind,
                                               const SearchState& state) {
  std::vector<search::FacetValue> values = facet.values;
  const auto missing = [&](std::string_view v) {
    return std::none_of(values.begin(), values.end(), [&](const auto& fv) { return fv.value == v; });
  };
  if (facet.name == "unit") {
    for (const auto& u : state.units) if (missing(u)) values.push_back({u, 0});
  } else if (facet.name == "topic") {
    for (const auto& t : state.topics) if (missing(t)) values.push_back({t, 0});
  } else if (facet.name == "region") {
    for (const auto& r : state.regions) if (missing(r)) values.push_back({r, 0});
  }
  if (kind.chronological) {
    std::stable_sort(values.begin(), values.end(),
                     [](const auto& a, const auto& b) { return a.value > b.value; });
  }
  return values;
}

std::string value_label(const search::Facet& facet, const std::string& value, Lang lang) {
  if (facet.name == "month") return format_date(value, lang);
  return value;
}

std::string value_item(const search::Facet& facet, const FacetKind& kind,
                       const search::FacetValue& fv, const SearchState& state) {
  const bool on = kind.selected(state, fv.value);
  std::string out = "<li><a class=\"facet-value";
  if (on) out += " on";
  out += "\" href=\"" + escape_html(search_url(kind.toggled(state, fv.value))) + "\" data-facet=\"" +
         escape_html(facet.name) + "\" data-value=\"" + escape_html(fv.value) + "\"";
  if (on) out += " aria-current=\"true\"";
  out += "><span class=\"label\">" + escape_html(value_label(facet, fv.value, state.lang)) + "</span>";
  if (on) {
    out += "<span class=\"visually-hidden\"> " + escape_html(tr(Text::FacetSelected, state.lang)) + "</span>";
  }
  out += "<span class=\"count\">" + escape_html(format_count(fv.count, state.lang)) + "</span></a></li>";
  return out;
}

std::string facet_block(const search::Facet& facet, const SearchState& state) {
  const FacetKind* kind = facet_kind(facet.name);
  if (!kind) return {};
  const std::vector<search::FacetValue> values = values_to_show(facet, *kind, state);
  if (values.empty()) return {};
  const std::string id = "facet-" + escape_html(facet.name);
  std::string out = "<section class=\"facet\" aria-labelledby=\"" + id + "\"><h3 id=\"" + id + "\">" +
                    escape_html(tr(kind->heading, state.lang)) + "</h3><ul>";
  // A selected value never hides in the fold.
  std::vector<const search::FacetValue*> shown, folded;
  for (const auto& fv : values) {
    (shown.size() < kVisibleValues || kind->selected(state, fv.value) ? shown : folded).push_back(&fv);
  }
  for (const auto* fv : shown) out += value_item(facet, *kind, *fv, state);
  out += "</ul>";
  if (!folded.empty()) {
    out += "<details class=\"more\"><summary>" +
           escape_html(format(tr(Text::FacetMore, state.lang), {format_count(folded.size(), state.lang)})) +
           "</summary><ul>";
    for (const auto* fv : folded) out += value_item(facet, *kind, *fv, state);
    out += "</ul></details>";
  }
  out += "</section>";
  return out;
}

std::string date_form(const SearchState& state) {
  const Lang lang = state.lang;
  const auto t = [lang](Text text) { return escape_html(tr(text, lang)); };
  std::string out = "<form class=\"dates\" action=\"/search\" method=\"get\"><fieldset><legend>" +
                    t(Text::DateRangeHeading) + "</legend>";
  out += "<div class=\"date-field\"><label for=\"from\">" + t(Text::DateFrom) +
         "</label><input type=\"date\" id=\"from\" name=\"from\" value=\"" + escape_html(state.from) + "\"></div>";
  out += "<div class=\"date-field\"><label for=\"to\">" + t(Text::DateTo) +
         "</label><input type=\"date\" id=\"to\" name=\"to\" value=\"" + escape_html(state.to) + "\"></div>";
  out += hidden_state_inputs(state, /*include_q=*/true, /*include_dates=*/false);
  out += "<button type=\"submit\">" + t(Text::DateApply) + "</button></fieldset></form>";
  return out;
}

}  // namespace

std::string facet_sidebar(const SearchState& state, const search::SearchResult& result, bool browse) {
  const Lang lang = state.lang;
  std::string out = "<aside class=\"facets\" aria-labelledby=\"facets-heading\"><h2 id=\"facets-heading\">" +
                    escape_html(tr(browse ? Text::BrowseHeading : Text::FiltersHeading, lang)) + "</h2>";
  if (!browse) out += date_form(state);
  std::string blocks;
  for (const auto& facet : result.facets) blocks += facet_block(facet, state);
  out += blocks.empty() ? "<p class=\"muted\">" + escape_html(tr(Text::FacetsEmpty, lang)) + "</p>" : blocks;
  if (!result.facets_exact && !blocks.empty()) {
    out += "<p class=\"muted small\">" + escape_html(tr(Text::FacetsApprox, lang)) + "</p>";
  }
  out += "</aside>";
  return out;
}

}  // namespace siaran::web::parts
