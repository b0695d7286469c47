// siaran-retrieval-eval: retrieval effectiveness of Siaran's analysis choices (stemmer none /
// snowball / lexicon, synonyms off / on), as Markdown for docs/evaluation.md. Run by scripts/eval.
//
// Every index is built by the siaran-index program (beside this one, or --indexer) exactly as a
// user builds it, into a temporary folder; every query goes through search::Searcher with the
// default query parser, as searchd answers it. Two query sets:
//
//   detik    title-as-query known-item search on ../shared/corpus/detik-2025/articles.csv: each
//            article's title is the query, the article the one relevant document. Once against
//            indexes of title and body (nearly trivial: the title is in the index), and once
//            against indexes of the bodies alone (the titles taken out of a derived JSONL copy),
//            where the title's words must be found in the body however they are inflected there.
//            Skipped, with a message, when the file is absent.
//   sample   tools/data/sample-queries.tsv: journalist-style queries we wrote for our own sample
//            corpus (corpus/sample/releases), judged by reading the releases (2 = what the query
//            is about, 1 = partly relevant). MRR@10, Recall@10 and nDCG@10.
//
// Nothing of the shared data is printed by default, only figures and single words; --show-queries
// lists the Detik queries the lexicon stemmer loses, titles included, for diagnosis only.
#include <cstdlib>
#include <iostream>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "tools/retrieval_report.h"
#include "tools/retrieval_run.h"

namespace {

using namespace siaran;
using namespace siaran::tools;

constexpr const char* kDetikCsv = "corpus/detik-2025/articles.csv";
constexpr const char* kDetikMap = "id=id,title=judul,url=tautan,date=tanggal,body=isi_berita,topic=aspek_target";
constexpr const char* kDetikDates = "%m/%d/%Y %H:%M";

std::filesystem::path default_shared_dir() {
  if (const char* env = std::getenv("SIARAN_SHARED_DIR"); env && *env) return env;
  return SIARAN_SHARED_DIR;
}

// A folder for the indexes: the one given (kept), or a fresh temporary one removed at the end.
class WorkDir {
 public:
  explicit WorkDir(const std::filesystem::path& given) {
    if (!given.empty()) {
      path_ = given;
      std::filesystem::create_directories(path_);
      return;
    }
    std::string pattern = (std::filesystem::temp_directory_path() / "siaran-retrieval-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    path_ = pattern;
    remove_ = true;
  }
  ~WorkDir() {
    std::error_code ec;
    if (remove_) std::filesystem::remove_all(path_, ec);
  }
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  bool remove_ = false;
};

struct Options {
  std::filesystem::path shared = default_shared_dir();
  std::filesystem::path indexer = IndexerProcess::beside_this_program();
  std::filesystem::path sample_corpus = std::filesystem::path(SIARAN_SOURCE_DIR) / "corpus/sample/releases";
  std::filesystem::path sample_queries = std::filesystem::path(SIARAN_SOURCE_DIR) / "tools/data/sample-queries.tsv";
  std::filesystem::path work;
  std::vector<std::string> sections{"detik", "sample"};
  std::vector<std::string> stemmers{"none", "snowball", "lexicon"};
  bool show_queries = false;
};

class Evaluation {
 public:
  explicit Evaluation(const Options& options)
      : options_(options), indexer_(options.indexer), work_(options.work),
        synonyms_option_(indexer_.build_accepts("--synonyms")) {
    for (const std::string& stemmer : options.stemmers) {
      for (bool synonyms : {false, true}) configurations_.push_back({stemmer, synonyms});
    }
  }

  void print_synonyms_note() const {
    std::cout << (synonyms_option_
                      ? "Synonyms: on = `siaran-index build` with its default synonym file (the shipped one), "
                        "off = `--synonyms none`.\n"
                      : "Synonyms: n/a (not built): this siaran-index has no `--synonyms` option, so every index "
                        "is built without synonyms and the synonyms-on rows are not measured.\n");
  }

