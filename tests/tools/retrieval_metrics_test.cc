// The measures of siaran-retrieval-eval on tiny rankings worked out by hand.
#include <cmath>
#include <stdexcept>

#include <gtest/gtest.h>

#include "tools/retrieval_metrics.h"

namespace siaran::tools {
namespace {

TEST(RetrievalMetrics, KnownItemFoundThirdScoresAThird) {
  const RankingScores s = score_ranking({"a", "b", "x", "c"}, {{"x", 1}}, 10);
  EXPECT_DOUBLE_EQ(s.reciprocal_rank, 1.0 / 3);
  EXPECT_EQ(s.first_relevant_rank, 3u);
  EXPECT_DOUBLE_EQ(s.recall_at_1, 0.0);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 1.0);
  // DCG = (2^1-1)/log2(4) = 0.5; ideal = 1/log2(2) = 1
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 0.5);
}

TEST(RetrievalMetrics, FirstRankIsPerfect) {
  const RankingScores s = score_ranking({"x", "a"}, {{"x", 2}}, 10);
  EXPECT_DOUBLE_EQ(s.reciprocal_rank, 1.0);
  EXPECT_DOUBLE_EQ(s.recall_at_1, 1.0);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 1.0);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 1.0);
}

TEST(RetrievalMetrics, BelowTheCutoffScoresNothingButTheRankIsKept) {
  const RankingScores s = score_ranking({"a", "b", "x"}, {{"x", 1}}, 2);
  EXPECT_DOUBLE_EQ(s.reciprocal_rank, 0.0);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 0.0);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 0.0);
  EXPECT_EQ(s.first_relevant_rank, 3u);
}

TEST(RetrievalMetrics, NotRetrievedAtAll) {
  const RankingScores s = score_ranking({"a", "b"}, {{"x", 1}}, 10);
  EXPECT_EQ(s.first_relevant_rank, 0u);
  EXPECT_DOUBLE_EQ(s.reciprocal_rank, 0.0);
  EXPECT_DOUBLE_EQ(score_ranking({}, {{"x", 1}}, 10).ndcg_at_k, 0.0);
}

TEST(RetrievalMetrics, GradedJudgmentsAndPartialRecall) {
  // Relevant: p (2), q (1), r (1, never retrieved). Ranking: q, n, p.
  const Judgments j{{"p", 2}, {"q", 1}, {"r", 1}, {"n", 0}};
  const RankingScores s = score_ranking({"q", "n", "p"}, j, 10);
  EXPECT_DOUBLE_EQ(s.reciprocal_rank, 1.0);
  EXPECT_DOUBLE_EQ(s.recall_at_1, 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 2.0 / 3);
  const double dcg = 1.0 / std::log2(2.0) + 3.0 / std::log2(4.0);                       // q, then p at 3
  const double ideal = 3.0 / std::log2(2.0) + 1.0 / std::log2(3.0) + 1.0 / std::log2(4.0);  // p, q, r
  EXPECT_NEAR(s.ndcg_at_k, dcg / ideal, 1e-12);
}

TEST(RetrievalMetrics, IdealIsCutAtKToo) {
  // Two relevant items, k = 1: the ideal top 1 holds one of them, so a perfect top 1 scores 1.
  const RankingScores s = score_ranking({"p", "q"}, {{"p", 1}, {"q", 1}}, 1);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 1.0);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 0.5);
}

TEST(RetrievalMetrics, ARepeatedItemCountsOnceAtItsFirstRank) {
  // The second "a" is skipped, so x is at rank 2, not 3, and "a" is not counted twice.
  const RankingScores s = score_ranking({"a", "a", "x"}, {{"a", 1}, {"x", 1}}, 10);
  EXPECT_DOUBLE_EQ(s.recall_at_k, 1.0);
  EXPECT_DOUBLE_EQ(s.ndcg_at_k, 1.0);
}

TEST(RetrievalMetrics, RefusesWhatCannotBeScored) {
  EXPECT_THROW(score_ranking({"a"}, {{"a", 1}}, 0), std::invalid_argument);
  EXPECT_THROW(score_ranking({"a"}, {}, 10), std::invalid_argument);
  EXPECT_THROW(score_ranking({"a"}, {{"a", 0}}, 10), std::invalid_argument);
}

TEST(RetrievalMetrics, AveragesOverQueries) {
  MetricAverages averages;
  EXPECT_DOUBLE_EQ(averages.mrr(), 0.0);
  averages.add(score_ranking({"x"}, {{"x", 1}}, 10));            // RR 1
  averages.add(score_ranking({"a", "x"}, {{"x", 1}}, 10));       // RR 1/2
  averages.add(score_ranking({"a", "b"}, {{"x", 1}}, 10));       // not found
  EXPECT_EQ(averages.queries(), 3u);
  EXPECT_EQ(averages.found_in_top_k(), 2u);
  EXPECT_DOUBLE_EQ(averages.mrr(), 0.5);
  EXPECT_DOUBLE_EQ(averages.recall_at_1(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(averages.recall_at_k(), 2.0 / 3);
}

}  // namespace
}  // namespace siaran::tools

namespace siaran::tools {
namespace {

TEST(SignTest, TwoSidedBinomialTail) {
  EXPECT_DOUBLE_EQ(sign_test_p(0, 0), 1.0);
  EXPECT_NEAR(sign_test_p(5, 0), 2.0 / 32, 1e-12);  // 5 of 5 one way: 2 * (1/2)^5
  EXPECT_NEAR(sign_test_p(0, 5), 2.0 / 32, 1e-12);
  EXPECT_NEAR(sign_test_p(3, 1), 2 * 5.0 / 16, 1e-12);  // P(X <= 1) = (1 + 4) / 16
  EXPECT_DOUBLE_EQ(sign_test_p(4, 4), 1.0);             // an even split is capped at 1
  EXPECT_LT(sign_test_p(900, 100), 1e-100);             // large n stays finite
  EXPECT_GT(sign_test_p(21, 17), 0.5);
}

}  // namespace
}  // namespace siaran::tools
