// The search box and the query-language hints.
#include "web/html.h"
#include "web/search_parts.h"

namespace siaran::web::parts {
namespace {

struct Hint {
  std::string_view example;  // a query that runs as is
  Text meaning;
};

constexpr Hint kHints[] = {
    {"remisi lebaran", Text::HintWords},
    {"\"hari bhakti\"", Text::HintPhrase},
    {"remisi -narkoba", Text::HintExclude},
    {"remisi OR asimilasi", Text::HintOr},
    {"title:remisi", Text::HintTitle},
    {"unit:cibinong", Text::HintUnit},
    {"topic:pembinaan", Text::HintTopic},
    {"date:2022-11..2022-12", Text::HintDate},
};

std::string hidden(std::string_view name, std::string_view value) {
  return "<input type=\"hidden\" name=\"" + escape_html(name) + "\" value=\"" + escape_html(value) + "\">";
}

}  // namespace

std::string hidden_state_inputs(const SearchState& state, bool include_q, bool include_dates) {
  std::string out;
  if (include_q && !state.q.empty()) out += hidden("q", state.q);
  for (const auto& u : state.units) out += hidden("unit", u);
  for (const auto& t : state.topics) out += hidden("topic", t);
  for (const auto& r : state.regions) out += hidden("region", r);
  if (include_dates) {
    if (!state.from.empty()) out += hidden("from", state.from);
    if (!state.to.empty()) out += hidden("to", state.to);
  }
  if (state.sort != search::SortOrder::Relevance) out += hidden("sort", sort_param(state.sort));
  if (state.per_page != kResultsPerPage) out += hidden("per_page", std::to_string(state.per_page));
  if (state.lang != Lang::Id) out += hidden("lang", lang_code(state.lang));
  return out;
}

std::string search_form(const SearchState& state, bool hints_open, bool label_is_heading) {
  const Lang lang = state.lang;
  const auto t = [lang](Text text) { return escape_html(tr(text, lang)); };
  std::string out = "<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">";
  const std::string label = "<label class=\"search-label\" for=\"q\">" + t(Text::SearchLabel) + "</label>";
  out += label_is_heading ? "<h1 class=\"home-title\">" + label + "</h1>" : label;
  out += "<div class=\"search-row\"><input id=\"q\" name=\"q\" type=\"search\" value=\"" +
         escape_html(state.q) + "\" placeholder=\"" + t(Text::SearchPlaceholder) +
         "\" list=\"q-suggestions\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"1024\""
         " aria-describedby=\"search-help-summary\">";
  out += "<datalist id=\"q-suggestions\"></datalist>";
  out += "<button type=\"submit\">" + t(Text::SearchButton) + "</button></div>";
  out += hidden_state_inputs(state, /*include_q=*/false, /*include_dates=*/true);
  out += "</form>";

  // The hints are outside the form so their example links are not part of it.
  out += std::string("<details class=\"help\" id=\"search-help\"") + (hints_open ? " open" : "") +
         "><summary id=\"search-help-summary\">" + t(Text::SearchHelpSummary) + "</summary>";
  out += "<p class=\"help-intro\">" + t(Text::HintsIntro) + "</p><dl class=\"hints\">";
  for (const Hint& hint : kHints) {
    SearchState example;
    example.q = std::string(hint.example);
    example.lang = lang;
    out += "<div><dt><a href=\"" + escape_html(search_url(example)) + "\"><code>" +
           escape_html(hint.example) + "</code></a></dt><dd>" + t(hint.meaning) + "</dd></div>";
  }
  out += "</dl></details>";
  return out;
}

}  // namespace siaran::web::parts
