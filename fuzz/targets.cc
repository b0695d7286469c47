#include <cstdio>
#include <cstdlib>

#include "fuzz/fuzz_target.h"

namespace siaran::fuzz {

const std::vector<Target>& all_targets() {
  static const std::vector<Target> targets = {
      {"query_syntax", &query_syntax},
      {"jsonl_reader", &jsonl_reader},
      {"csv_reader", &csv_reader},
      {"release_text_reader", &release_text_reader},
      {"html_text", &html_text},
      {"date_parser", &date_parser},
      {"query_string", &query_string},
  };
  return targets;
}

void fuzz_fail(std::string_view what) {
  std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

}  // namespace siaran::fuzz
