// Test helper: a program's or file's output as its lines, for tests that read what a command
// printed.
#pragma once

#include <sstream>
#include <string>
#include <vector>

namespace siaran::testing {

// The lines of `text`, without their '\n'; a final line without one counts too.
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace siaran::testing
