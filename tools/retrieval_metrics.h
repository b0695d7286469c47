// tools::retrieval_metrics — the effectiveness measures of siaran-retrieval-eval, on one ranking
// at a time and averaged over a query set. Pure functions of (ranking, judgments): no index.
//
//   reciprocal rank @k   1 / rank of the first relevant item within the top k, else 0
//                        (its mean over queries is MRR@k)
//   recall @k            relevant items in the top k / all relevant items (a query without
//                        relevant items is not scored)
//   nDCG @k              DCG of the top k, gain 2^grade - 1 discounted by log2(rank + 1),
//                        divided by the DCG of the ideal order of every judged item
//
// Items are strings (document ids, or the canonical id of a group of duplicates). An item that
// appears twice in a ranking counts at its first rank only, so a ranking that repeats itself is
// not rewarded twice; unjudged items have grade 0 (not relevant).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace siaran::tools {

// Item -> grade; grade > 0 is relevant (1 partly relevant, 2 what the query is about, ...).
using Judgments = std::map<std::string, int>;

struct RankingScores {
  double reciprocal_rank = 0;  // @k
  double recall_at_1 = 0;
  double recall_at_k = 0;
  double ndcg_at_k = 0;
  unsigned first_relevant_rank = 0;  // 1-based rank of the first relevant item anywhere in the
                                     // ranking (not only the top k); 0 when none
};

// Scores one ranking (best first) against its judgments, cut at `k` (k >= 1). Throws
// std::invalid_argument when k is 0 or no judged item is relevant.
RankingScores score_ranking(const std::vector<std::string>& ranking, const Judgments& judgments, unsigned k);

// The mean of each measure over the queries added so far.
class MetricAverages {
 public:
  void add(const RankingScores& scores);
  size_t queries() const { return queries_; }
  size_t found_in_top_k() const { return found_; }  // queries with a relevant item in the top k
  double mrr() const { return mean(reciprocal_rank_); }
  double recall_at_1() const { return mean(recall_at_1_); }
  double recall_at_k() const { return mean(recall_at_k_); }
  double ndcg() const { return mean(ndcg_); }

 private:
  double mean(double sum) const { return queries_ ? sum / static_cast<double>(queries_) : 0.0; }
  size_t queries_ = 0, found_ = 0;
  double reciprocal_rank_ = 0, recall_at_1_ = 0, recall_at_k_ = 0, ndcg_ = 0;
};

// Two-sided sign test for a paired comparison: the probability of a split at least as uneven as
// `wins` against `losses` (ties left out) if each changed query were a fair coin toss. Tells
// whether a handful of wins over losses means anything. 1 when both are 0.
double sign_test_p(size_t wins, size_t losses);

}  // namespace siaran::tools
