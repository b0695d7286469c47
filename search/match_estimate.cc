#include "search/match_estimate.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "search/docid_range.h"

namespace siaran::search {

Xapian::doccount estimate_matches(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount lower,
                                  Xapian::doccount upper, MatchSample sample) {
  const Xapian::docid last = db.get_lastdocid();
  const unsigned ranges = std::max(1u, sample.ranges);
  const Xapian::docid run = std::max<Xapian::docid>(1, static_cast<Xapian::docid>(last * sample.fraction / ranges));
  if (last == 0 || static_cast<double>(run) * ranges >= last) return lower;  // the sample would be the whole

  std::vector<Xapian::Query> runs;
  Xapian::doccount sampled_ids = 0;
  for (unsigned i = 0; i < ranges; ++i) {
    // Each run starts at the same offset inside its stretch of the ids, so runs are evenly spaced.
    const Xapian::docid start = static_cast<Xapian::docid>(uint64_t{last} * i / ranges) + 1;
    const Xapian::docid end = std::min<Xapian::docid>(last, start + run - 1);
    runs.emplace_back((new DocidRange(start, end))->release());
    sampled_ids += end - start + 1;
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(Xapian::Query::OP_OR, runs.begin(), runs.end())));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet counted = enquire.get_mset(0, 0, db.get_doccount());
  const double estimate = std::round(counted.get_matches_estimated() * (static_cast<double>(last) / sampled_ids));
  return std::clamp<Xapian::doccount>(static_cast<Xapian::doccount>(estimate), lower, std::max(lower, upper));
}

}  // namespace siaran::search
