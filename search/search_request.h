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
  // Facet filters, as Facet values show them (or their index::schema::facet_key): OR within a
  // facet, AND across facets; at most 50 values each.
  std::vector<std::string> units;
  std::vector<std::string> topics;
  std::vector<std::string> regions;
  // Which facets to count: "year", "month", "unit", "topic", "region" (search/facets.h).
  std::vector<std::string> facets = {"year", "month", "unit", "topic"};
  bool snippets = true;
};

struct FacetValue {
  std::string value;
  unsigned long long count = 0;
};

struct Facet {
  std::string name;                  // "year" | "month" | "unit" | "topic" | "region"
  // unit/topic/region by count descending, then value; year/month by value, newest first.
  // At most 100, plus every selected value (count 0 when nothing matches it).
  std::vector<FacetValue> values;
};

struct Hit {
  corpus::Document doc;              // body omitted unless asked for (documents/{id})
  double score = 0;                  // relevance weight (0 when sorted by date)
  std::string snippet_html;          // escaped body passage, hits in <mark>
  std::string title_html;            // escaped title, hits in <mark>
};

// Synonyms one query got (search/query_parser.h): the words as the index keys them
// ("lembaga pemasyarakatan") and the alternatives that were searched too ({"lapas"}).
struct SynonymExpansion {
  std::string words;
  std::vector<std::string> synonyms;
  bool operator==(const SynonymExpansion&) const = default;
};

struct SearchResult {
  std::string query;                 // as given
  unsigned long long total = 0;
  bool total_exact = true;           // exact up to 1,000 matches (FacetLimits::sample when
                                     // facets are asked for), Xapian's estimate beyond
  unsigned page = 1, per_page = 10;
  double took_ms = 0;
  std::vector<Hit> hits;
  std::vector<Facet> facets;
  bool facets_exact = true;          // false when counted over a sample (over 10,000 matches)
  std::optional<std::string> suggestion;  // corrected query when a term looks misspelled
  std::vector<SynonymExpansion> expanded;  // synonyms the query was widened with, in query order
  // Searching shards (search/shard_set.h) with some of them down: the answer covers only the
  // others; missing_shards names the ones left out ("tcp://10.0.0.2:33301").
  bool partial = false;
  std::vector<std::string> missing_shards;
};

// A request the user got wrong: becomes HTTP 400 with this message.
struct InvalidRequest : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace siaran::search
