// Shared helpers of the bench tests: models learned from corpus/sample through the project's own
// readers (as siaran-gen-corpus learns them), whitespace tokens, and running a program or script
// as a user would (a shell command line) to get its exit status, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "bench/text_model.h"
#include "corpus/enricher.h"
#include "corpus/source_set.h"
#include "tests/support/command_run.h"
#include "tests/support/test_paths.h"
#include "tests/support/text_lines.h"

namespace siaran::bench::testing {

// The body and title models of the sample corpus, learned once per test binary.
struct SampleModels {
  TextModel body, titles;
  size_t releases = 0;
};

// Learns `m` from corpus/sample through SourceSet and the Enricher, as siaran-gen-corpus does.
inline void learn_sample(SampleModels& m) {
  struct Sink : corpus::RecordSink {
    SampleModels& m;
    explicit Sink(SampleModels& m) : m(m) {}
    void accept(corpus::Document doc, const corpus::SourceLocation&) override {
      m.body.learn(doc.body);
      m.titles.learn(doc.title);
      ++m.releases;
    }
    void reject(const corpus::Rejection&) override {}
  } sink(m);
  const std::string sample = (siaran::testing::source_dir() / "corpus/sample").string();
  corpus::SourceSet({sample}, corpus::ReaderOptions()).read_all(sink, corpus::Enricher());
  m.body.finish();
  m.titles.finish();
}

inline const SampleModels& sample_models() {
  static const SampleModels models = [] {
    SampleModels m;
    learn_sample(m);
    return m;
  }();
  return models;
}

inline std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

using siaran::testing::lines_of;

using siaran::testing::read_file;
using siaran::testing::RunResult;
using siaran::testing::shell_quoted;

// PROGRAM ARGS with `env` (NAME=value pairs) added, stdin empty.
inline RunResult run(const std::filesystem::path& program, const std::vector<std::string>& args,
                     const std::vector<std::pair<std::string, std::string>>& env = {}) {
  std::string command;
  for (const auto& [name, value] : env) {
    command.append(name).append("=");
    command.append(shell_quoted(value)).append(" ");
  }
  command.append(shell_quoted(program.string()));
  for (const std::string& arg : args) command.append(" ").append(shell_quoted(arg));
  command.append(" </dev/null");
  return siaran::testing::run_shell(std::move(command));
}

}  // namespace siaran::bench::testing
