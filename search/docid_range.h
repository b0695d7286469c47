// search::DocidRange — a filter on a range of document ids, for work split or sampled by where a
// document sits in the database (search/split_ranking.h, search/match_estimate.h). Xapian 1.4 has
// no query for it; as a PostingSource it skips straight into its range and reads no posting list.
#pragma once

#include <string>

#include <xapian.h>

namespace siaran::search {

// Matches the document ids [first, last] (whether or not a document has that id): a filter that
// costs no posting list read.
class DocidRange : public Xapian::PostingSource {
 public:
  DocidRange(Xapian::docid first, Xapian::docid last);

  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return size(); }
  Xapian::doccount get_termfreq_max() const override { return size(); }
  void init(const Xapian::Database& db) override;
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }
  DocidRange* clone() const override { return new DocidRange(first_, last_); }
  std::string name() const override { return "siaran::DocidRange"; }

 private:
  Xapian::doccount size() const { return last_ >= first_ ? last_ - first_ + 1 : 0; }

  Xapian::docid first_, last_;
  Xapian::docid current_ = 0;  // 0 before the first next()
};

}  // namespace siaran::search
