// search::SearchRequest / SearchResult — what a search asks and answers, independent of HTTP, so
// the same Searcher serves the JSON API, the web form, the CLI and the tests.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "corpus/document.h"

namespace siaran::search {

enum class SortOrder { Relevance, Newest, Oldest };

struct SearchRequest {
  std::string q;                     // the query language of search/query_parser.h; may be empty
  unsigned page = 1;                 // from 1
  unsigned per_page = 10;            // 1..100
  SortOrder sort = SortOrder::Relevance;  // an empty q with filters lists newest first
  std::string from, to;              // "YYYY-MM-DD" inclusive bounds, or ""
  std::vector<std::string> units;    // OR within a facet, AND across facets
  std::vector<std::string> topics;
  std::vector<std::string> facets = {"year", "month", "unit", "topic"};  // which facets to count
  bool snippets = true;
};

struct FacetValue {
  std::string value;
  unsigned long long count = 0;
};

struct Facet {
  std::string name;                  // "year" | "month" | "unit" | "topic"
  std::vector<FacetValue> values;    // by count descending, then value
};

struct Hit {
  corpus::Document doc;              // body omitted unless asked for (documents/{id})
  double score = 0;                  // relevance weight (0 when sorted by date)
  std::string snippet_html;          // escaped body passage, hits in <mark>
  std::string title_html;            // escaped title, hits in <mark>
};

struct SearchResult {
  std::string query;                 // as given
  unsigned long long total = 0;
  bool total_exact = true;
  unsigned page = 1, per_page = 10;
  double took_ms = 0;
  std::vector<Hit> hits;
  std::vector<Facet> facets;
  bool facets_exact = true;          // false when counted over a sample of the matches
  std::optional<std::string> suggestion;  // corrected query when a term looks misspelled
};

// A request the user got wrong: becomes HTTP 400 with this message.
struct InvalidRequest : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace siaran::search
