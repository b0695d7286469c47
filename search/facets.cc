#include "search/facets.h"

#include <algorithm>
#include <cmath>

#include "index/schema.h"

namespace siaran::search {

namespace schema = index::schema;

const std::vector<FacetSpec>& facet_specs() {
  static const std::vector<FacetSpec> specs = {
      {"year", schema::kYearSlot, "", true},
      {"month", schema::kMonthSlot, "", true},
      {"unit", schema::kUnitSlot, schema::kUnitFilter, false},
      {"topic", schema::kTopicSlot, schema::kTopicFilter, false},
      {"region", schema::kRegionSlot, schema::kRegionFilter, false},
  };
  return specs;
}

const FacetSpec* find_facet(std::string_view name) {
  for (const FacetSpec& spec : facet_specs()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

// FacetSelection ----------------------------------------------------------------------------

void FacetSelection::select(const FacetSpec& facet, const std::vector<std::string>& values,
                            const FacetLimits& limits) {
  std::vector<std::string> keys, shown;
  for (const std::string& value : values) {
    std::string key = schema::facet_key(value);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) {
      keys.push_back(key);
      shown.push_back(value);
    }
  }
  if (keys.empty()) return;
  if (facet.filter_prefix.empty()) {
    throw InvalidRequest("cannot filter on " + std::string(facet.name) + " (use from and to for dates)");
  }
  if (keys.size() > limits.max_selected) {
    throw InvalidRequest("too many " + std::string(facet.name) + " values (" +
                         std::to_string(keys.size()) + "; limit " +
                         std::to_string(limits.max_selected) + ")");
  }
  for (Selected& s : selected_) {
    if (s.facet == &facet) {
      s.keys = std::move(keys);
      s.shown = std::move(shown);
      return;
    }
  }
  selected_.push_back({&facet, std::move(keys), std::move(shown)});
}

bool FacetSelection::selects(const FacetSpec& facet) const {
  return std::any_of(selected_.begin(), selected_.end(),
                     [&](const Selected& s) { return s.facet == &facet; });
}

const std::vector<std::string>& FacetSelection::keys(const FacetSpec& facet) const {
  static const std::vector<std::string> none;
  for (const Selected& s : selected_) {
    if (s.facet == &facet) return s.keys;
  }
  return none;
}

const std::vector<std::string>& FacetSelection::values(const FacetSpec& facet) const {
  static const std::vector<std::string> none;
  for (const Selected& s : selected_) {
    if (s.facet == &facet) return s.shown;
  }
  return none;
}

Xapian::Query FacetSelection::filter(const FacetSpec* except) const {
  std::vector<Xapian::Query> per_facet;
  for (const Selected& s : selected_) {
    if (s.facet == except) continue;
    std::vector<Xapian::Query> terms;
    for (const std::string& key : s.keys) terms.emplace_back(std::string(s.facet->filter_prefix) + key);
    per_facet.emplace_back(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }
  if (per_facet.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, per_facet.begin(), per_facet.end());
}

// FacetCounter ------------------------------------------------------------------------------

namespace {

size_t column_of(const FacetSpec& spec) { return static_cast<size_t>(&spec - facet_specs().data()); }

std::vector<std::pair<std::string, Xapian::doccount>> counts_of_spy(const Xapian::ValueCountMatchSpy& spy) {
  std::vector<std::pair<std::string, Xapian::doccount>> counts;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) counts.emplace_back(*it, it.get_termfreq());
  return counts;
}

}  // namespace

FacetCounter::FacetCounter(std::vector<const FacetSpec*> requested, const FacetSelection& selection,
                           FacetLimits limits, std::shared_ptr<const FacetTable> table)
    : requested_(std::move(requested)), selection_(selection), limits_(limits), table_(std::move(table)) {}

FacetCounter::~FacetCounter() = default;

bool FacetCounter::coded(const FacetSpec& spec) const { return table_ && table_->usable(column_of(spec)); }

void FacetCounter::attach(Xapian::Enquire& main) {
  std::vector<size_t> columns;
  for (const FacetSpec* spec : requested_) {
    if (selection_.selects(*spec)) continue;
    if (coded(*spec)) {
      columns.push_back(column_of(*spec));
      continue;
    }
    auto spy = std::make_unique<Xapian::ValueCountMatchSpy>(spec->slot);
    main.add_matchspy(spy.get());
    main_spies_.emplace_back(spec, std::move(spy));
  }
  if (!columns.empty()) {
    main_codes_ = std::make_unique<FacetCodeSpy>(table_, std::move(columns));
    main.add_matchspy(main_codes_.get());
  }
}

std::vector<Facet> FacetCounter::collect(const Xapian::Database& db, const Xapian::MSet& main,
                                         const Xapian::Query& unfiltered, bool& exact,
                                         unsigned long long main_total) const {
  std::vector<Facet> facets;
  for (const FacetSpec* spec : requested_) {
    if (!selection_.selects(*spec)) {
      if (coded(*spec)) {
        facets.push_back(
            to_facet(*spec, main_codes_->counts(column_of(*spec)), main_codes_->seen(), main, exact, main_total));
        continue;
      }
      auto attached = std::find_if(main_spies_.begin(), main_spies_.end(),
                                   [&](const auto& entry) { return entry.first == spec; });
      if (attached != main_spies_.end()) {
        const Xapian::ValueCountMatchSpy& spy = *attached->second;
        facets.push_back(to_facet(*spec, counts_of_spy(spy), spy.get_total(), main, exact, main_total));
        continue;
      }
    }
    // Disjunctive: this facet's own selection removed, the other facets' kept.
    Xapian::Query query = unfiltered;
    Xapian::Query others = selection_.filter(spec);
    if (!others.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, others);
    Xapian::MSet mset;
    Xapian::doccount seen = 0;
    Counts counts = counts_of(*spec, db, query, mset, seen);
    facets.push_back(to_facet(*spec, std::move(counts), seen, mset, exact));
  }
  return facets;
}

// One facet over its own match: unweighted, as far as the sample bound.
FacetCounter::Counts FacetCounter::counts_of(const FacetSpec& spec, const Xapian::Database& db,
                                             const Xapian::Query& query, Xapian::MSet& mset,
                                             Xapian::doccount& seen) const {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());  // counting only
  if (coded(spec)) {
    FacetCodeSpy spy(table_, {column_of(spec)});
    enquire.add_matchspy(&spy);
    mset = enquire.get_mset(0, 0, limits_.sample);
    seen = spy.seen();
    return spy.counts(column_of(spec));
  }
  Xapian::ValueCountMatchSpy spy(spec.slot);
  enquire.add_matchspy(&spy);
  mset = enquire.get_mset(0, 0, limits_.sample);
  seen = spy.get_total();
  return counts_of_spy(spy);
}

Facet FacetCounter::to_facet(const FacetSpec& spec, Counts counts, Xapian::doccount seen_docs,
                             const Xapian::MSet& mset, bool& exact, unsigned long long total) const {
  // Every match seen, or a sample to scale up.
  const double seen = seen_docs;
  const double matches = total > 0 ? static_cast<double>(total) : mset.get_matches_estimated();
  const bool complete = mset.get_matches_lower_bound() == mset.get_matches_upper_bound() && seen >= matches;
  if (!complete) exact = false;
  const double scale = complete || seen == 0 ? 1.0 : matches / seen;

  Facet facet;
  facet.name = std::string(spec.name);
  for (auto& [value, count] : counts) {
    facet.values.push_back({std::move(value), static_cast<unsigned long long>(std::llround(count * scale))});
  }
  if (spec.chronological) {
    std::sort(facet.values.begin(), facet.values.end(),
              [](const FacetValue& a, const FacetValue& b) { return a.value > b.value; });
  } else {
    std::sort(facet.values.begin(), facet.values.end(), [](const FacetValue& a, const FacetValue& b) {
      return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
  }

  // Trim to max_values, keeping every selected value (listed with 0 when nothing matches it).
  const std::vector<std::string>& selected = selection_.keys(spec);
  auto is_selected = [&](const FacetValue& v) {
    return std::find(selected.begin(), selected.end(), schema::facet_key(v.value)) != selected.end();
  };
  std::vector<FacetValue> kept;
  std::vector<std::string> found;
  for (FacetValue& v : facet.values) {
    bool chosen = !selected.empty() && is_selected(v);
    if (chosen) found.push_back(schema::facet_key(v.value));
    if (kept.size() < limits_.max_values || chosen) kept.push_back(std::move(v));
  }
  for (size_t i = 0; i < selected.size(); ++i) {
    if (std::find(found.begin(), found.end(), selected[i]) == found.end()) {
      kept.push_back({selection_.values(spec)[i], 0});
    }
  }
  facet.values = std::move(kept);
  return facet;
}

}  // namespace siaran::search