  void detik() {
    std::cout << "### Known-item search on the Detik corpus (title as query)\n\n";
    const std::filesystem::path csv = options_.shared / kDetikCsv;
    if (!std::filesystem::exists(csv)) {
      std::cout << "Skipped: " << csv.string() << " is not present (set SIARAN_SHARED_DIR or --shared).\n\n";
      return;
    }
    corpus::ReaderOptions reader;
    reader.format = corpus::Format::Csv;
    reader.csv_map = corpus::parse_csv_map(kDetikMap);
    reader.date_format = kDetikDates;
    size_t rejected = 0;
    const std::vector<corpus::Document> docs = read_corpus({csv.string()}, reader, rejected);
    const KnownItemSet known = title_known_items(docs);
    const std::filesystem::path body_only = work_.path() / "detik-body-only.jsonl";
    write_jsonl(docs, body_only, [](corpus::Document& doc) { doc.title.clear(); });

    std::cout << docs.size() << " articles read (" << rejected << " rejected by the reader); " << known.queries.size()
              << " queries, one per distinct article (" << known.duplicate_documents
              << " articles are a second copy of another, same title and body under another id: finding either "
                 "copy counts" << (known.untitled ? "; " + std::to_string(known.untitled) + " without a title" : "")
              << ").\n";
    print_synonyms_note();
    std::cout << "\n";

    const std::vector<std::string> with_title{"--format", "csv", "--map", kDetikMap, "--date-format", kDetikDates,
                                              csv.string()};
    const auto titled = run_all("detik-title", with_title, known.queries, known.canonical);
    const auto untitled = run_all("detik-body", {body_only.string()}, known.queries, known.canonical);
    print_summary_header(std::cout, false);
    print_summary_rows(std::cout, "title + body", titled, false);
    print_summary_rows(std::cout, "body only", untitled, false);
    print_refused(titled);
    print_refused(untitled);

    std::map<std::string, const corpus::Document*> by_id;
    for (const corpus::Document& doc : docs) by_id[doc.id] = &doc;
    const QueryFormClassifier classifier;
    std::vector<std::string> forms;
    for (const JudgedQuery& query : known.queries) {
      forms.push_back(describe(classifier.classify(query.query, by_id.at(query.judgments.begin()->first)->body)));
    }
    std::cout << "\nBody-only indexes, MRR@10 by how the title's words appear in the article's body:\n\n";
    print_grouped(std::cout, "title words in the body", forms, untitled, false);
    print_comparisons("Body-only indexes", known.queries, untitled);
    print_comparisons("Title + body indexes", known.queries, titled);
    if (options_.show_queries) show_losses(known.queries, untitled, forms);
  }

  void sample() {
    std::cout << "### Judged queries on the sample corpus\n\n";
    std::vector<JudgedQuery> queries = read_judged_queries(options_.sample_queries);
    size_t rejected = 0;
    const std::vector<corpus::Document> docs = read_corpus({options_.sample_corpus.string()}, {}, rejected);
    if (rejected > 0) throw std::runtime_error(std::to_string(rejected) + " sample releases were rejected");
    if (const auto unknown = unknown_judged_ids(queries, docs); !unknown.empty()) {
      throw std::runtime_error(options_.sample_queries.string() + " judges ids the sample corpus does not hold, e.g. " +
                               unknown.front());
    }
    std::map<std::string, const corpus::Document*> by_id;
    for (const corpus::Document& doc : docs) by_id[doc.id] = &doc;
    const QueryFormClassifier classifier;
    std::vector<std::string> forms, labels;
    for (const JudgedQuery& query : queries) {
      int top = 0;
      for (const auto& j : query.judgments) top = std::max(top, j.second);
      std::string text;  // the documents the query is about
      for (const auto& [id, grade] : query.judgments) {
        if (grade == top) text += by_id.at(id)->title + "\n" + by_id.at(id)->body + "\n";
      }
      forms.push_back(describe(classifier.classify(query.query, text)));
      labels.push_back(query.label.empty() ? "-" : query.label);
    }
    size_t judgments = 0;
    for (const JudgedQuery& query : queries) judgments += query.judgments.size();
    std::cout << queries.size() << " queries with " << judgments << " judgments over the " << docs.size()
              << " releases of corpus/sample/releases (queries and judgments: tools/data/sample-queries.tsv).\n";
    print_synonyms_note();
    std::cout << "\n";

    const auto results = run_all("sample", {options_.sample_corpus.string()}, queries, {});
    print_summary_header(std::cout, true);
    print_summary_rows(std::cout, "sample", results, true);
    print_refused(results);
    std::cout << "\nnDCG@10 by the kind of query (the file's third column):\n\n";
    print_grouped(std::cout, "kind", labels, results, true);
    std::cout << "\nnDCG@10 by how the query's words appear in the releases it is about:\n\n";
    print_grouped(std::cout, "query words in the relevant releases", forms, results, true);
    print_comparisons("Sample", queries, results);
    print_per_query(queries, labels, results);
  }

