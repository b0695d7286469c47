#include "searchd/json_encoder.h"

#include <cmath>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace siaran::searchd {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void string(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void string_or_null(Writer& w, std::string_view s) {
  if (s.empty()) w.Null();
  else string(w, s);
}

void key(Writer& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }

// Milliseconds to the microsecond: more digits are noise.
double rounded(double value, double unit) { return std::round(value / unit) * unit; }

// The metadata a hit and a whole document both carry, in the same order.
void metadata(Writer& w, const corpus::Document& d) {
  key(w, "url"); string_or_null(w, d.url);
  key(w, "date"); string_or_null(w, d.date);
  key(w, "date_inferred"); w.Bool(d.date_inferred);
  key(w, "unit"); string_or_null(w, d.unit);
  key(w, "unit_inferred"); w.Bool(d.unit_inferred);
  key(w, "region"); string_or_null(w, d.region);
  key(w, "topic"); string_or_null(w, d.topic);
  key(w, "topic_inferred"); w.Bool(d.topic_inferred);
}

void hit(Writer& w, const search::Hit& h) {
  const corpus::Document& d = h.doc;
  w.StartObject();
  key(w, "id"); string(w, d.id);
  key(w, "title"); string(w, d.title);
  key(w, "title_html"); string(w, h.title_html);
  metadata(w, d);
  key(w, "score"); w.Double(std::isfinite(h.score) ? h.score : 0.0);
  key(w, "snippet"); string(w, h.snippet_html);
  w.EndObject();
}

void hits(Writer& w, const std::vector<search::Hit>& list) {
  w.StartArray();
  for (const search::Hit& h : list) hit(w, h);
  w.EndArray();
}

std::string done(const rapidjson::StringBuffer& buffer) { return {buffer.GetString(), buffer.GetSize()}; }

}  // namespace

std::string encode_search_result(const search::SearchResult& r) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  key(w, "query"); string(w, r.query);
  key(w, "total"); w.Uint64(r.total);
  key(w, "total_exact"); w.Bool(r.total_exact);
  key(w, "page"); w.Uint(r.page);
  key(w, "per_page"); w.Uint(r.per_page);
  key(w, "took_ms"); w.Double(rounded(r.took_ms, 0.001));
  key(w, "hits"); hits(w, r.hits);
  key(w, "facets");
  w.StartObject();
  for (const search::Facet& f : r.facets) {
    key(w, f.name);
    w.StartArray();
    for (const search::FacetValue& v : f.values) {
      w.StartObject();
      key(w, "value"); string(w, v.value);
      key(w, "count"); w.Uint64(v.count);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  key(w, "facets_exact"); w.Bool(r.facets_exact);
  key(w, "suggestion");
  if (r.suggestion) string(w, *r.suggestion);
  else w.Null();
  key(w, "expanded");
  w.StartObject();
  for (const search::SynonymExpansion& e : r.expanded) {
    key(w, e.words);
    w.StartArray();
    for (const std::string& synonym : e.synonyms) string(w, synonym);
    w.EndArray();
  }
  w.EndObject();
  key(w, "partial"); w.Bool(r.partial);
  key(w, "missing_shards");
  w.StartArray();
  for (const std::string& shard : r.missing_shards) string(w, shard);
  w.EndArray();
  w.EndObject();
  return done(buffer);
}

std::string encode_document(const corpus::Document& d) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  key(w, "id"); string(w, d.id);
  key(w, "title"); string(w, d.title);
  metadata(w, d);
  key(w, "author"); string_or_null(w, d.author);
  key(w, "body"); string(w, d.body);
  key(w, "source"); string_or_null(w, d.source);
  key(w, "place"); string_or_null(w, d.place);
  w.EndObject();
  return done(buffer);
}

std::string encode_similar(std::string_view id, const std::vector<search::Hit>& list) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  key(w, "id"); string(w, id);
  key(w, "hits"); hits(w, list);
  w.EndObject();
  return done(buffer);
}

std::string encode_suggestions(std::string_view query, const std::vector<std::string>& suggestions) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  key(w, "query"); string(w, query);
  key(w, "suggestions");
  w.StartArray();
  for (const std::string& s : suggestions) string(w, s);
  w.EndArray();
  w.EndObject();
  return done(buffer);
}

std::string encode_health(const search::IndexInfo& info, std::optional<double> age_seconds) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  key(w, "status"); string(w, "ok");
  key(w, "documents"); w.Uint64(info.documents);
  key(w, "generation"); string(w, info.generation);
  key(w, "built_at"); string_or_null(w, info.built_at);
  key(w, "age_seconds");
  if (age_seconds) w.Double(rounded(*age_seconds, 0.001));
  else w.Null();
  key(w, "stemmer"); string_or_null(w, info.stemmer);
  w.EndObject();
  return done(buffer);
}

}  // namespace siaran::searchd
