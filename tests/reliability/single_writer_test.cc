// One writer at a time: while one siaran-index holds an index folder, a second build, update or
// delete on it is refused at once with a message naming the folder and the holder's pid, exit 1
// (kExitFatal), and changes nothing. The first writer is held mid-run deterministically: it
// reads its records from a pipe this test keeps open.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "indexer/exit_codes.h"
#include "tests/reliability/reliability_support.h"

namespace siaran::reliability {
namespace {

using namespace std::chrono_literals;

// Waits until the writer lock file names `pid` (WriterLock writes it once the lock is held).
bool holds_lock(const std::filesystem::path& db, pid_t pid) {
  for (int i = 0; i < 3000; ++i) {
    std::ifstream in(db / "lock");
    std::string holder;
    if (std::getline(in, holder) && holder == std::to_string(pid)) return true;
    std::this_thread::sleep_for(10ms);
  }
  return false;
}

TEST(SingleWriter, ASecondWriterIsRefusedClearlyAndChangesNothing) {
  siaran::testing::TempDir files, db;
  const auto old_file = write_releases(files.path() / "old.jsonl", 50);
  const auto other_file = write_releases(files.path() / "other.jsonl", 80, 1);
  ASSERT_EQ(index_command("build", db.path(), {old_file.string()}).status, 0);
  const IndexFingerprint before = fingerprint(db.path());

  for (const char* first_command : {"build", "update"}) {
    ChildOptions piped;
    piped.stdin_pipe = true;
    Child first({index_binary().string(), first_command, "--db", db.path().string(), "-"}, piped);
    ASSERT_TRUE(holds_lock(db.path(), first.pid())) << first.output();

    const std::vector<std::vector<std::string>> seconds = {
        {"build", other_file.string()}, {"update", other_file.string()}, {"delete", "rel-00001"}};
    for (const auto& second : seconds) {
      std::vector<std::string> more(second.begin() + 1, second.end());
      RunResult r = index_command(second[0], db.path(), more);
      EXPECT_EQ(r.status, indexer::kExitFatal) << r.output;
      EXPECT_NE(r.output.find("another siaran-index is writing " + db.path().string() + " (pid " +
                              std::to_string(first.pid()) + ")"),
                std::string::npos)
          << first_command << " then " << second[0] << ": " << r.output;
      EXPECT_EQ(nonempty_lines(r.output).size(), 1u) << r.output;
      EXPECT_TRUE(fingerprint(db.path()).same_content(before)) << second[0] << " changed the index";
    }
    // The first writer finishes normally with what it was given.
    first.write_stdin(releases_jsonl(50));
    first.close_stdin();
    EXPECT_EQ(first.wait(), 0) << first.output();
    EXPECT_TRUE(fingerprint(db.path()).same_content(before));
  }
  // And once it is gone, the next writer gets the lock.
  RunResult after = index_command("update", db.path(), {other_file.string()});
  EXPECT_EQ(after.status, 0) << after.output;
  EXPECT_EQ(fingerprint(db.path()).documents, 80u);
}

}  // namespace
}  // namespace siaran::reliability
