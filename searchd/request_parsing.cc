#include "searchd/request_parsing.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "searchd/api_error.h"

namespace siaran::searchd {

namespace {

const std::vector<std::string_view> kSearchParameters = {
    "q", "page", "per_page", "sort", "from", "to", "unit", "topic", "region", "facets"};

// Far beyond any real use; it only keeps the number inside an unsigned. Depth limits are the
// Searcher's (page * per_page <= 10,000).
constexpr unsigned kMaxPage = 1'000'000;

std::string list(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

std::vector<std::string> split_commas(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view item = text.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    start = comma + 1;
  }
  return out;
}

// A single-valued parameter; empty counts as absent.
std::optional<std::string> given(const QueryString& query, std::string_view name) {
  std::optional<std::string> value = query.single(name);
  if (value && value->empty()) return std::nullopt;
  return value;
}

std::vector<std::string> non_empty(std::vector<std::string> values) {
  values.erase(std::remove(values.begin(), values.end(), std::string()), values.end());
  return values;
}

// --- JSON body -------------------------------------------------------------------------------

std::string json_type(const rapidjson::Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a boolean";
  if (v.IsNumber()) return "a number";
  if (v.IsString()) return "a string";
  if (v.IsArray()) return "an array";
  return "an object";
}

std::string json_string(const rapidjson::Value& v, std::string_view key) {
  if (!v.IsString()) throw BadRequest("\"" + std::string(key) + "\" must be a string, not " + json_type(v));
  std::string text(v.GetString(), v.GetStringLength());
  if (text.find('\0') != std::string::npos) throw BadRequest("\"" + std::string(key) + "\" contains a NUL character");
  return text;
}

unsigned json_unsigned(const rapidjson::Value& v, std::string_view key, unsigned min, unsigned max) {
  if (!v.IsNumber()) throw BadRequest("\"" + std::string(key) + "\" must be a number, not " + json_type(v));
  if (!v.IsUint64() || v.GetUint64() < min || v.GetUint64() > max)
    throw BadRequest("\"" + std::string(key) + "\" must be a whole number from " + std::to_string(min) +
                     (max == kMaxPage ? "" : " to " + std::to_string(max)));
  return static_cast<unsigned>(v.GetUint64());
}

std::vector<std::string> json_strings(const rapidjson::Value& v, std::string_view key) {
  if (v.IsString()) return non_empty({json_string(v, key)});
  if (!v.IsArray())
    throw BadRequest("\"" + std::string(key) + "\" must be an array of strings, not " + json_type(v));
  std::vector<std::string> out;
  for (const rapidjson::Value& item : v.GetArray()) {
    if (!item.IsString())
      throw BadRequest("\"" + std::string(key) + "\" must hold strings only, not " + json_type(item));
    out.push_back(json_string(item, key));
  }
  return non_empty(std::move(out));
}

}  // namespace

unsigned parse_unsigned(std::string_view name, std::string_view text, unsigned min, unsigned max) {
  unsigned value = 0;
  std::errc ec = std::from_chars(text.data(), text.data() + text.size(), value).ec;
  bool digits_only = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits_only || ec == std::errc::result_out_of_range || value < min || value > max) {
    std::string range = "from " + std::to_string(min) + (max == kMaxPage ? "" : " to " + std::to_string(max));
    throw BadRequest(std::string(name) + " must be a whole number " + range + ", not " + quote_text(text, 40));
  }
  return value;
}

void require_known_parameters(const QueryString& query, const std::vector<std::string_view>& allowed) {
  for (const std::string& key : query.keys())
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      throw BadRequest("unknown parameter " + quote_text(key, 60) + " (this endpoint takes " + list(allowed) + ")");
}

search::SortOrder parse_sort(std::string_view text) {
  if (text == "relevance") return search::SortOrder::Relevance;
  if (text == "newest") return search::SortOrder::Newest;
  if (text == "oldest") return search::SortOrder::Oldest;
  throw BadRequest("sort must be relevance, newest or oldest, not " + quote_text(text, 40));
}

std::string_view sort_name(search::SortOrder sort) {
  switch (sort) {
    case search::SortOrder::Relevance: return "relevance";
    case search::SortOrder::Newest: return "newest";
    case search::SortOrder::Oldest: return "oldest";
  }
  return "relevance";
}

search::SearchRequest search_request_from_query(const QueryString& query) {
  require_known_parameters(query, kSearchParameters);
  search::SearchRequest request;
  if (auto q = query.single("q")) request.q = *q;
  // page and per_page are only range-checked loosely here (a number that fits); the Searcher's
  // rules (1..100, depth) follow in check_request.
  if (auto page = given(query, "page")) request.page = parse_unsigned("page", *page, 1, kMaxPage);
  if (auto per_page = given(query, "per_page")) request.per_page = parse_unsigned("per_page", *per_page, 1, kMaxPage);
  if (auto sort = given(query, "sort")) request.sort = parse_sort(*sort);
  if (auto from = given(query, "from")) request.from = *from;
  if (auto to = given(query, "to")) request.to = *to;
  request.units = non_empty(query.values("unit"));
  request.topics = non_empty(query.values("topic"));
  request.regions = non_empty(query.values("region"));
  if (auto facets = query.single("facets")) request.facets = split_commas(*facets);
  return request;
}

search::SearchRequest search_request_from_json(std::string_view body) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(body.data(), body.size());
  if (doc.HasParseError())
    throw BadRequest(std::string("request body is not valid JSON: ") +
                     rapidjson::GetParseError_En(doc.GetParseError()) + " (at byte " +
                     std::to_string(doc.GetErrorOffset()) + ")");
  if (!doc.IsObject())
    throw BadRequest("request body must be a JSON object like {\"q\": \"remisi\"}, not " + json_type(doc));

  search::SearchRequest request;
  std::vector<std::string> seen;
  for (const auto& member : doc.GetObject()) {
    std::string key(member.name.GetString(), member.name.GetStringLength());
    const rapidjson::Value& v = member.value;
    if (std::find(kSearchParameters.begin(), kSearchParameters.end(), key) == kSearchParameters.end())
      throw BadRequest("unknown key " + quote_text(key, 60) + " in the request body (use " +
                       list(kSearchParameters) + ")");
    if (std::find(seen.begin(), seen.end(), key) != seen.end())
      throw BadRequest("key " + quote_text(key) + " appears twice in the request body");
    seen.push_back(key);
    if (v.IsNull()) continue;
    if (key == "q") request.q = json_string(v, key);
    else if (key == "page") request.page = json_unsigned(v, key, 1, kMaxPage);
    else if (key == "per_page") request.per_page = json_unsigned(v, key, 1, kMaxPage);
    else if (key == "sort") request.sort = parse_sort(json_string(v, key));
    else if (key == "from") request.from = json_string(v, key);
    else if (key == "to") request.to = json_string(v, key);
    else if (key == "unit") request.units = json_strings(v, key);
    else if (key == "topic") request.topics = json_strings(v, key);
    else if (key == "region") request.regions = json_strings(v, key);
    else if (key == "facets") request.facets = v.IsString() ? split_commas(json_string(v, key)) : json_strings(v, key);
  }
  return request;
}

}  // namespace siaran::searchd
