// search::SplitRanking — one ranked match of a local index run as slices of its document ids at
// once, one thread each, merged into the ranking a single Enquire gives.
//
// Why: Xapian 1.4 matches on one thread. At 1M releases a query of common words reads each
// word's whole posting list, tens of milliseconds on one core while the other idles
// (docs/performance.md). Each slice is the query filtered by a range of document ids
// (DocidRange: a PostingSource that skips straight into its range, so a slice reads only its part
// of every posting list), on a Xapian::Database of its own (a Database is not thread-safe) opened
// on the same generation at the same revision. The statistics are the same database's, so every
// document weighs exactly what it weighs in one match. The slices' pages are merged by weight,
// then date (newest first), then document id: the order of
// Enquire::set_sort_by_relevance_then_value(kDateSlot, true).
//
// Splitting pays only while cores are idle: RunningSearch counts the searches running in this
// process, and a search splits only while (searches running) × slices ≤ cores, and the average
// number running when recent searches started is low too (× slices ≤ 1.25 × cores). A busy
// searchd (as many requests in flight as cores) ranks on one thread, as before; so does a
// sharded or remote index, and a database too small to be worth a thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/docid_range.h"

namespace siaran::search {

// Counts a search as running for as long as it lives (see the header).
class RunningSearch {
 public:
  RunningSearch();
  ~RunningSearch();
  RunningSearch(const RunningSearch&) = delete;
  RunningSearch& operator=(const RunningSearch&) = delete;
  static unsigned count();   // searches running now, in this process
  static double recent();    // searches running when the last ~8 started, on average
};

class SplitRanking {
 public:
  // Databases smaller than this rank on one thread. Measured (docs/performance.md, session 5):
  // at 1M releases splitting cut p50/p95/p99 by 1.3-1.7x; at 100k it gained nothing (the page's
  // fixed cost, snippets and stored records, is most of a search there, and a slice's thread and
  // Enquire cost ~0.3 ms).
  static constexpr Xapian::doccount kMinDocuments = 200000;
  // How far over one search per idle core the recent average may be (a second user now and then).
  static constexpr double kBusyMargin = 1.25;

  // Whether to split whatever the other searches are doing (tests of the merge with more slices
  // than cores), or only on idle cores (see the header).
  enum class Load { Aware, Ignored };

  // At most `slices` slices (1: never split; 0: one per core, at most 4), on databases of at
  // least `min_documents`.
  explicit SplitRanking(unsigned slices = 0, Xapian::doccount min_documents = kMinDocuments,
                        Load load = Load::Aware);
  ~SplitRanking();
  SplitRanking(SplitRanking&&) noexcept;
  SplitRanking& operator=(SplitRanking&&) noexcept;

  unsigned slices() const { return slices_; }
  // Ranked matches split so far in this process (for tests and diagnostics).
  static unsigned long long splits();

  struct Ranked {
    Xapian::docid docid;
    double weight;
  };
  struct Page {
    std::vector<Ranked> hits;        // the page, best first
    Xapian::doccount matches = 0;    // documents the slices matched; exact when `exhausted`
    bool exhausted = false;          // every slice's match ended within first + count: always so
                                     // when the page is short
    Xapian::MSet marking;            // the first slice's MSet: its query marks what `query` marks
  };

  // The page [first, first + count) of `query` ranked by relevance (ties: newest, then document
  // id) on `db`, which was opened from `path` (a local generation). nullopt when this search
  // should not split (see the header, or the other handles cannot be brought to `db`'s
  // revision): the caller runs its own Enquire. Xapian errors of a slice are rethrown here.
  std::optional<Page> rank(const Xapian::Database& db, const std::string& path, const Xapian::Query& query,
                           Xapian::doccount first, Xapian::doccount count);

 private:
  bool open_others(const Xapian::Database& db, const std::string& path);

  unsigned slices_;
  Xapian::doccount min_documents_;
  Load load_;
  std::string path_;                      // what others_ were opened from
  std::vector<Xapian::Database> others_;  // slices 1..n-1; slice 0 uses the caller's database
};

}  // namespace siaran::search
