// tools::indexer_process — runs the siaran-index program as a user would, so the evaluation
// measures the indexes the product builds (reader, enricher, analyzer, synonyms), not a copy of
// that pipeline. Used by siaran-retrieval-eval.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace siaran::tools {

struct IndexerRun {
  int exit_status = -1;   // the program's exit status (siaran-index: 0 ok, 3 some rejected)
  double seconds = 0;     // wall clock, start to exit
  std::string summary;    // the last line it wrote to standard error ("indexed 1000, ...")
  std::string messages;   // everything it wrote to standard error
};

class IndexerProcess {
 public:
  // `binary` is the siaran-index program; throws std::runtime_error when it is not executable.
  explicit IndexerProcess(std::filesystem::path binary);

  // siaran-index next to the running program (the evaluation tools are built beside it).
  static std::filesystem::path beside_this_program();

  // Runs `siaran-index ARGS...` with standard output discarded; waits for it.
  IndexerRun run(const std::vector<std::string>& args) const;

  // Whether `siaran-index build` takes OPTION (e.g. "--synonyms"): read from its --help, so the
  // evaluation can report a dimension the indexer does not have yet instead of failing.
  bool build_accepts(const std::string& option) const;

  const std::filesystem::path& binary() const { return binary_; }

 private:
  IndexerRun run_capturing(const std::vector<std::string>& args, bool capture_stdout, std::string* out) const;
  std::filesystem::path binary_;
};

// `siaran-index build` arguments for one index: --db, --stemmer, the synonyms choice and the
// source arguments. synonyms: nullopt passes no synonyms option (an indexer without one),
// true the indexer's default (the shipped file), false "--synonyms none".
std::vector<std::string> build_arguments(const std::filesystem::path& db, const std::string& stemmer,
                                         std::optional<bool> synonyms, const std::vector<std::string>& sources);

}  // namespace siaran::tools
