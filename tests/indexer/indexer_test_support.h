// Runs the built siaran-index as a user would (a shell command line with its own stdin, stdout
// and stderr) and gives back its exit status and output.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/command_run.h"
#include "tests/support/test_paths.h"
#include "tests/support/text_lines.h"

namespace siaran::indexer::testing {

using siaran::testing::read_file;
using siaran::testing::RunResult;
using siaran::testing::shell_quoted;

inline std::filesystem::path indexer_binary() { return siaran::testing::bin_dir() / "siaran-index"; }

inline std::filesystem::path fixture(const std::string& relative) {
  return siaran::testing::source_dir() / "tests/indexer/data" / relative;
}

// siaran-index ARGS < input, in `cwd` when given.
inline RunResult run_indexer(const std::vector<std::string>& args, const std::string& input = "",
                       const std::filesystem::path& cwd = {}) {
  siaran::testing::TempDir io;
  const auto in = io.path() / "in";
  std::ofstream(in, std::ios::binary) << input;
  // Appended piece by piece: `"literal" + std::string` trips a false -Wrestrict in GCC 12.
  std::string command;
  auto add = [&command](const std::string& before, const std::string& quoted) {
    command.append(before);
    command.append(shell_quoted(quoted));
  };
  if (!cwd.empty()) {
    add("cd ", cwd.string());
    command.append(" && ");
  }
  add("", indexer_binary().string());
  for (const std::string& arg : args) add(" ", arg);
  add(" <", in.string());
  return siaran::testing::run_shell(std::move(command));
}

using siaran::testing::lines_of;

}  // namespace siaran::indexer::testing

// Fails the test at once, with a clear message, when the binary was not built.
#define SIARAN_REQUIRE_INDEXER()                                                                 \
  if (!std::filesystem::exists(::siaran::indexer::testing::indexer_binary()))                   \
  GTEST_FAIL() << ::siaran::indexer::testing::indexer_binary() << " not built"
