// The siaran-gen-corpus binary and the scripts/gen-corpus wrapper, run as a user runs them:
// reproducible bytes for the same N, seed and sources whatever --threads says; clear errors for
// bad arguments; the wrapper's default sources (the Detik articles of ../shared plus the sample
// corpus when present) and its `--from detik` / `--from sample` keywords.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "tests/bench/bench_test_support.h"

namespace siaran::bench {
namespace {

using testing::lines_of;
using testing::RunResult;
using testing::run;
namespace fs = std::filesystem;

fs::path generator_binary() { return siaran::testing::bin_dir() / "siaran-gen-corpus"; }
fs::path wrapper_script() { return siaran::testing::source_dir() / "scripts/gen-corpus"; }
std::string sample_dir() { return (siaran::testing::source_dir() / "corpus/sample").string(); }

#define SIARAN_REQUIRE_GENERATOR() \
  if (!fs::exists(generator_binary())) GTEST_FAIL() << generator_binary() << " not built"

// siaran-gen-corpus ARGS writing to stdout ('-').
RunResult generate(std::vector<std::string> args) {
  args.insert(args.begin() + 1, "-");
  return run(generator_binary(), args);
}

// scripts/gen-corpus N - ARGS with BUILD_DIR set to this build, so it uses the binary the tests
// were built with (it rebuilds only when bench/ sources are newer than the binary).
RunResult wrapper(const std::string& n, std::vector<std::string> args) {
  args.insert(args.begin(), {n, "-"});
  return run(wrapper_script(), args, {{"BUILD_DIR", siaran::testing::bin_dir().parent_path().string()}});
}

size_t learned_releases(const std::string& err) {
  std::smatch m;
  const std::regex learned("learned from ([0-9]+) releases");
  return std::regex_search(err, m, learned) ? std::stoul(m[1]) : 0;
}

bool mentions_detik(std::string err) {
  for (char& c : err) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return err.find("detik") != std::string::npos;
}

TEST(GenCorpusBinaryTest, SameArgumentsSameBytes) {
  SIARAN_REQUIRE_GENERATOR();
  const RunResult a = generate({"150", "--seed", "7", "--from", sample_dir()});
  const RunResult b = generate({"150", "--seed", "7", "--from", sample_dir()});
  ASSERT_EQ(a.status, 0) << a.err;
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_EQ(lines_of(a.out).size(), 150u);
  EXPECT_TRUE(a.out == b.out) << "two runs with the same arguments differ";
  EXPECT_GT(learned_releases(a.err), 40u) << a.err;
  EXPECT_NE(a.err.find("wrote 150 releases"), std::string::npos) << a.err;
  // Without --from the binary learns from the sample corpus of its source tree.
  const RunResult by_default = generate({"150", "--seed", "7"});
  ASSERT_EQ(by_default.status, 0) << by_default.err;
  EXPECT_TRUE(by_default.out == a.out);
}

TEST(GenCorpusBinaryTest, OutputDoesNotDependOnThreads) {
  SIARAN_REQUIRE_GENERATOR();
  // More than two batches of 512, so several threads get work, and a last partial batch.
  const RunResult one = generate({"1100", "--seed", "3", "--threads", "1"});
  const RunResult four = generate({"1100", "--seed", "3", "--threads", "4"});
  ASSERT_EQ(one.status, 0) << one.err;
  ASSERT_EQ(four.status, 0) << four.err;
  EXPECT_EQ(lines_of(one.out).size(), 1100u);
  EXPECT_TRUE(one.out == four.out) << "--threads 1 and --threads 4 wrote different corpora";
  // The lines are in index order: line i holds release i.
  const std::vector<std::string> lines = lines_of(four.out);
  EXPECT_TRUE(lines[1099].starts_with("{\"id\": \"gen-3-0001099\"")) << lines[1099].substr(0, 60);
}

TEST(GenCorpusBinaryTest, OtherSeedOtherCorpusAndPrefixStable) {
  SIARAN_REQUIRE_GENERATOR();
  const RunResult a = generate({"60", "--seed", "1"});
  const RunResult b = generate({"60", "--seed", "2"});
  const RunResult longer = generate({"90", "--seed", "1"});
  ASSERT_EQ(a.status, 0) << a.err;
  ASSERT_EQ(b.status, 0) << b.err;
  ASSERT_EQ(longer.status, 0) << longer.err;
  EXPECT_NE(a.out, b.out);
  // Release i depends on (seed, i) only: a longer run starts with the shorter one.
  EXPECT_TRUE(longer.out.starts_with(a.out));
}

TEST(GenCorpusBinaryTest, WritesTheNamedFile) {
  SIARAN_REQUIRE_GENERATOR();
  siaran::testing::TempDir dir;
  const fs::path out = dir.path() / "corpus.jsonl";
  const RunResult r = run(generator_binary(), {"20", out.string(), "--seed", "5"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(testing::read_file(out), generate({"20", "--seed", "5"}).out);
  const RunResult bad = run(generator_binary(), {"20", (dir.path() / "no/such/dir/x.jsonl").string()});
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("cannot write"), std::string::npos) << bad.err;
}

TEST(GenCorpusBinaryTest, BadArgumentsExitTwoWithAClearMessage) {
  SIARAN_REQUIRE_GENERATOR();
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"abc", "-"}, "N must be a non-negative integer, not 'abc'"},
      {{"12x", "-"}, "N must be a non-negative integer, not '12x'"},
      {{"", "-"}, "N must be a non-negative integer"},
      {{"10"}, "expected N and OUT"},
      {{"10", "-", "--seed", "-1"}, "--seed must be a non-negative integer, not '-1'"},
      {{"10", "-", "--threads", "-1"}, "--threads must be a non-negative integer, not '-1'"},
      {{"10", "-", "--threads", "100000"}, "--threads must be at most 256, not 100000"},
      {{"10", "-", "--seed", " 5"}, "--seed must be a non-negative integer, not ' 5'"},
      {{"10", "-", "--seed"}, "--seed needs a value"},
      {{"10", "-", "--bogus"}, "unknown option --bogus"},
  };
  for (const Case& c : cases) {
    const RunResult r = run(generator_binary(), c.args);
    EXPECT_EQ(r.status, 2) << c.message << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << "expected \"" << c.message << "\" in:\n" << r.err;
    EXPECT_NE(r.err.find("usage: siaran-gen-corpus N OUT.jsonl"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << c.message;
  }
}

TEST(GenCorpusBinaryTest, UnreadableSourcesFailWithoutOutput) {
  SIARAN_REQUIRE_GENERATOR();
  siaran::testing::TempDir dir;
  const RunResult missing = generate({"10", "--from", (dir.path() / "missing").string()});
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("missing"), std::string::npos) << missing.err;
  EXPECT_TRUE(missing.out.empty());
  const fs::path empty = dir.path() / "empty.jsonl";
  std::ofstream(empty) << "";
  const RunResult nothing = generate({"10", "--from", empty.string()});
  EXPECT_EQ(nothing.status, 1);
  EXPECT_NE(nothing.err.find("no releases could be read"), std::string::npos) << nothing.err;
}

TEST(GenCorpusScriptTest, FromSampleIsTheSampleCorpusAloneAndSaysNothingOfDetik) {
  SIARAN_REQUIRE_GENERATOR();
  const RunResult script = wrapper("80", {"--from", "sample", "--seed", "9"});
  ASSERT_EQ(script.status, 0) << script.err;
  EXPECT_FALSE(mentions_detik(script.err)) << script.err;
  const RunResult direct = generate({"80", "--seed", "9", "--from", sample_dir()});
  EXPECT_TRUE(script.out == direct.out);
  EXPECT_EQ(learned_releases(script.err), learned_releases(direct.err));
}

TEST(GenCorpusScriptTest, DefaultLearnsFromDetikAndSampleWhenShared) {
  SIARAN_REQUIRE_GENERATOR();
  SIARAN_REQUIRE_SHARED(articles, "corpus/detik-2025/articles.csv");
  // The script looks beside the checkout, whatever SIARAN_SHARED_DIR says.
  if (!fs::exists(siaran::testing::source_dir() / "../shared/corpus/detik-2025/articles.csv"))
    GTEST_SKIP() << "no ../shared beside the checkout";
  const RunResult by_default = wrapper("100", {"--seed", "4"});
  ASSERT_EQ(by_default.status, 0) << by_default.err;
  EXPECT_NE(by_default.err.find("learning from the Detik articles and corpus/sample"), std::string::npos)
      << by_default.err;
  const RunResult explicit_sources = wrapper("100", {"--from", "detik", "--from", "sample", "--seed", "4"});
  ASSERT_EQ(explicit_sources.status, 0) << explicit_sources.err;
  EXPECT_TRUE(by_default.out == explicit_sources.out) << "the default is not --from detik --from sample";

  // The Detik CSV is read with its column mapping: (nearly) all 1,000 articles, none skipped.
  EXPECT_GE(learned_releases(by_default.err), testing::sample_models().releases + 990) << by_default.err;
  EXPECT_NE(by_default.err.find("(0 skipped)"), std::string::npos) << by_default.err;
  EXPECT_NE(by_default.out, generate({"100", "--seed", "4"}).out) << "same corpus as from the sample alone";
  EXPECT_EQ(lines_of(by_default.out).size(), 100u);
}

}  // namespace
}  // namespace siaran::bench
