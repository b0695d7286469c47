#include "tools/retrieval_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <stdexcept>

#include "analyzers/analyzer.h"
#include "tools/retrieval_run.h"

namespace siaran::tools {
namespace {

std::string fixed(double value, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

bool accepted(int exit_status) { return exit_status == 0 || exit_status == 3; }  // 3: some rejected

// The built results, in order: the columns of a grouped table.
std::vector<const ConfigurationResult*> built(const std::vector<ConfigurationResult>& results) {
  std::vector<const ConfigurationResult*> out;
  for (const ConfigurationResult& r : results) {
    if (r.built) out.push_back(&r);
  }
  return out;
}

}  // namespace

unsigned comparable_rank(const RankingScores& scores) {
  return scores.first_relevant_rank == 0 ? kRankDepth + 1 : scores.first_relevant_rank;
}

ConfigurationResult evaluate_configuration(const IndexerProcess& indexer, const std::filesystem::path& db,
                                           const std::vector<std::string>& sources, const Configuration& config,
                                           bool synonyms_option, const std::vector<JudgedQuery>& queries,
                                           const std::map<std::string, std::string>& canonical) {
  ConfigurationResult result;
  result.config = config;
  if (config.synonyms && !synonyms_option) {
    result.not_built = "n/a (not built): siaran-index build has no --synonyms option";
    return result;
  }
  std::optional<bool> synonyms;
  if (synonyms_option) synonyms = config.synonyms;
  const IndexerRun run = indexer.run(build_arguments(db, config.stemmer, synonyms, sources));
  if (!accepted(run.exit_status)) {
    throw std::runtime_error("siaran-index build (" + config.name() + ") failed with status " +
                             std::to_string(run.exit_status) + ":\n" + run.messages);
  }
  result.built = true;
  result.build_seconds = run.seconds;
  result.build_summary = run.summary;
  for (const QueryRun& query_run : run_queries(db, queries, kRankDepth, canonical)) {
    const JudgedQuery& query = queries[result.scores.size()];
    result.scores.push_back(score_ranking(query_run.ranking, query.judgments, kCutoff));
    result.refused.push_back(query_run.error);
    result.averages.add(result.scores.back());
  }
  return result;
}

void print_summary_header(std::ostream& out, bool with_ndcg) {
  out << "| index | stemmer | synonyms | build s | MRR@10 | Recall@1 | Recall@10 |" << (with_ndcg ? " nDCG@10 |" : "")
      << " not in top 10 |\n|---|---|---|---:|---:|---:|---:|" << (with_ndcg ? "---:|" : "") << "---:|\n";
}

void print_summary_rows(std::ostream& out, const std::string& label, const std::vector<ConfigurationResult>& results,
                        bool with_ndcg) {
  for (const ConfigurationResult& r : results) {
    out << "| " << label << " | " << r.config.stemmer << " | " << (r.config.synonyms ? "on" : "off") << " | ";
    if (!r.built) {
      out << "n/a (not built) | | | |" << (with_ndcg ? " |" : "") << " |\n";
      continue;
    }
    const MetricAverages& a = r.averages;
    out << fixed(r.build_seconds, 1) << " | " << fixed(a.mrr(), 3) << " | " << fixed(a.recall_at_1(), 3) << " | "
        << fixed(a.recall_at_k(), 3) << " |" << (with_ndcg ? " " + fixed(a.ndcg(), 3) + " |" : "") << " "
        << a.queries() - a.found_in_top_k() << " |\n";
  }
}

void print_grouped(std::ostream& out, const std::string& group_title, const std::vector<std::string>& group_of,
                   const std::vector<ConfigurationResult>& results, bool ndcg) {
  const auto columns = built(results);
  std::vector<std::string> groups;
  for (const std::string& g : group_of) {
    if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
  }
  out << "| " << group_title << " | queries |";
  for (const ConfigurationResult* r : columns) out << " " << r->config.name() << " |";
  out << "\n|---|---:|";
  for (size_t i = 0; i < columns.size(); ++i) out << "---:|";
  out << "\n";
  for (const std::string& group : groups) {
    size_t count = 0;
    for (const std::string& g : group_of) count += g == group;
    out << "| " << group << " | " << count << " |";
    for (const ConfigurationResult* r : columns) {
      MetricAverages a;
      for (size_t q = 0; q < group_of.size() && q < r->scores.size(); ++q) {
        if (group_of[q] == group) a.add(r->scores[q]);
      }
      out << " " << fixed(ndcg ? a.ndcg() : a.mrr(), 3) << " |";
    }
    out << "\n";
  }
}

void print_comparison(std::ostream& out, const std::vector<JudgedQuery>& queries, const ConfigurationResult& base,
                      const ConfigurationResult& other, size_t words_to_list) {
  if (!base.built || !other.built) return;
  const analyzers::Analyzer base_analyzer({analyzers::parse_stemmer_kind(base.config.stemmer), true});
  const analyzers::Analyzer other_analyzer({analyzers::parse_stemmer_kind(other.config.stemmer), true});
  // word -> (queries it is in that `other` ranks worse, better), for words whose stems differ
  std::map<std::string, std::pair<size_t, size_t>> words;
  std::map<std::string, std::pair<std::string, std::string>> stems;
  size_t better = 0, worse = 0, same = 0, moved_into_top = 0, moved_out_of_top = 0;
  for (size_t q = 0; q < queries.size(); ++q) {
    const unsigned b = comparable_rank(base.scores[q]), o = comparable_rank(other.scores[q]);
    if (b == o) {
      ++same;
      continue;
    }
    (o < b ? better : worse)++;
    if (o <= kCutoff && b > kCutoff) ++moved_into_top;
    if (b <= kCutoff && o > kCutoff) ++moved_out_of_top;
    std::set<std::string> seen;
    for (const analyzers::Token& token : base_analyzer.analyze(queries[q].query)) {
      if (token.stopword || !seen.insert(token.exact).second) continue;
      const std::string other_stem = other_analyzer.stem(token.exact);
      if (other_stem == token.stem) continue;
      stems[token.exact] = {token.stem, other_stem};
      (o < b ? words[token.exact].second : words[token.exact].first)++;
    }
  }
  out << other.config.name() << " against " << base.config.name() << ", query by query: " << other.config.stemmer
      << " ranks the relevant document higher for " << better << " queries, lower for " << worse << ", the same for "
      << same << " (into the top 10: " << moved_into_top << ", out of it: " << moved_out_of_top
      << "; sign test p = " << fixed(sign_test_p(better, worse), 2) << ").\n";
  if (words.empty()) return;
  for (int side = 0; side < 2; ++side) {
    std::vector<std::pair<std::string, size_t>> listed;
    for (const auto& [word, counts] : words) {
      const size_t n = side == 0 ? counts.second : counts.first;
      if (n > 0) listed.emplace_back(word, n);
    }
    std::stable_sort(listed.begin(), listed.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    out << "\nWords whose stems differ (" << base.config.stemmer << " / " << other.config.stemmer << "), in the "
        << (side == 0 ? "queries " + other.config.stemmer + " wins" : "queries " + other.config.stemmer + " loses")
        << " (number of such queries):";
    if (listed.empty()) out << " none";
    for (size_t i = 0; i < listed.size() && i < words_to_list; ++i) {
      const auto& [word, n] = listed[i];
      out << (i ? ", " : " ") << word << " (" << stems[word].first << " / " << stems[word].second << ") " << n;
    }
    if (listed.size() > words_to_list) out << ", and " << listed.size() - words_to_list << " more";
    out << "\n";
  }
}

}  // namespace siaran::tools
