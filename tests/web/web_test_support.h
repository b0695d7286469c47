// Helpers for the web rendering tests: hand-built results, hostile strings, and a small scanner
// of the tags a rendered page contains, to prove a hostile value never became markup.
#pragma once

#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "search/search_request.h"

namespace siaran::web::testing {

// Values that would run script if they reached the page unescaped.
inline const std::string kScriptTag = "<script>alert(1)</script>";
inline const std::string kAttrBreakout = "\"><img src=x onerror=alert(1)>";
inline const std::string kSingleQuoteBreakout = "' onmouseover='alert(1)";
inline const std::string kHostile = kScriptTag + kAttrBreakout + kSingleQuoteBreakout + " & more";

struct Tag {
  std::string name;                 // lower case; "/p" for an end tag
  std::vector<std::string> attributes;  // names, lower case
};

// The start and end tags of `html` in order (comments and the doctype skipped). Assumes what the
// renderers produce: every attribute value double-quoted.
inline std::vector<Tag> scan_tags(const std::string& html) {
  std::vector<Tag> tags;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i);
      if (i == std::string::npos) break;
      continue;
    }
    size_t j = i + 1;
    const bool end = j < html.size() && html[j] == '/';
    if (end) ++j;
    if (j >= html.size() || !std::isalpha(static_cast<unsigned char>(html[j]))) {
      ++i;
      continue;
    }
    Tag tag;
    while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-')) {
      tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
    }
    if (end) tag.name = "/" + tag.name;
    // Attributes up to '>', skipping quoted values.
    while (j < html.size() && html[j] != '>') {
      if (std::isspace(static_cast<unsigned char>(html[j])) || html[j] == '/') {
        ++j;
        continue;
      }
      std::string attr;
      while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) && html[j] != '=' &&
             html[j] != '>') {
        attr += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
      }
      if (!attr.empty()) tag.attributes.push_back(attr);
      if (j < html.size() && html[j] == '=') {
        ++j;
        if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
          const char quote = html[j];
          const size_t close = html.find(quote, j + 1);
          j = close == std::string::npos ? html.size() : close + 1;
        } else {
          while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) && html[j] != '>') ++j;
        }
      }
    }
    tags.push_back(tag);
    i = j;
  }
  return tags;
}

// Every tag name outside `allowed`, and every on* event attribute, found in `html`.
inline std::vector<std::string> unexpected_markup(const std::string& html) {
  static const std::set<std::string> allowed = {
      "html", "head", "meta", "title", "link", "script", "body", "a", "header", "main", "footer", "div",
      "span", "form", "label", "input", "datalist", "option", "button", "details", "summary", "dl", "dt",
      "dd", "code", "p", "h1", "h2", "h3", "nav", "ul", "ol", "li", "section", "aside", "article",
      "time", "mark", "strong", "br", "fieldset", "legend"};
  std::vector<std::string> found;
  for (const Tag& tag : scan_tags(html)) {
    const std::string name = tag.name[0] == '/' ? tag.name.substr(1) : tag.name;
    if (!allowed.count(name)) found.push_back("<" + tag.name + ">");
    for (const auto& a : tag.attributes) {
      if (a.rfind("on", 0) == 0) found.push_back(tag.name + " " + a);
    }
  }
  return found;
}

// <script> elements: the page's own has a src and no content.
inline int inline_scripts(const std::string& html) {
  int n = 0;
  for (size_t i = 0; (i = html.find("<script", i)) != std::string::npos; ++i) {
    const size_t close = html.find('>', i);
    if (html.compare(close + 1, 9, "</script>") != 0) ++n;
  }
  return n;
}

inline search::Hit make_hit(std::string id, std::string title, std::string date = "2022-11-05",
                            std::string unit = "Lapas Kelas IIA Cibinong", std::string topic = "Pembinaan") {
  search::Hit hit;
  hit.doc.id = std::move(id);
  hit.doc.title = std::move(title);
  hit.doc.date = std::move(date);
  hit.doc.unit = std::move(unit);
  hit.doc.topic = std::move(topic);
  hit.doc.source = "INFO_PAS";
  hit.score = 1.5;
  return hit;
}

// A page of results with a few hits and every facet.
inline search::SearchResult sample_result(unsigned long long total = 23, unsigned page = 1) {
  search::SearchResult r;
  r.query = "remisi";
  r.total = total;
  r.page = page;
  r.per_page = 10;
  r.took_ms = 4.2;
  search::Hit a = make_hit("rel-1", "Remisi Idul Fitri di Lapas Cibinong");
  a.title_html = "<mark>Remisi</mark> Idul Fitri di Lapas Cibinong";
  a.snippet_html = "sebanyak 120 WBP menerima <mark>remisi</mark> khusus &amp; pengurangan masa";
  search::Hit b = make_hit("rel-2", "Remisi HUT RI", "2023-08-17", "Lapas Kelas IIA Ambon", "Remisi & Integrasi");
  b.doc.date_inferred = true;
  b.snippet_html = "<mark>remisi</mark> umum";
  r.hits = {a, b};
  r.facets = {
      {"year", {{"2022", 12}, {"2023", 11}}},
      {"month", {{"2022-11", 7}, {"2023-08", 5}, {"2022-02", 3}}},
      {"unit", {{"Lapas Kelas IIA Cibinong", 9}, {"Lapas Kelas IIA Ambon", 6}}},
      {"topic", {{"Pembinaan", 13}, {"Remisi & Integrasi", 10}}},
  };
  return r;
}

}  // namespace siaran::web::testing
