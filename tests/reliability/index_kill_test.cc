// SIGKILL siaran-index build and update at moments spread over their run — early, mid-way, in
// the final commit and publish — while siaran-searchd serves the index. Whatever the moment:
// the live index is exactly the old one or exactly the new one, searchd keeps answering, and
// running the command again completes. update is resumable and idempotent: after a kill,
// re-running it reaches the state of an uninterrupted run, and a second run changes nothing.
//
// The moments are fractions of an uninterrupted run of the same command measured first, so
// they land in the same phases on a fast or a slow machine (not a timing assertion: a kill that
// comes after the end only finds the command finished, which the checks accept too, and the
// estimate is shortened for the next moments).
#include <gtest/gtest.h>
#include <signal.h>
#include <xapian.h>

#include <chrono>
#include <thread>

#include "tests/reliability/reliability_support.h"
#include "tests/searchd/api_test_support.h"
#include "tests/searchd/process.h"

namespace siaran::reliability {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using searchd::testing::Daemon;
using searchd::testing::http_get;

constexpr size_t kOldReleases = 300;
constexpr size_t kNewReleases = 900;
constexpr double kKillMoments[] = {0.03, 0.2, 0.45, 0.7, 0.85, 0.93, 0.97, 1.0};
// Kills that must land while the command runs. The moments are aimed from one timed run, and a
// machine whose load drops after it runs the command faster, so the kills that came after the
// end are made up for by more, aimed ever earlier (at most kExtraMoments of them).
constexpr int kMinKills = 4;
constexpr int kExtraMoments = 8;
constexpr double kExtraFraction = 0.5;

// Runs `argv` uninterrupted; returns how long it took. Fails the test when it does not succeed.
Clock::duration timed_run(const std::vector<std::string>& argv) {
  Clock::time_point start = Clock::now();
  RunResult r = run(argv);
  EXPECT_EQ(r.status, 0) << r.output;
  return Clock::now() - start;
}

// Starts argv, SIGKILLs it after `delay` (if it is still running); returns its exit status.
int kill_after(const std::vector<std::string>& argv, Clock::duration delay) {
  Child child(argv);
  std::this_thread::sleep_for(delay);
  child.kill(SIGKILL);
  return child.wait();
}

// searchd still answers a health check and a query, over one of the two expected indexes.
void expect_serving(uint16_t port, uint64_t old_count, uint64_t new_count, const std::string& moment) {
  searchd::testing::HttpResponse health = http_get(port, "/healthz");
  ASSERT_EQ(health.status, 200) << moment << ": " << health.body;
  uint64_t documents = searchd::testing::json_of(health)["documents"].GetUint64();
  EXPECT_TRUE(documents == old_count || documents == new_count) << moment << ": " << documents << " documents";
  searchd::testing::HttpResponse search = http_get(port, "/api/v1/search?q=remisi");
  ASSERT_EQ(search.status, 200) << moment << ": " << search.body;
  EXPECT_GT(searchd::testing::json_of(search)["total"].GetUint64(), 0u) << moment;
}

void expect_only_index_files(const std::filesystem::path& db) {
  for (const std::string& name : folder_entries(db))
    EXPECT_TRUE(name == "XAPIANDB" || name == "generations" || name == "lock") << "left behind in " << db << ": " << name;
  EXPECT_LE(generation_folders(db).size(), 2u) << "the live generation and the previous one, nothing else";
}

std::string moment_name(const char* command, double fraction, int status) {
  return std::string(command) + " killed at " + std::to_string(static_cast<int>(fraction * 100)) + "% (exit " +
         std::to_string(status) + ")";
}

TEST(IndexKill, BuildKilledAtAnyMomentLeavesTheLiveIndexServing) {
  siaran::testing::TempDir files, db, reference;
  const auto old_file = write_releases(files.path() / "old.jsonl", kOldReleases);
  const auto new_file = write_releases(files.path() / "new.jsonl", kNewReleases, 1);
  ASSERT_EQ(index_command("build", db.path(), {old_file.string()}).status, 0);
  const IndexFingerprint old_index = fingerprint(db.path());
  const std::vector<std::string> build = {index_binary().string(), "build", "--db", db.path().string(),
                                          new_file.string()};
  const Clock::duration full_run =
      timed_run({index_binary().string(), "build", "--db", reference.path().string(), new_file.string()});
  const IndexFingerprint new_index = fingerprint(reference.path());
  ASSERT_EQ(new_index.documents, kNewReleases);

  Daemon searchd({"--db", db.path().string(), "--listen", "127.0.0.1:0", "--quiet"});
  int killed = 0;
  Clock::duration estimate = full_run;
  auto kill_at = [&](double fraction) {
    const int status = kill_after(build, std::chrono::duration_cast<Clock::duration>(estimate * fraction));
    if (status == 0) estimate = estimate * 8 / 10;  // the machine got faster: aim earlier
    const std::string moment = moment_name("build", fraction, status);
    if (status == 128 + SIGKILL) ++killed;
    EXPECT_TRUE(status == 128 + SIGKILL || status == 0) << moment;
    const IndexFingerprint live = fingerprint(db.path());
    EXPECT_TRUE(live.same_content(old_index) || live.same_content(new_index))
        << moment << ": the live index is neither the old nor the new one (" << live.documents << " documents)";
    expect_serving(searchd.port(), kOldReleases, kNewReleases, moment);
    // Each build removes what the killed one before it left: never more than the live and the
    // previous generation plus the one the last killed build was writing.
    EXPECT_LE(generation_folders(db.path()).size(), 3u) << moment;
  };
  for (double fraction : kKillMoments) kill_at(fraction);
  for (int extra = 0; killed < kMinKills && extra < kExtraMoments; ++extra) kill_at(kExtraFraction);
  EXPECT_GE(killed, kMinKills) << "most kills should land while the build runs";

  // Running it again completes, and cleans up what the killed runs left.
  RunResult again = run(build);
  ASSERT_EQ(again.status, 0) << again.output;
  EXPECT_TRUE(fingerprint(db.path()).same_content(new_index));
  expect_only_index_files(db.path());
  expect_serving(searchd.port(), kOldReleases, kNewReleases, "after the re-run");
}

TEST(IndexKill, UpdateKilledAtAnyMomentIsResumableAndIdempotent) {
  siaran::testing::TempDir files, db, reference;
  const auto old_file = write_releases(files.path() / "old.jsonl", kOldReleases);
  // Edition 1 of more releases: the first kOldReleases ids exist, every fifth of them changed.
  const auto update_file = write_releases(files.path() / "update.jsonl", kNewReleases, 1);
  ASSERT_EQ(index_command("build", db.path(), {old_file.string()}).status, 0);
  ASSERT_EQ(index_command("build", reference.path(), {old_file.string()}).status, 0);
  const IndexFingerprint old_index = fingerprint(db.path());
  const Clock::duration full_run =
      timed_run({index_binary().string(), "update", "--db", reference.path().string(), update_file.string()});
  const IndexFingerprint updated = fingerprint(reference.path());
  ASSERT_EQ(updated.documents, kNewReleases);
  ASSERT_FALSE(updated.same_content(old_index));

  const std::vector<std::string> update = {index_binary().string(), "update", "--db", db.path().string(),
                                           update_file.string()};
  Daemon searchd({"--db", db.path().string(), "--listen", "127.0.0.1:0", "--quiet"});
  int killed = 0;
  Clock::duration estimate = full_run;
  auto kill_at = [&](double fraction) {
    const std::string generation_before = fingerprint(db.path()).generation;
    const int status = kill_after(update, std::chrono::duration_cast<Clock::duration>(estimate * fraction));
    if (status == 0) estimate = estimate * 8 / 10;  // the machine got faster: aim earlier
    const std::string moment = moment_name("update", fraction, status);
    if (status == 128 + SIGKILL) ++killed;
    const IndexFingerprint live = fingerprint(db.path());
    EXPECT_TRUE(live.same_content(old_index) || live.same_content(updated))
        << moment << ": a half-applied update is visible (" << live.documents << " documents)";
    EXPECT_EQ(live.generation, generation_before) << moment << ": update writes in place";
    expect_serving(searchd.port(), kOldReleases, kNewReleases, moment);
    if (live.same_content(updated)) {
      // It finished before the kill: start over from the old index for the next moment.
      ASSERT_EQ(index_command("build", db.path(), {old_file.string()}).status, 0);
    }
  };
  for (double fraction : kKillMoments) kill_at(fraction);
  for (int extra = 0; killed < kMinKills && extra < kExtraMoments; ++extra) kill_at(kExtraFraction);
  EXPECT_GE(killed, kMinKills) << "most kills should land while the update runs";

  // Resumable: run again after the kills, reach the uninterrupted run's state.
  RunResult resumed = run(update);
  ASSERT_EQ(resumed.status, 0) << resumed.output;
  EXPECT_TRUE(fingerprint(db.path()).same_content(updated));
  expect_only_index_files(db.path());

  // Idempotent: once more changes nothing, not even the database revision readers watch.
  const Xapian::rev revision = Xapian::Database(db.path().string()).get_revision();
  RunResult twice = run(update);
  ASSERT_EQ(twice.status, 0) << twice.output;
  EXPECT_NE(twice.output.find("indexed 0, unchanged " + std::to_string(kNewReleases)), std::string::npos)
      << twice.output;
  EXPECT_TRUE(fingerprint(db.path()).same_content(updated));
  EXPECT_EQ(Xapian::Database(db.path().string()).get_revision(), revision);
  expect_serving(searchd.port(), kOldReleases, kNewReleases, "after the re-runs");
}

}  // namespace
}  // namespace siaran::reliability
