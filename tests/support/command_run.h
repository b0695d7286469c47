// Test helpers for tests that run one of our programs through the shell and read what it printed:
// quoting, the run itself (exit status, standard output and error), reading a file whole.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/support/test_paths.h"

namespace siaran::testing {

struct RunResult {
  int status = -1;  // exit status; 128 + signal when killed by one
  std::string out, err;
};

// `s` as one shell word.
inline std::string shell_quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `command` (a shell command line with its words quoted and its stdin redirected) with its
// standard output and error captured.
inline RunResult run_shell(std::string command) {
  TempDir io;
  const auto out = io.path() / "out", err = io.path() / "err";
  // Appended piece by piece: `"literal" + std::string` trips a false -Wrestrict in GCC 12.
  command.append(" >").append(shell_quoted(out.string()));
  command.append(" 2>").append(shell_quoted(err.string()));
  RunResult run;
  const int raw = std::system(command.c_str());
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  run.out = read_file(out);
  run.err = read_file(err);
  return run;
}

}  // namespace siaran::testing