 private:
  // A query the parser refused scores 0; say so rather than let it pass for a miss.
  static void print_refused(const std::vector<ConfigurationResult>& results) {
    for (const ConfigurationResult& r : results) {
      size_t refused = 0;
      std::string example;
      for (const std::string& error : r.refused) {
        if (error.empty()) continue;
        if (refused++ == 0) example = error;
      }
      if (refused > 0) {
        std::cout << "\n" << r.config.name() << ": " << refused << " queries refused by the query parser (e.g. \""
                  << example << "\"); they score 0.\n";
      }
    }
  }

  static std::string sign_p(size_t better, size_t worse) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", sign_test_p(better, worse));
    return buf;
  }

  std::vector<ConfigurationResult> run_all(const std::string& name, const std::vector<std::string>& sources,
                                           const std::vector<JudgedQuery>& queries,
                                           const std::map<std::string, std::string>& canonical) {
    std::vector<ConfigurationResult> results;
    for (const Configuration& config : configurations_) {
      const std::filesystem::path db =
          work_.path() / (name + "-" + config.stemmer + (config.synonyms ? "-synonyms" : ""));
      std::cerr << "siaran-retrieval-eval: " << name << ", " << config.name() << "..." << std::endl;
      results.push_back(evaluate_configuration(indexer_, db, sources, config, synonyms_option_, queries, canonical));
    }
    return results;
  }

  const ConfigurationResult* find(const std::vector<ConfigurationResult>& results, const std::string& stemmer,
                                  bool synonyms) const {
    for (const ConfigurationResult& r : results) {
      if (r.built && r.config.stemmer == stemmer && r.config.synonyms == synonyms) return &r;
    }
    return nullptr;
  }

  // lexicon against snowball, and synonyms on against off, where both were built.
  void print_comparisons(const std::string& title, const std::vector<JudgedQuery>& queries,
                         const std::vector<ConfigurationResult>& results) const {
    for (bool synonyms : {false, true}) {
      const ConfigurationResult* snowball = find(results, "snowball", synonyms);
      const ConfigurationResult* lexicon = find(results, "lexicon", synonyms);
      if (!snowball || !lexicon) continue;
      std::cout << "\n" << title << ": ";
      print_comparison(std::cout, queries, *snowball, *lexicon, 12);
    }
    for (const std::string& stemmer : options_.stemmers) {
      const ConfigurationResult* off = find(results, stemmer, false);
      const ConfigurationResult* on = find(results, stemmer, true);
      if (!off || !on) continue;
      size_t better = 0, worse = 0;
      for (size_t q = 0; q < queries.size(); ++q) {
        const unsigned a = comparable_rank(off->scores[q]), b = comparable_rank(on->scores[q]);
        better += b < a;
        worse += b > a;
      }
      std::cout << "\n" << title << ", " << stemmer << ": synonyms on rank the relevant document higher for " << better
                << " queries, lower for " << worse << " (sign test p = " << sign_p(better, worse) << ").\n";
    }
  }

