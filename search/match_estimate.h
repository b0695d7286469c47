// search::estimate_matches — how many documents a query matches, from an exact count over a fixed
// sample of the document ids, for when the counting match stopped at its bound.
//
// Why: totals are exact up to a bound (1,000 matches, 10,000 with facets); beyond it they were
// Xapian's estimate, and Xapian 1.4 estimates a weightless match that stopped at its bound as
// little more than the bound itself. At 1M releases "warga binaan" showed ~10,000 for a true
// 133,697, and a date-filtered query ~10,000 for 51,979; facet samples were scaled by the same
// figure (docs/performance.md, session 5). Xapian's own estimate from term statistics is worse
// still for phrases and value ranges (40 for a true 21,214).
//
// The sample is `ranges` equal runs of document ids spread evenly over the database, about
// `fraction` of it in all: counting the query inside them reads ~that fraction of each posting
// list (DocidRange skips between runs). Spread runs rather than one block, because document ids
// follow the order releases were indexed in, which is often by date. At 1% of 1M releases a
// query with 20,000 matches is counted over ~200 of them: within ~7% (one standard deviation).
// Only for a local database (not sharded: shards number their documents apart).
#pragma once

#include <xapian.h>

namespace siaran::search {

struct MatchSample {
  double fraction = 0.01;  // of the document ids counted
  unsigned ranges = 32;    // runs they are split into
};

// The estimated number of documents `query` matches in `db`, at least `lower` and at most
// `upper` (the bounds the stopped match knows).
Xapian::doccount estimate_matches(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount lower,
                                  Xapian::doccount upper, MatchSample sample = {});

}  // namespace siaran::search
