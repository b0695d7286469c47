// A full disk or a permission error while indexing: siaran-index says so in one line naming the
// path and the OS error, exits 1 (kExitFatal, indexer/exit_codes.h), and the live index is the
// one from before, with no partial generation left behind.
//
// A full disk is simulated without root or a special filesystem: the child runs with a small
// RLIMIT_FSIZE and SIGXFSZ ignored, so a write that would grow a file past the limit fails with
// EFBIG, through the same error paths as ENOSPC. Permission errors need a folder the indexer may
// not write: as root (CI) the indexer runs as user nobody, since root ignores file modes.
#include <gtest/gtest.h>
#include <pwd.h>
#include <unistd.h>

#include <regex>

#include "indexer/exit_codes.h"
#include "tests/reliability/reliability_support.h"

namespace siaran::reliability {
namespace {

namespace fs = std::filesystem;

constexpr size_t kOldReleases = 200, kNewReleases = 2000;
constexpr rlim_t kSmallFileLimit = 256 * 1024;  // the old index fits; the new one cannot

// The single "siaran-index: error: ..." line of `output`, checked to be one line that names
// `path` and the OS error text.
void expect_one_clear_error(const std::string& output, const fs::path& path, const std::string& os_error) {
  std::vector<std::string> errors;
  for (const std::string& line : nonempty_lines(output))
    if (line.rfind("siaran-index: error: ", 0) == 0) errors.push_back(line);
  ASSERT_EQ(errors.size(), 1u) << output;
  EXPECT_NE(errors[0].find(path.string()), std::string::npos) << "names the path: " << errors[0];
  EXPECT_NE(errors[0].find(os_error), std::string::npos) << "names the OS error: " << errors[0];
}

// Who the permission tests run the indexer as: ourselves when not root, `nobody` when root.
struct Unprivileged {
  ChildOptions options;
  std::string skip_reason;
};

Unprivileged unprivileged() {
  Unprivileged u;
  if (::geteuid() != 0) return u;
  passwd* nobody = ::getpwnam("nobody");
  if (!nobody) {
    u.skip_reason = "running as root and there is no user nobody to run the indexer as";
    return u;
  }
  u.options.uid = nobody->pw_uid;
  u.options.gid = nobody->pw_gid;
  RunResult probe = run({index_binary().string(), "--version"}, u.options);
  if (probe.status != 0)
    u.skip_reason = "user nobody cannot run " + index_binary().string() + " (a folder on the way is private)";
  return u;
}

// Lets everyone reach `dir` (TempDir makes 0700 folders) but only its owner write it.
void world_readable(const fs::path& dir) {
  fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec);
}

class DiskErrors : public ::testing::Test {
 protected:
  void SetUp() override {
    old_file_ = write_releases(files_.path() / "old.jsonl", kOldReleases);
    new_file_ = write_releases(files_.path() / "new.jsonl", kNewReleases, 1);
    ASSERT_EQ(index_command("build", db_.path(), {old_file_.string()}).status, 0);
    old_index_ = fingerprint(db_.path());
    old_generations_ = generation_folders(db_.path());
  }

  void expect_old_index_kept() {
    EXPECT_TRUE(fingerprint(db_.path()).same_content(old_index_));
    EXPECT_EQ(fingerprint(db_.path()).generation, old_index_.generation);
    EXPECT_EQ(generation_folders(db_.path()), old_generations_) << "the failed generation is removed";
  }

  siaran::testing::TempDir files_, db_;
  fs::path old_file_, new_file_;
  IndexFingerprint old_index_;
  std::vector<std::string> old_generations_;
};

TEST_F(DiskErrors, DiskFullDuringBuildIsReportedAndTheOldIndexKept) {
  ChildOptions full_disk;
  full_disk.file_size_limit = kSmallFileLimit;
  RunResult r = index_command("build", db_.path(), {new_file_.string()}, full_disk);
  EXPECT_EQ(r.status, indexer::kExitFatal) << r.output;
  expect_one_clear_error(r.output, db_.path(), "File too large");
  expect_old_index_kept();
  // With room again, the same command completes.
  RunResult again = index_command("build", db_.path(), {new_file_.string()});
  EXPECT_EQ(again.status, 0) << again.output;
  EXPECT_EQ(fingerprint(db_.path()).documents, kNewReleases);
}

TEST_F(DiskErrors, DiskFullDuringUpdateIsReportedAndTheOldIndexKept) {
  ChildOptions full_disk;
  full_disk.file_size_limit = kSmallFileLimit;
  RunResult r = index_command("update", db_.path(), {new_file_.string()}, full_disk);
  EXPECT_EQ(r.status, indexer::kExitFatal) << r.output;
  expect_one_clear_error(r.output, db_.path(), "File too large");
  expect_old_index_kept();
  RunResult again = index_command("update", db_.path(), {new_file_.string()});
  EXPECT_EQ(again.status, 0) << again.output;
  EXPECT_EQ(fingerprint(db_.path()).documents, kNewReleases);
}

TEST_F(DiskErrors, UnwritableIndexFolderIsReported) {
  Unprivileged as = unprivileged();
  if (!as.skip_reason.empty()) GTEST_SKIP() << as.skip_reason;
  world_readable(files_.path());
  world_readable(db_.path());
  if (::geteuid() != 0) {  // as ourselves: nothing in the folder may be written
    fs::permissions(db_.path(), fs::perms::owner_write, fs::perm_options::remove);
    fs::permissions(db_.path() / "lock", fs::perms::owner_write, fs::perm_options::remove);
  }
  for (const char* command : {"build", "update"}) {
    RunResult r = index_command(command, db_.path(), {new_file_.string()}, as.options);
    EXPECT_EQ(r.status, indexer::kExitFatal) << command << ": " << r.output;
    expect_one_clear_error(r.output, db_.path(), "Permission denied");
    expect_old_index_kept();
  }
  fs::permissions(db_.path(), fs::perms::owner_write, fs::perm_options::add);
}

// The lock may be taken, but no new generation can be made: the failure comes later, in the
// middle of starting a build, and must be as clear.
TEST_F(DiskErrors, UnwritableGenerationsFolderIsReported) {
  Unprivileged as = unprivileged();
  if (!as.skip_reason.empty()) GTEST_SKIP() << as.skip_reason;
  world_readable(files_.path());
  fs::permissions(db_.path(), fs::perms::all);
  fs::permissions(db_.path() / "lock", fs::perms::all);
  fs::permissions(db_.path() / "generations", fs::perms::owner_all | fs::perms::others_read |
                                                   fs::perms::others_exec | fs::perms::group_read |
                                                   fs::perms::group_exec);
  if (::geteuid() != 0)
    fs::permissions(db_.path() / "generations", fs::perms::owner_write, fs::perm_options::remove);
  RunResult r = index_command("build", db_.path(), {new_file_.string()}, as.options);
  EXPECT_EQ(r.status, indexer::kExitFatal) << r.output;
  expect_one_clear_error(r.output, db_.path() / "generations", "Permission denied");
  expect_old_index_kept();
  fs::permissions(db_.path() / "generations", fs::perms::owner_write, fs::perm_options::add);
}

}  // namespace
}  // namespace siaran::reliability
