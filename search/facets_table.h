// search::FacetTable — every document's facet values (the value slots of facet_specs(): year,
// month, unit, topic, region) as small integer codes, read once per database revision from
// Xapian's value streams. Counting a facet over 10,000 matches is then 10,000 array look-ups
// instead of 10,000 value reads and string-map insertions: Xapian::ValueCountMatchSpy on four
// slots was ~22% of a whole search at 100k releases (callgrind, docs/performance-history.md).
//
// One table per database revision, shared by every Searcher of the process that has that revision
// open (FacetTable::of builds it for the first one to ask, the others wait for it); the two most
// recently asked for are kept, so an update's commit or a new generation costs one rebuild.
// Memory: 2 bytes per document id per facet (10 MB for 1M releases), plus the distinct values.
// Build time: one pass over each facet slot's value stream (~10 ms per 100k releases).
//
// Only for a database with one sub-database (Database::get_revision answers): a stub of several
// shards or a remote database gets nullptr, and FacetCounter falls back to ValueCountMatchSpy,
// which the remote protocol knows how to run on each shard and merge.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace siaran::search {

class FacetTable {
 public:
  using Code = uint16_t;  // 0: the document has no value in that slot (or does not exist)

  // The shared table of `db`'s current revision; nullptr when `db` has no single revision.
  static std::shared_ptr<const FacetTable> of(const Xapian::Database& db);

  // Reads every facet slot of `db` (facet_specs() order: column i is facet_specs()[i]).
  explicit FacetTable(const Xapian::Database& db);

  // False for a slot with more distinct values than a Code holds (then count it another way).
  bool usable(size_t column) const { return usable_[column]; }
  Code code(size_t column, Xapian::docid did) const {
    const std::vector<Code>& codes = codes_[column];
    return did < codes.size() ? codes[did] : 0;
  }
  const std::string& value(size_t column, Code code) const { return values_[column][code]; }
  size_t distinct(size_t column) const { return values_[column].size(); }  // codes, 0 included
  size_t bytes() const;  // memory held, for the docs

 private:
  std::vector<std::vector<std::string>> values_;  // per column: code -> value ("" at 0)
  std::vector<std::vector<Code>> codes_;          // per column: docid -> code
  std::vector<bool> usable_;
};

// Counts the codes of some facet columns over the documents Xapian shows it (one spy for all
// the facets of a match). Local databases only: it has no name() and cannot be serialised.
class FacetCodeSpy : public Xapian::MatchSpy {
 public:
  FacetCodeSpy(std::shared_ptr<const FacetTable> table, std::vector<size_t> columns);

  void operator()(const Xapian::Document& doc, double weight) override;

  Xapian::doccount seen() const { return seen_; }  // documents shown to the spy
  // (value, count) of `column` (one of the columns given), values with a count only.
  std::vector<std::pair<std::string, Xapian::doccount>> counts(size_t column) const;

 private:
  std::shared_ptr<const FacetTable> table_;
  std::vector<size_t> columns_;
  std::vector<std::vector<Xapian::doccount>> counts_;  // parallel to columns_, by code
  Xapian::doccount seen_ = 0;
};

}  // namespace siaran::search
