// siaran-stem-eval: accuracy and speed of each stemmer (none, snowball, lexicon) on the shared
// data, as a Markdown table for docs/evaluation.md. Run by scripts/eval.
//
//   accuracy  stemming/snowball-indonesian.tsv (64,586 words with the Snowball project's stems:
//             agreement with Snowball, for information) and stemming/sastrawi-functional.tsv
//             (86 cases of Sastrawi's functional tests), for the stemmer alone and for the whole
//             analyzer (clitics, reduplication, protected terms, then the stemmer);
//   speed     words per second on one core, median of --runs runs, over the tokens of the titles
//             and bodies of corpus/detik-2025/articles.csv: "real text" is every token through
//             the analyzer's cached stemming, as while indexing; "cold" is each distinct word
//             once through a fresh uncached stemmer.
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>

#include <CLI/CLI.hpp>

#include "tools/stemming_eval.h"

namespace {

using namespace siaran;

struct Row {
  std::string stemmer;
  tools::Accuracy snowball_agreement;
  tools::Accuracy sastrawi_stemmer;
  tools::Accuracy sastrawi_analyzer;
  tools::Speed real_text;
  tools::Speed cold;
};

std::string percent(const tools::Accuracy& a) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << a.percent() << "% (" << a.correct << "/" << a.total << ")";
  return out.str();
}

std::string thousands(double value) {
  std::string digits = std::to_string(static_cast<long long>(value + 0.5)), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::filesystem::path default_shared_dir() {
  if (const char* env = std::getenv("SIARAN_SHARED_DIR"); env && *env) return env;
  return SIARAN_SHARED_DIR;
}

void print_table(const std::vector<Row>& rows, bool with_speed) {
  std::cout << "| stemmer | snowball-indonesian.tsv (agreement) | sastrawi-functional.tsv, stemmer "
               "| sastrawi-functional.tsv, analyzer |";
  if (with_speed) std::cout << " words/s, real text | words/s, cold |";
  std::cout << "\n|---|---|---|---|" << (with_speed ? "---:|---:|" : "") << "\n";
  for (const Row& r : rows) {
    std::cout << "| " << r.stemmer << " | " << percent(r.snowball_agreement) << " | "
              << percent(r.sastrawi_stemmer) << " | " << percent(r.sastrawi_analyzer) << " |";
    if (with_speed) std::cout << " " << thousands(r.real_text.words_per_second) << " | " << thousands(r.cold.words_per_second) << " |";
    std::cout << "\n";
  }
}

int run(const std::filesystem::path& shared, int runs, bool show_failures, bool with_speed) {
  auto snowball_pairs = tools::read_stem_pairs(shared / "stemming/snowball-indonesian.tsv");
  auto sastrawi_pairs = tools::read_stem_pairs(shared / "stemming/sastrawi-functional.tsv");
  std::vector<std::string> tokens, distinct;
  if (with_speed) {
    size_t rejected = 0;
    tokens = tools::detik_tokens(shared / "corpus/detik-2025/articles.csv", rejected);
    std::set<std::string> unique(tokens.begin(), tokens.end());
    distinct.assign(unique.begin(), unique.end());
    std::cout << "Token stream: " << thousands(static_cast<double>(tokens.size())) << " tokens, "
              << thousands(static_cast<double>(distinct.size())) << " distinct, from corpus/detik-2025/articles.csv"
              << (rejected ? " (" + std::to_string(rejected) + " records rejected by the reader)" : std::string())
              << "; speed is the median of " << runs << " runs on one thread.\n";
  }
  std::cout << "\n";

  std::vector<Row> rows;
  for (auto kind : {analyzers::StemmerKind::None, analyzers::StemmerKind::Snowball, analyzers::StemmerKind::Lexicon}) {
    Row row;
    row.stemmer = analyzers::to_string(kind);
    row.snowball_agreement = tools::stemmer_accuracy(*analyzers::make_stemmer(kind), snowball_pairs);
    row.sastrawi_stemmer = tools::stemmer_accuracy(*analyzers::make_stemmer(kind), sastrawi_pairs);
    row.sastrawi_analyzer = tools::analyzer_accuracy(analyzers::Analyzer({kind, false}), sastrawi_pairs);
    if (with_speed) {
      row.real_text = tools::real_text_speed(kind, tokens, runs);
      row.cold = tools::unique_word_speed(kind, distinct, runs);
    }
    rows.push_back(std::move(row));
  }
  print_table(rows, with_speed);

  if (show_failures) {
    for (const Row& r : rows) {
      if (r.stemmer == "none") continue;  // every affixed word
      std::cout << "\nsastrawi-functional.tsv, " << r.stemmer << " in the analyzer, "
                << r.sastrawi_analyzer.failures.size() << " wrong:\n";
      for (const std::string& f : r.sastrawi_analyzer.failures) std::cout << "  " << f << "\n";
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("siaran-stem-eval - accuracy and speed of the Siaran stemmers on the shared data", "siaran-stem-eval");
  std::filesystem::path shared = default_shared_dir();
  int runs = 5;
  bool failures = false, no_speed = false;
  app.add_option("--shared", shared, "Shared data folder (default: $SIARAN_SHARED_DIR or ../shared)")
      ->capture_default_str();
  app.add_option("--runs", runs, "Timed runs per speed figure (the median is printed)")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  app.add_flag("--failures", failures, "List the sastrawi-functional.tsv cases snowball and lexicon get wrong");
  app.add_flag("--no-speed", no_speed, "Accuracy only (no corpus needed)");
  CLI11_PARSE(app, argc, argv);
  try {
    return run(shared, runs, failures, !no_speed);
  } catch (const std::exception& e) {
    std::cerr << "siaran-stem-eval: error: " << e.what() << std::endl;
    return 1;
  }
}
