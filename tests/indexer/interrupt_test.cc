// Ctrl-C during a build: the build is abandoned and the live index stays as it was.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "index/database_dir.h"
#include "tests/indexer/indexer_test_support.h"

extern char** environ;

namespace siaran::indexer {
namespace {

namespace fs = std::filesystem;
using namespace siaran::indexer::testing;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(Interrupt, CtrlCAbandonsTheBuildAndLeavesTheLiveIndex) {
  SIARAN_REQUIRE_INDEXER();
  siaran::testing::TempDir tmp;
  const std::string db = (tmp.path() / "db").string();
  ASSERT_EQ(run_indexer({"build", "--db", db, fixture("archive").string()}).status, 0);

  // A build reading JSONL from a pipe we hold open, so it is mid-build when the signal comes.
  int input[2];
  ASSERT_EQ(::pipe(input), 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
  posix_spawn_file_actions_addclose(&actions, input[1]);
  const std::string err = (tmp.path() / "err").string();
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const std::string binary = indexer_binary().string();
  std::vector<std::string> args = {binary, "build", "--db", db, "-"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  ::close(input[0]);

  const std::string record = "{\"id\":\"new\",\"title\":\"Baru\",\"body\":\"Rilis yang tidak jadi diindeks.\"}\n";
  ASSERT_EQ(::write(input[1], record.data(), record.size()), static_cast<ssize_t>(record.size()));
  // The new generation exists once the writer is open, which is after the signal handlers are.
  const fs::path building = tmp.path() / "db" / "generations" / "gen-000002";
  for (int i = 0; i < 1000 && !fs::exists(building); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_TRUE(fs::exists(building));

  ASSERT_EQ(::kill(pid, SIGINT), 0);
  ::close(input[1]);  // the blocked read ends; the program then sees the signal
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 130);
  EXPECT_THAT(read_file(err), HasSubstr("interrupted; the index in " + db + " is unchanged"));

  index::DatabaseDir dir(db);
  EXPECT_EQ(dir.live_generation(), "gen-000001");
  EXPECT_THAT(dir.generations(), ElementsAre("gen-000001")) << "the abandoned generation is removed";
  Xapian::Database live(db);
  EXPECT_EQ(live.get_doccount(), 6u);
  EXPECT_FALSE(live.term_exists("Qnew"));
}

}  // namespace
}  // namespace siaran::indexer
