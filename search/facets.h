// search::facets — counting matches per year, month, unit, topic and region, disjunctively:
// the counts of a facet the request filters on are taken with that facet's own filter removed
// (the others kept), so a reader who ticked one unit still sees how many matches every other
// unit has — the numbers a list of checkboxes needs.
//
// Counts come from the facet's value slot (index/schema.h): through a FacetTable of the database
// revision when there is one (search/facets_table.h: the slot's values as codes, one array look-up
// per match), else Xapian::ValueCountMatchSpy (remote shards). They are exact while a match has at
// most FacetLimits::sample documents; beyond that Xapian stops after `sample` documents and each
// count is that sample's count scaled to the estimated total (facets_exact = false).
//
// Order of values: unit, topic and region by count (descending), then value; year and month by
// value, newest first (a timeline). At most FacetLimits::max_values values per facet, plus any
// selected value, which is always listed (with count 0 if nothing matches it).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/facets_table.h"
#include "search/search_request.h"

namespace siaran::search {

struct FacetSpec {
  std::string_view name;           // as in SearchRequest::facets and Facet::name
  unsigned slot;                   // index::schema::Slot holding the displayed value
  std::string_view filter_prefix;  // boolean term prefix for filtering; "" if not filterable
  bool chronological;              // list newest first instead of by count
};

// year, month, unit, topic, region.
const std::vector<FacetSpec>& facet_specs();
const FacetSpec* find_facet(std::string_view name);  // nullptr when unknown

struct FacetLimits {
  // Matches counted exactly. Each requested facet reads one value per match counted, and the
  // main match must look this far (no early termination), so the bound is what a broad query
  // pays: at 100k releases counting all matches took ~35 of 59 ms a query
  // (docs/performance-history.md). Beyond it counts are the first 10,000 matches' scaled to the
  // estimated total and facets_exact is false.
  Xapian::doccount sample = 10000;
  size_t max_values = 100;           // values listed per facet
  size_t max_selected = 50;          // values a request may select per facet
};

// The facet values a request selects: OR within a facet, AND across facets.
class FacetSelection {
 public:
  // Selects `values` (as displayed, or their facet keys; blanks ignored). Throws InvalidRequest
  // for a facet that cannot filter, or more than FacetLimits::max_selected values.
  void select(const FacetSpec& facet, const std::vector<std::string>& values,
              const FacetLimits& limits = {});

  bool selects(const FacetSpec& facet) const;
  const std::vector<std::string>& keys(const FacetSpec& facet) const;    // index::schema::facet_key
  const std::vector<std::string>& values(const FacetSpec& facet) const;  // as given, same order

  // The boolean filter of every selected facet except `except`; an empty Query when none.
  Xapian::Query filter(const FacetSpec* except = nullptr) const;

 private:
  struct Selected {
    const FacetSpec* facet;
    std::vector<std::string> keys;
    std::vector<std::string> shown;
  };
  std::vector<Selected> selected_;
};

// Counts the requested facets of one search.
class FacetCounter {
 public:
  // `table`: the FacetTable of the database searched (FacetTable::of); nullptr to read the value
  // slots through ValueCountMatchSpy instead.
  FacetCounter(std::vector<const FacetSpec*> requested, const FacetSelection& selection,
               FacetLimits limits = {}, std::shared_ptr<const FacetTable> table = nullptr);
  ~FacetCounter();

  // Spies on the main match for the facets the request does not filter on (their counts are
  // the main match's). Call before Enquire::get_mset.
  void attach(Xapian::Enquire& main);
  bool attached_any() const { return !main_spies_.empty() || main_codes_ != nullptr; }
  Xapian::doccount sample() const { return limits_.sample; }

  // The facets, in the order requested. `unfiltered` is the main query without the facet
  // selections (dates and words kept): facets the request filters on are counted on it, with
  // the other facets' filters, in one extra match each. `main_total`, when not 0, is the main
  // match's size as the caller estimated it (search/match_estimate.h), better than the MSet's
  // once a weightless match stopped at the sample bound: the main facets' samples scale to it.
  std::vector<Facet> collect(const Xapian::Database& db, const Xapian::MSet& main,
                             const Xapian::Query& unfiltered, bool& exact,
                             unsigned long long main_total = 0) const;

 private:
  using Counts = std::vector<std::pair<std::string, Xapian::doccount>>;  // (value, matches)

  bool coded(const FacetSpec& spec) const;  // counted through table_
  Counts counts_of(const FacetSpec& spec, const Xapian::Database& db, const Xapian::Query& query,
                   Xapian::MSet& mset, Xapian::doccount& seen) const;
  // `total`: the match's estimated size to scale to, when not 0 (else `mset`'s estimate).
  Facet to_facet(const FacetSpec& spec, Counts counts, Xapian::doccount seen, const Xapian::MSet& mset,
                 bool& exact, unsigned long long total = 0) const;

  std::vector<const FacetSpec*> requested_;
  const FacetSelection& selection_;
  FacetLimits limits_;
  std::shared_ptr<const FacetTable> table_;
  std::unique_ptr<FacetCodeSpy> main_codes_;  // the coded facets not selected, on the main match
  std::vector<std::pair<const FacetSpec*, std::unique_ptr<Xapian::ValueCountMatchSpy>>> main_spies_;
};

}  // namespace siaran::search
