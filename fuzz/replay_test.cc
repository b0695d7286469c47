// Runs every fuzz target (fuzz/fuzz_target.h) over its seeds, and over simple variations of them
// (every prefix, and each byte replaced by a few troublemakers), with the normal compiler: what
// the fuzzer found once stays fixed, and CI exercises the targets without clang. A target that
// breaks an invariant aborts, which fails this test binary loudly.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/fuzz_target.h"
#include "tests/support/test_paths.h"

namespace siaran::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> seeds_of(const std::string& target) {
  std::vector<std::string> seeds;
  const fs::path dir = siaran::testing::source_dir() / "fuzz/seeds" / target;
  if (!fs::is_directory(dir)) return seeds;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    seeds.push_back(text.str());
  }
  return seeds;
}

void run(const Target& target, std::string_view input) {
  target.run(reinterpret_cast<const uint8_t*>(input.data()), input.size());
}

class Replay : public ::testing::TestWithParam<Target> {};

TEST_P(Replay, SeedsAndTheirVariationsRunClean) {
  const Target& target = GetParam();
  const std::vector<std::string> seeds = seeds_of(target.name);
  ASSERT_GE(seeds.size(), 3u) << "fuzz/seeds/" << target.name << " needs seeds we wrote";
  size_t runs = 0;
  for (const std::string& seed : seeds) {
    run(target, seed), ++runs;
    for (size_t length = 0; length < seed.size(); ++length) run(target, seed.substr(0, length)), ++runs;
    // Every 7th byte replaced by bytes parsers trip over: NUL, a quote, a lone UTF-8 lead byte.
    for (size_t at = 0; at < seed.size(); at += 7) {
      for (char bad : {'\0', '"', '\xC3', '(', '%', '<'}) {
        std::string mutated = seed;
        mutated[at] = bad;
        run(target, mutated), ++runs;
      }
    }
  }
  EXPECT_GT(runs, seeds.size());
}

TEST(Replay, EveryTargetHasSeeds) {
  for (const Target& target : all_targets())
    EXPECT_TRUE(fs::is_directory(siaran::testing::source_dir() / "fuzz/seeds" / target.name)) << target.name;
}

INSTANTIATE_TEST_SUITE_P(Targets, Replay, ::testing::ValuesIn(all_targets()),
                         [](const ::testing::TestParamInfo<Target>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace siaran::fuzz
