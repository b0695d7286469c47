#include "search/docid_range.h"

#include <algorithm>

namespace siaran::search {

DocidRange::DocidRange(Xapian::docid first, Xapian::docid last) : first_(std::max<Xapian::docid>(first, 1)), last_(last) {}

void DocidRange::init(const Xapian::Database&) { current_ = 0; }

void DocidRange::next(double) { current_ = current_ < first_ ? first_ : current_ + 1; }

void DocidRange::skip_to(Xapian::docid did, double) {
  if (did > current_) current_ = std::max(did, first_);
}

}  // namespace siaran::search
