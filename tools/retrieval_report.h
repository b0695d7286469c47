// tools::retrieval_report — evaluates one query set against indexes built in each configuration
// (stemmer x synonyms) and prints the results as Markdown, for siaran-retrieval-eval.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "tools/indexer_process.h"
#include "tools/judged_queries.h"
#include "tools/retrieval_metrics.h"

namespace siaran::tools {

inline constexpr unsigned kCutoff = 10;       // MRR@10, Recall@10, nDCG@10
inline constexpr unsigned kRankDepth = 100;   // ranks looked up for comparisons (Searcher's page max)

struct Configuration {
  std::string stemmer;  // none | snowball | lexicon
  bool synonyms = false;
  std::string name() const { return stemmer + (synonyms ? " + synonyms" : ""); }
};

struct ConfigurationResult {
  Configuration config;
  bool built = false;
  std::string not_built;              // why there is no index ("n/a (not built): ...")
  double build_seconds = 0;
  std::string build_summary;          // siaran-index's summary line
  std::vector<RankingScores> scores;  // one per query
  std::vector<std::string> refused;   // query errors (InvalidRequest), "" when answered
  MetricAverages averages;
};

// The rank used to compare two configurations: the first relevant rank, or depth + 1 when the
// relevant document is not within kRankDepth.
unsigned comparable_rank(const RankingScores& scores);

// Builds one index into `db` with siaran-index (`sources`: the source arguments) and runs every
// query. `synonyms_option` says whether the indexer has --synonyms; without it a configuration
// with synonyms is reported not built, and one without is built with no synonyms option.
ConfigurationResult evaluate_configuration(const IndexerProcess& indexer, const std::filesystem::path& db,
                                           const std::vector<std::string>& sources, const Configuration& config,
                                           bool synonyms_option, const std::vector<JudgedQuery>& queries,
                                           const std::map<std::string, std::string>& canonical);

// "| label | stemmer | synonyms | build s | MRR@10 | Recall@1 | Recall@10 | nDCG@10 | not in top 10 |"
// rows, one per result; `label` names the index variant (e.g. "title + body").
void print_summary_header(std::ostream& out, bool with_ndcg);
void print_summary_rows(std::ostream& out, const std::string& label, const std::vector<ConfigurationResult>& results,
                        bool with_ndcg);

// MRR@10 (or nDCG@10) per group of queries (`group_of` names each query's group), one column
// per built configuration.
void print_grouped(std::ostream& out, const std::string& group_title, const std::vector<std::string>& group_of,
                   const std::vector<ConfigurationResult>& results, bool ndcg);

// Per-query comparison of two configurations on the same queries: how many queries each ranks
// better, and the words whose stems differ between the two analyzers, counted over the queries
// each one wins (words only: the queries may be text we must not reproduce).
void print_comparison(std::ostream& out, const std::vector<JudgedQuery>& queries, const ConfigurationResult& base,
                      const ConfigurationResult& other, size_t words_to_list);

}  // namespace siaran::tools
