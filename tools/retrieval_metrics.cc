#include "tools/retrieval_metrics.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <stdexcept>

namespace siaran::tools {
namespace {

double gain(int grade) { return grade > 0 ? std::pow(2.0, grade) - 1.0 : 0.0; }
double discount(size_t rank) { return 1.0 / std::log2(static_cast<double>(rank) + 1.0); }

int grade_of(const Judgments& judgments, const std::string& item) {
  auto it = judgments.find(item);
  return it == judgments.end() ? 0 : it->second;
}

}  // namespace

RankingScores score_ranking(const std::vector<std::string>& ranking, const Judgments& judgments, unsigned k) {
  if (k == 0) throw std::invalid_argument("score_ranking: k must be at least 1");
  std::vector<int> ideal;
  for (const auto& [item, grade] : judgments) {
    if (grade > 0) ideal.push_back(grade);
  }
  if (ideal.empty()) throw std::invalid_argument("score_ranking: no judged item is relevant");
  std::sort(ideal.begin(), ideal.end(), std::greater<int>());

  RankingScores scores;
  std::set<std::string> seen;
  size_t rank = 0, relevant_in_k = 0, relevant_at_1 = 0;
  double dcg = 0;
  for (const std::string& item : ranking) {
    if (!seen.insert(item).second) continue;  // a repeat counts at its first rank only
    ++rank;
    const int grade = grade_of(judgments, item);
    if (grade <= 0) continue;
    if (scores.first_relevant_rank == 0) scores.first_relevant_rank = static_cast<unsigned>(rank);
    if (rank > k) break;  // nothing below k counts, and the first relevant rank is known
    ++relevant_in_k;
    if (rank == 1) relevant_at_1 = 1;
    dcg += gain(grade) * discount(rank);
  }
  double ideal_dcg = 0;
  for (size_t i = 0; i < ideal.size() && i < k; ++i) ideal_dcg += gain(ideal[i]) * discount(i + 1);

  const double relevant = static_cast<double>(ideal.size());
  if (scores.first_relevant_rank != 0 && scores.first_relevant_rank <= k) {
    scores.reciprocal_rank = 1.0 / scores.first_relevant_rank;
  }
  scores.recall_at_1 = relevant_at_1 / relevant;
  scores.recall_at_k = static_cast<double>(relevant_in_k) / relevant;
  scores.ndcg_at_k = dcg / ideal_dcg;
  return scores;
}

void MetricAverages::add(const RankingScores& scores) {
  ++queries_;
  if (scores.reciprocal_rank > 0) ++found_;
  reciprocal_rank_ += scores.reciprocal_rank;
  recall_at_1_ += scores.recall_at_1;
  recall_at_k_ += scores.recall_at_k;
  ndcg_ += scores.ndcg_at_k;
}

double sign_test_p(size_t wins, size_t losses) {
  const size_t n = wins + losses, fewer = std::min(wins, losses);
  if (n == 0) return 1.0;
  double tail = 0;  // P(X <= fewer), X ~ Binomial(n, 1/2), summed in logs so large n cannot overflow
  for (size_t i = 0; i <= fewer; ++i) {
    tail += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) - n * std::log(2.0));
  }
  return std::min(1.0, 2 * tail);
}

}  // namespace siaran::tools
