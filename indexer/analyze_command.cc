// analyze: what the analyzer makes of text on stdin, one `token<TAB>term` line per token — for
// checking why a word does or does not match.
#include <iostream>

#include "analyzers/analyzer.h"
#include "indexer/commands.h"
#include "indexer/exit_codes.h"

namespace siaran::indexer {

int run_analyze(const std::string& stemmer) {
  analyzers::AnalyzerOptions options;
  try {
    options.stemmer = analyzers::parse_stemmer_kind(stemmer);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--stemmer: ") + e.what());
  }
  const analyzers::Analyzer analyzer(options);
  analyzers::write_analysis(std::cin, std::cout, analyzer);
  std::cout.flush();
  if (!std::cout) throw std::runtime_error("cannot write to standard output");
  return kExitOk;
}

}  // namespace siaran::indexer