  void print_per_query(const std::vector<JudgedQuery>& queries, const std::vector<std::string>& labels,
                       const std::vector<ConfigurationResult>& results) const {
    std::cout << "\nRank of the first relevant release per query (- : not in the first " << kRankDepth
              << "), and nDCG@10:\n\n| query | kind |";
    std::vector<const ConfigurationResult*> columns;
    for (const ConfigurationResult& r : results) {
      if (r.built) columns.push_back(&r);
    }
    for (const ConfigurationResult* r : columns) std::cout << " " << r->config.name() << " |";
    std::cout << "\n|---|---|";
    for (size_t i = 0; i < columns.size(); ++i) std::cout << "---:|";
    std::cout << "\n";
    for (size_t q = 0; q < queries.size(); ++q) {
      std::cout << "| " << queries[q].query << " | " << labels[q] << " |";
      for (const ConfigurationResult* r : columns) {
        const RankingScores& s = r->scores[q];
        char ndcg[16];
        std::snprintf(ndcg, sizeof ndcg, "%.2f", s.ndcg_at_k);
        std::cout << " " << (s.first_relevant_rank ? std::to_string(s.first_relevant_rank) : "-") << " (" << ndcg
                  << ") |";
      }
      std::cout << "\n";
    }
  }

  // For diagnosis (never for the docs: titles are the shared data's text).
  void show_losses(const std::vector<JudgedQuery>& queries, const std::vector<ConfigurationResult>& results,
                   const std::vector<std::string>& forms) const {
    const ConfigurationResult* snowball = find(results, "snowball", false);
    const ConfigurationResult* lexicon = find(results, "lexicon", false);
    if (!snowball || !lexicon) return;
    std::cerr << "\nQueries (body-only) where lexicon and snowball rank differently: snowball rank, lexicon rank\n";
    for (size_t q = 0; q < queries.size(); ++q) {
      const unsigned s = comparable_rank(snowball->scores[q]), l = comparable_rank(lexicon->scores[q]);
      if (s == l) continue;
      std::cerr << (l > s ? "LOSS " : "WIN  ") << s << " -> " << l << "  [" << queries[q].judgments.begin()->first
                << "] [" << forms[q] << "] " << queries[q].query << "\n";
    }
  }

  const Options& options_;
  IndexerProcess indexer_;
  WorkDir work_;
  bool synonyms_option_;
  std::vector<Configuration> configurations_;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("siaran-retrieval-eval - retrieval effectiveness of the Siaran stemmers and synonyms",
               "siaran-retrieval-eval");
  Options options;
  app.add_option("--shared", options.shared, "Shared data folder (default: $SIARAN_SHARED_DIR or ../shared)")
      ->capture_default_str();
  app.add_option("--indexer", options.indexer, "The siaran-index program")->capture_default_str();
  app.add_option("--sample-corpus", options.sample_corpus, "The sample releases")->capture_default_str();
  app.add_option("--sample-queries", options.sample_queries, "Judged queries for the sample")->capture_default_str();
  app.add_option("--work", options.work, "Keep the indexes in this folder (default: a temporary one, removed)");
  app.add_option("--section", options.sections, "detik and/or sample")
      ->check(CLI::IsMember({"detik", "sample"}))
      ->capture_default_str();
  app.add_option("--stemmers", options.stemmers, "Stemmers to compare")
      ->check(CLI::IsMember({"none", "snowball", "lexicon"}))
      ->capture_default_str();
  app.add_flag("--show-queries", options.show_queries,
               "On stderr: the Detik queries snowball and lexicon rank differently, titles included (diagnosis)");
  CLI11_PARSE(app, argc, argv);
  try {
    Evaluation evaluation(options);
    for (const std::string& section : options.sections) {
      if (section == "detik") evaluation.detik();
      if (section == "sample") evaluation.sample();
      std::cout << "\n";
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "siaran-retrieval-eval: error: " << e.what() << std::endl;
    return 1;
  }
}
