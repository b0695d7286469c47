#include "index/database_dir.h"

#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/support/test_paths.h"

namespace siaran::index {
namespace {

namespace fs = std::filesystem;
using siaran::testing::TempDir;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// A committed generation holding one document whose data is `marker`.
fs::path make_generation(const DatabaseDir& dir, const std::string& marker) {
  fs::path path = dir.new_generation_path();
  Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  Xapian::Document doc;
  doc.set_data(marker);
  db.add_document(doc);
  db.commit();
  db.close();
  return path;
}

std::string data_of_first_document(const fs::path& path) {
  Xapian::Database db(path.string());
  return db.get_document(1).get_data();
}

TEST(DatabaseDir, AnEmptyFolderHasNoLiveGeneration) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  EXPECT_EQ(dir.live_generation(), "");
  EXPECT_THROW(dir.live_path(), std::runtime_error);
  EXPECT_TRUE(dir.generations().empty());
}

TEST(DatabaseDir, PublishMakesAGenerationLiveForXapian) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  const fs::path gen = make_generation(dir, "first");
  EXPECT_EQ(dir.live_generation(), "") << "not live before publish";
  dir.publish(gen);
  EXPECT_EQ(dir.live_generation(), gen.filename().string());
  EXPECT_EQ(dir.live_path(), gen);
  // Xapian opens the folder itself through the stub file.
  EXPECT_EQ(data_of_first_document(dir.path()), "first");
  std::ifstream stub(dir.path() / "XAPIANDB");
  std::string line;
  std::getline(stub, line);
  EXPECT_EQ(line, "auto generations/" + gen.filename().string());
  EXPECT_FALSE(fs::exists(dir.path() / "XAPIANDB.tmp"));
}

TEST(DatabaseDir, NewGenerationsAreNumberedUpwardAndNeverReused) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  const fs::path a = dir.new_generation_path();
  const fs::path b = dir.new_generation_path();
  EXPECT_NE(a, b);
  EXPECT_EQ(a.filename(), "gen-000001");
  EXPECT_EQ(b.filename(), "gen-000002");
  EXPECT_TRUE(fs::is_directory(a));
  EXPECT_TRUE(fs::is_empty(a));
}

TEST(DatabaseDir, KeepsTheLiveAndThePreviousGenerationOnly) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  const fs::path first = make_generation(dir, "1");
  dir.publish(first);
  const fs::path abandoned = dir.new_generation_path();  // a build that died
  const fs::path second = make_generation(dir, "2");
  dir.publish(second);
  EXPECT_TRUE(fs::exists(first)) << "the previous generation stays for open readers";
  const fs::path third = make_generation(dir, "3");
  dir.publish(third);
  EXPECT_FALSE(fs::exists(first));
  EXPECT_FALSE(fs::exists(abandoned));
  EXPECT_THAT(dir.generations(), ElementsAre(second.filename().string(), third.filename().string()));
  EXPECT_EQ(data_of_first_document(dir.path()), "3");
}

TEST(DatabaseDir, DiscardRemovesAnUnpublishedGenerationOnly) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  const fs::path live = make_generation(dir, "live");
  dir.publish(live);
  const fs::path failed = make_generation(dir, "failed");
  dir.discard(failed);
  EXPECT_FALSE(fs::exists(failed));
  dir.discard(live);
  EXPECT_TRUE(fs::exists(live)) << "the live generation is never discarded";
  dir.discard(tmp.path());
  EXPECT_TRUE(fs::exists(tmp.path())) << "nothing outside DIR/generations is touched";
  EXPECT_EQ(data_of_first_document(dir.path()), "live");
}

TEST(DatabaseDir, PublishRefusesAFolderThatIsNotOneOfItsGenerations) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  fs::create_directories(tmp.path() / "elsewhere" / "gen-000009");
  EXPECT_THROW(dir.publish(tmp.path() / "elsewhere" / "gen-000009"), std::invalid_argument);
  EXPECT_EQ(dir.live_generation(), "");
}

TEST(DatabaseDir, AStubItDidNotWriteIsAnError) {
  TempDir tmp;
  DatabaseDir dir(tmp.path());
  std::ofstream(tmp.path() / "XAPIANDB") << "glass /somewhere/else\n";
  EXPECT_THROW(dir.live_generation(), std::runtime_error);
}

TEST(DatabaseDir, PrepareCreatesTheFolderAndRefusesAForeignOne) {
  TempDir tmp;
  DatabaseDir fresh(tmp.path() / "a" / "b");
  fresh.prepare();
  EXPECT_TRUE(fs::is_directory(tmp.path() / "a" / "b"));

  std::ofstream(tmp.path() / "notes.txt") << "not an index";
  DatabaseDir foreign(tmp.path());
  try {
    foreign.prepare();
    FAIL() << "a folder of other files was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("is not an index folder"));
  }

  std::ofstream(tmp.path() / "file") << "x";
  EXPECT_THROW(DatabaseDir(tmp.path() / "file").prepare(), std::runtime_error);
}

TEST(WriterLock, ASecondWriterIsToldWhoHoldsTheLock) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  {
    WriterLock first(dir);
    try {
      WriterLock second(dir);
      FAIL() << "two writers at once";
    } catch (const WriterBusy& e) {
      EXPECT_THAT(e.what(), HasSubstr("another siaran-index is writing " + dir.path().string()));
      EXPECT_THAT(e.what(), HasSubstr("(pid " + std::to_string(::getpid()) + ")"));
    }
  }
  EXPECT_NO_THROW(WriterLock again(dir)) << "released with its holder";
}

TEST(WriterLock, IsHeldAgainstAnotherProcess) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  WriterLock held(dir);
  // flock locks belong to open files, so a child process opening the file anew is refused too.
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    try {
      WriterLock other(dir);
      ::_exit(0);
    } catch (const WriterBusy&) {
      ::_exit(7);
    } catch (...) {
      ::_exit(1);
    }
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 7);
}

// Builds killed before publishing (SIGKILL, power loss) leave their generation behind; the next
// writer removes them as it takes the lock, so repeated failures cannot fill the disk.
TEST(WriterLock, TakingItRemovesGenerationsOfBuildsThatDied) {
  TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  const fs::path previous = make_generation(dir, "previous");
  dir.publish(previous);
  const fs::path live = make_generation(dir, "live");
  dir.publish(live);
  const fs::path died_committed = make_generation(dir, "died");
  const fs::path died_empty = dir.new_generation_path();
  { WriterLock lock(dir); }
  EXPECT_FALSE(fs::exists(died_committed));
  EXPECT_FALSE(fs::exists(died_empty));
  EXPECT_THAT(dir.generations(), ElementsAre(previous.filename().string(), live.filename().string()));
  EXPECT_EQ(data_of_first_document(dir.path()), "live");

  TempDir never_built;
  DatabaseDir fresh(never_built.path() / "db");
  const fs::path first_attempt = fresh.new_generation_path();
  EXPECT_EQ(fresh.remove_abandoned(), 1u);
  EXPECT_FALSE(fs::exists(first_attempt));
}

}  // namespace
}  // namespace siaran::index
