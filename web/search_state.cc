#include "web/search_state.h"

#include <algorithm>
#include <charconv>

#include "web/html.h"

namespace siaran::web {
namespace {

bool contains(const std::vector<std::string>& values, std::string_view v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

void erase_value(std::vector<std::string>& values, std::string_view v) {
  values.erase(std::remove(values.begin(), values.end(), v), values.end());
}

void toggle(std::vector<std::string>& values, std::string_view v) {
  if (contains(values, v)) {
    erase_value(values, v);
  } else {
    values.emplace_back(v);
  }
}

std::string join_query(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out;
  for (const auto& [name, value] : params) {
    if (!out.empty()) out += '&';
    out += url_encode(name);
    out += '=';
    out += url_encode(value);
  }
  return out;
}

std::string with_query(std::string path, const std::vector<std::pair<std::string, std::string>>& params) {
  if (params.empty()) return path;
  return path + "?" + join_query(params);
}

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// "2022" -> {"2022-01-01", "2022-12-31"}; false when not a 4-digit year.
bool year_range(std::string_view year, std::string& first, std::string& last) {
  int y;
  if (year.size() != 4 || !parse_int(year, y)) return false;
  first = std::string(year) + "-01-01";
  last = std::string(year) + "-12-31";
  return true;
}

// "2022-02" -> {"2022-02-01", "2022-02-28"}; false when not YYYY-MM with a real month.
bool month_range(std::string_view month, std::string& first, std::string& last) {
  int y, m;
  if (month.size() != 7 || month[4] != '-' || !parse_int(month.substr(0, 4), y) ||
      !parse_int(month.substr(5, 2), m) || m < 1 || m > 12) {
    return false;
  }
  first = std::string(month) + "-01";
  last = std::string(month) + "-" + std::to_string(days_in_month(y, m));
  return true;
}

}  // namespace

search::SearchRequest SearchState::to_request() const {
  search::SearchRequest r;
  r.q = q;
  r.page = page;
  r.per_page = per_page;
  r.sort = sort;
  r.from = from;
  r.to = to;
  r.units = units;
  r.topics = topics;
  r.regions = regions;
  r.facets = {"year", "month", "unit", "topic", "region"};
  return r;
}

SearchState SearchState::from_request(const search::SearchRequest& request, Lang lang) {
  SearchState s;
  s.q = request.q;
  s.units = request.units;
  s.topics = request.topics;
  s.regions = request.regions;
  s.from = request.from;
  s.to = request.to;
  s.sort = request.sort;
  s.page = request.page == 0 ? 1 : request.page;
  s.per_page = request.per_page == 0 ? kResultsPerPage : request.per_page;
  s.lang = lang;
  return s;
}

std::string_view sort_param(search::SortOrder sort) {
  switch (sort) {
    case search::SortOrder::Newest: return "newest";
    case search::SortOrder::Oldest: return "oldest";
    case search::SortOrder::Relevance: break;
  }
  return "relevance";
}

std::vector<std::pair<std::string, std::string>> query_params(const SearchState& state) {
  std::vector<std::pair<std::string, std::string>> p;
  if (!state.q.empty()) p.emplace_back("q", state.q);
  for (const auto& u : state.units) p.emplace_back("unit", u);
  for (const auto& t : state.topics) p.emplace_back("topic", t);
  for (const auto& r : state.regions) p.emplace_back("region", r);
  if (!state.from.empty()) p.emplace_back("from", state.from);
  if (!state.to.empty()) p.emplace_back("to", state.to);
  if (state.sort != search::SortOrder::Relevance) p.emplace_back("sort", std::string(sort_param(state.sort)));
  if (state.page > 1) p.emplace_back("page", std::to_string(state.page));
  if (state.per_page != kResultsPerPage) p.emplace_back("per_page", std::to_string(state.per_page));
  if (state.lang != Lang::Id) p.emplace_back("lang", std::string(lang_code(state.lang)));
  return p;
}

std::string search_url(const SearchState& state) { return with_query("/search", query_params(state)); }

std::string feed_url(const SearchState& state) {
  SearchState feed = state;
  feed.page = 1;
  feed.sort = search::SortOrder::Relevance;  // left out of the URL: a feed is always newest first
  feed.per_page = kResultsPerPage;
  return with_query("/feed", query_params(feed));
}

std::string home_url(Lang lang) { return lang == Lang::En ? "/?lang=en" : "/"; }

std::string document_url(std::string_view id, Lang lang) {
  std::string url = "/doc/" + url_encode_path_segment(id);
  if (lang == Lang::En) url += "?lang=en";
  return url;
}

SearchState with_page(SearchState state, unsigned page) {
  state.page = page == 0 ? 1 : page;
  return state;
}

SearchState with_sort(SearchState state, search::SortOrder sort) {
  state.sort = sort;
  state.page = 1;
  return state;
}

SearchState with_lang(SearchState state, Lang lang) {
  state.lang = lang;  // the same results in the other language: the page stays
  return state;
}

SearchState with_unit_toggled(SearchState state, std::string_view unit) {
  toggle(state.units, unit);
  state.page = 1;
  return state;
}

SearchState with_topic_toggled(SearchState state, std::string_view topic) {
  toggle(state.topics, topic);
  state.page = 1;
  return state;
}

SearchState with_region_toggled(SearchState state, std::string_view region) {
  toggle(state.regions, region);
  state.page = 1;
  return state;
}

SearchState with_unit_added(SearchState state, std::string_view unit) {
  if (!contains(state.units, unit)) state.units.emplace_back(unit);
  state.page = 1;
  return state;
}

SearchState without_unit(SearchState state, std::string_view unit) {
  erase_value(state.units, unit);
  state.page = 1;
  return state;
}

SearchState without_topic(SearchState state, std::string_view topic) {
  erase_value(state.topics, topic);
  state.page = 1;
  return state;
}

SearchState without_region(SearchState state, std::string_view region) {
  erase_value(state.regions, region);
  state.page = 1;
  return state;
}

SearchState without_dates(SearchState state) {
  state.from.clear();
  state.to.clear();
  state.page = 1;
  return state;
}

SearchState without_filters(SearchState state) {
  state.units.clear();
  state.topics.clear();
  state.regions.clear();
  return without_dates(std::move(state));
}

bool year_selected(const SearchState& state, std::string_view year) {
  std::string first, last;
  return year_range(year, first, last) && state.from == first && state.to == last;
}

bool month_selected(const SearchState& state, std::string_view month) {
  std::string first, last;
  return month_range(month, first, last) && state.from == first && state.to == last;
}

SearchState with_year_toggled(SearchState state, std::string_view year) {
  std::string first, last;
  if (!year_range(year, first, last)) return state;
  if (state.from == first && state.to == last) return without_dates(std::move(state));
  state.from = first;
  state.to = last;
  state.page = 1;
  return state;
}

SearchState with_month_toggled(SearchState state, std::string_view month) {
  std::string first, last;
  if (!month_range(month, first, last)) return state;
  if (state.from == first && state.to == last) return without_dates(std::move(state));
  state.from = first;
  state.to = last;
  state.page = 1;
  return state;
}

}  // namespace siaran::web
