// Access (docs/reliability.md): the API is read-only unless the operator turns the admin API on;
// its token is checked in constant time and never logged; the daemon binds loopback by default
// and can drop root. Run through the real siaran-searchd, plus unit checks of the token and the
// command splitting.
#include <gtest/gtest.h>
#include <signal.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <optional>
#include <thread>

#include "searchd/admin_reindex.h"
#include "searchd/admin_token.h"
#include "searchd/server.h"
#include "tests/reliability/reliability_support.h"
#include "tests/searchd/api_test_support.h"
#include "tests/searchd/process.h"

namespace siaran::reliability {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using searchd::testing::Daemon;
using searchd::testing::error_code;
using searchd::testing::http_get;
using searchd::testing::http_request;
using searchd::testing::HttpResponse;
using searchd::testing::json_of;
using searchd::testing::str;

const std::string kToken = "s3cret-Token-0123456789-abcdefXYZ";

std::vector<std::pair<std::string, std::string>> bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

fs::path write_token(const fs::path& dir, const std::string& token, fs::perms perms = fs::perms::owner_read | fs::perms::owner_write) {
  fs::path file = dir / "admin-token";
  std::ofstream(file) << token << "\n";
  fs::permissions(file, perms);
  return file;
}

uint64_t documents_after(uint16_t port) {
  HttpResponse r = http_get(port, "/healthz");
  return r.status == 200 ? json_of(r)["documents"].GetUint64() : 0;
}

class Access : public ::testing::Test {
 protected:
  void SetUp() override {
    releases_a_ = write_releases(files_.path() / "a.jsonl", 40);
    releases_b_ = write_releases(files_.path() / "b.jsonl", 70, 1);
    ASSERT_EQ(index_command("build", db_.path(), {releases_a_.string()}).status, 0);
  }
  siaran::testing::TempDir files_, db_, secrets_;
  fs::path releases_a_, releases_b_;
};

TEST_F(Access, AdminApiIsOffByDefaultAndLooksLikeNoSuchPath) {
  Daemon daemon({"--db", db_.path().string(), "--listen", "127.0.0.1:0", "--quiet"});
  for (const char* method : {"POST", "GET"}) {
    HttpResponse r = http_request(daemon.port(), method, "/api/v1/admin/reindex", "", bearer(kToken));
    EXPECT_EQ(r.status, 404) << method << " " << r.body;
    EXPECT_EQ(error_code(r), "not_found");
    HttpResponse unknown = http_request(daemon.port(), method, "/api/v1/admin/nothing");
    EXPECT_EQ(searchd::testing::error_message(unknown).substr(0, 14), searchd::testing::error_message(r).substr(0, 14));
  }
  EXPECT_EQ(documents_after(daemon.port()), 40u);
}

TEST_F(Access, ReindexNeedsTheTokenAndRunsTheCommandOnce) {
  const fs::path token_file = write_token(secrets_.path(), kToken);
  const std::string command = index_binary().string() + " build --db '" + db_.path().string() + "' '" +
                              releases_b_.string() + "'";
  Daemon daemon({"--db", db_.path().string(), "--listen", "127.0.0.1:0", "--admin-token-file",
                 token_file.string(), "--reindex-command", command});
  const uint16_t port = daemon.port();
  const std::string path = "/api/v1/admin/reindex";

  HttpResponse none = http_request(port, "POST", path);
  EXPECT_EQ(none.status, 401) << none.body;
  EXPECT_EQ(error_code(none), "unauthorized");
  EXPECT_EQ(none.header("www-authenticate").value_or(""), "Bearer realm=\"siaran-admin\"");
  EXPECT_EQ(http_request(port, "POST", path, "", {{"Authorization", "Basic YWRtaW46YWRtaW4="}}).status, 401);
  EXPECT_EQ(http_request(port, "POST", path, "", {{"Authorization", "Bearer"}}).status, 401);
  std::string same_length_wrong = kToken;
  same_length_wrong.back() = 'Q';
  for (const std::string& wrong : {same_length_wrong, kToken.substr(0, kToken.size() - 1), kToken + "Z",
                                   std::string(300, 'x')}) {
    HttpResponse r = http_request(port, "POST", path, "", bearer(wrong));
    EXPECT_EQ(r.status, 403) << r.body;
    EXPECT_EQ(error_code(r), "forbidden");
    EXPECT_EQ(r.body.find(wrong.substr(0, 20)), std::string::npos) << "the presented token is not echoed";
  }
  EXPECT_EQ(http_request(port, "GET", path).status, 401);
  EXPECT_EQ(str(json_of(http_request(port, "GET", path, "", bearer(kToken)))["state"]), "idle");
  EXPECT_EQ(documents_after(port), 40u) << "no refused request started anything";

  HttpResponse accepted = http_request(port, "POST", path, "", bearer(kToken));
  ASSERT_EQ(accepted.status, 202) << accepted.body;
  EXPECT_EQ(accepted.header("location").value_or(""), path);
  EXPECT_EQ(accepted.header("cache-control").value_or(""), "no-store");
  EXPECT_EQ(str(json_of(accepted)["state"]), "running");
  EXPECT_EQ(str(json_of(accepted)["status_url"]), path);

  rapidjson::Document status;
  for (int i = 0; i < 3000; ++i) {
    status = json_of(http_request(port, "GET", path, "", bearer(kToken)));
    if (str(status["state"]) != "running") break;
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(str(status["state"]), "succeeded") << str(status["output_tail"]);
  EXPECT_EQ(status["exit_status"].GetInt(), 0);
  EXPECT_EQ(status["runs"].GetUint(), 1u);
  EXPECT_NE(str(status["output_tail"]).find("indexed 70"), std::string::npos) << str(status["output_tail"]);
  // Each searchd worker reopens on its own (about once a second), so one answer from the new
  // index says only that one worker has it: wait for several in a row, which reach both.
  int new_in_a_row = 0;
  for (int i = 0; i < 3000 && new_in_a_row < 8; ++i) {
    new_in_a_row = documents_after(port) == 70 ? new_in_a_row + 1 : 0;
    if (new_in_a_row < 8) std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(new_in_a_row, 8) << "the new index is served";

  daemon.signal(SIGTERM);
  EXPECT_EQ(daemon.wait(), 0);
  const std::string& log = daemon.stderr_text();
  EXPECT_NE(log.find("POST /api/v1/admin/reindex 202"), std::string::npos) << log;
  EXPECT_NE(log.find("POST /api/v1/admin/reindex 403"), std::string::npos) << log;
  EXPECT_EQ(log.find(kToken.substr(0, 12)), std::string::npos) << "the token is never logged";
}

TEST_F(Access, OneReindexAtATimeAndShutdownStopsIt) {
  const fs::path token_file = write_token(secrets_.path(), kToken);
  Daemon daemon({"--db", db_.path().string(), "--listen", "127.0.0.1:0", "--quiet", "--admin-token-file",
                 token_file.string(), "--reindex-command", "/bin/sleep 600"});
  const std::string path = "/api/v1/admin/reindex";
  ASSERT_EQ(http_request(daemon.port(), "POST", path, "", bearer(kToken)).status, 202);
  HttpResponse again = http_request(daemon.port(), "POST", path, "", bearer(kToken));
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(error_code(again), "conflict");
  EXPECT_EQ(str(json_of(http_request(daemon.port(), "GET", path, "", bearer(kToken)))["state"]), "running");
  // SIGTERM: the daemon ends the running command (its process group) rather than wait 10 minutes.
  const auto start = std::chrono::steady_clock::now();
  daemon.signal(SIGTERM);
  EXPECT_EQ(daemon.wait(), 0) << daemon.stderr_text();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 120s) << "shutdown waited for the reindex command";
}

TEST_F(Access, AdminOptionsAreCheckedAtStartup) {
  auto start = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {searchd_binary().string(), "--db", db_.path().string(), "--listen", "127.0.0.1:0"});
    return run(args);
  };
  RunResult no_token = start({"--reindex-command", "/bin/true"});
  EXPECT_EQ(no_token.status, 2) << no_token.output;
  RunResult no_command = start({"--admin-token-file", write_token(secrets_.path(), kToken).string()});
  EXPECT_EQ(no_command.status, 2) << no_command.output;
  EXPECT_NE(no_command.output.find("--reindex-command"), std::string::npos) << no_command.output;

  const fs::path readable = write_token(secrets_.path(), kToken, fs::perms::owner_read | fs::perms::others_read);
  RunResult exposed = start({"--admin-token-file", readable.string(), "--reindex-command", "/bin/true"});
  EXPECT_EQ(exposed.status, 2) << exposed.output;
  EXPECT_NE(exposed.output.find("readable or writable by every user"), std::string::npos) << exposed.output;
  EXPECT_EQ(exposed.output.find(kToken), std::string::npos) << "the token is never printed";

  RunResult short_token = start({"--admin-token-file", write_token(secrets_.path(), "short").string(),
                                 "--reindex-command", "/bin/true"});
  EXPECT_EQ(short_token.status, 2) << short_token.output;
  RunResult unterminated = start({"--admin-token-file", write_token(secrets_.path(), kToken).string(),
                                  "--reindex-command", "siaran-index build --db '/srv/db"});
  EXPECT_EQ(unterminated.status, 2) << unterminated.output;
  RunResult unknown_user = start({"--user", "no-such-user-siaran"});
  EXPECT_EQ(unknown_user.status, 2) << unknown_user.output;
}

TEST_F(Access, ListensOnLoopbackByDefault) {
  const searchd::ServerConfig defaults;
  EXPECT_EQ(defaults.listen.host, "127.0.0.1");
  RunResult help = run({searchd_binary().string(), "--help"});
  EXPECT_NE(help.output.find("127.0.0.1:8080"), std::string::npos) << help.output;
  if (searchd::testing::port_open(8080)) GTEST_SKIP() << "port 8080 is taken; the default cannot be started here";
  Daemon daemon({"--db", db_.path().string(), "--quiet"});  // no --listen
  EXPECT_EQ(daemon.port(), 8080);
  EXPECT_NE(daemon.stderr_text().find("on http://127.0.0.1:8080 "), std::string::npos) << daemon.stderr_text();
}

// Reads "Uid:\t65534\t65534\t65534\t65534" style lines of /proc/PID/status.
std::string proc_status_line(pid_t pid, const std::string& key) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind(key + ":", 0) == 0) return line;
  return "";
}

TEST_F(Access, UserDropsRootAfterBinding) {
  if (::geteuid() != 0) GTEST_SKIP() << "--user needs root; not running as root";
  const passwd* nobody = ::getpwnam("nobody");
  if (!nobody) GTEST_SKIP() << "no user nobody";
  for (const fs::path& dir : {files_.path(), db_.path()}) fs::permissions(dir, fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  Daemon daemon({"--db", db_.path().string(), "--listen", "127.0.0.1:0", "--quiet", "--user", "nobody"});
  const std::string uid = std::to_string(nobody->pw_uid), gid = std::to_string(nobody->pw_gid);
  EXPECT_EQ(proc_status_line(daemon.pid(), "Uid"), "Uid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid);
  EXPECT_EQ(proc_status_line(daemon.pid(), "Gid"), "Gid:\t" + gid + "\t" + gid + "\t" + gid + "\t" + gid);
  std::string groups = proc_status_line(daemon.pid(), "Groups");
  while (!groups.empty() && (groups.back() == ' ' || groups.back() == '\t')) groups.pop_back();
  EXPECT_EQ(groups, "Groups:") << "no supplementary groups";
  // Every thread, the HTTP workers started before the switch included.
  for (const auto& task : fs::directory_iterator("/proc/" + std::to_string(daemon.pid()) + "/task")) {
    std::ifstream in(task.path() / "status");
    std::string line;
    while (std::getline(in, line) && line.rfind("Uid:", 0) != 0) {
    }
    EXPECT_EQ(line, "Uid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid) << task.path();
  }
  EXPECT_EQ(documents_after(daemon.port()), 40u) << "still serves, reading the index as nobody";
}

TEST(AdminToken, MatchesOnlyTheExactToken) {
  const searchd::AdminToken token = searchd::AdminToken::from_string(kToken);
  EXPECT_TRUE(token.matches(kToken));
  EXPECT_FALSE(token.matches(""));
  EXPECT_FALSE(token.matches(kToken.substr(0, kToken.size() - 1)));
  EXPECT_FALSE(token.matches(kToken + "A"));
  EXPECT_FALSE(token.matches(kToken + std::string(1, '\0')));
  std::string flipped = kToken;
  flipped[0] ^= 1;
  EXPECT_FALSE(token.matches(flipped));
  EXPECT_FALSE(token.matches(std::string(1000, 'a')));
  EXPECT_THROW(searchd::AdminToken::from_string("too-short"), std::invalid_argument);
  EXPECT_THROW(searchd::AdminToken::from_string("has a space in it, sadly"), std::invalid_argument);
  EXPECT_THROW(searchd::AdminToken::from_string(std::string(257, 'a')), std::invalid_argument);
}

TEST(AdminToken, BearerCredentials) {
  EXPECT_EQ(searchd::bearer_credentials("Bearer abc").value_or("-"), "abc");
  EXPECT_EQ(searchd::bearer_credentials("bearer   abc  ").value_or("-"), "abc");
  EXPECT_FALSE(searchd::bearer_credentials("Bearer").has_value());
  EXPECT_FALSE(searchd::bearer_credentials("Bearer   ").has_value());
  EXPECT_FALSE(searchd::bearer_credentials("Basic abc").has_value());
  EXPECT_FALSE(searchd::bearer_credentials("Bearerabc").has_value());
}

TEST(AdminReindex, SplitCommandWithoutAShell) {
  using V = std::vector<std::string>;
  EXPECT_EQ(searchd::split_command("siaran-index build --db /srv/db  /srv/in"),
            (V{"siaran-index", "build", "--db", "/srv/db", "/srv/in"}));
  EXPECT_EQ(searchd::split_command("a 'b c' \"d \\\"e\\\"\" f\\ g"), (V{"a", "b c", "d \"e\"", "f g"}));
  EXPECT_EQ(searchd::split_command("a $HOME `x` ; rm > f | g"), (V{"a", "$HOME", "`x`", ";", "rm", ">", "f", "|", "g"}));
  EXPECT_EQ(searchd::split_command("a ''"), (V{"a", ""}));
  EXPECT_THROW(searchd::split_command("   "), std::invalid_argument);
  EXPECT_THROW(searchd::split_command("a 'b"), std::invalid_argument);
}

TEST(AdminReindex, ReportsHowTheCommandEnded) {
  searchd::ReindexRunner failing({"/bin/sh", "-c", "echo half done; echo broken >&2; exit 3"});
  ASSERT_TRUE(failing.start());
  ASSERT_TRUE(failing.wait_finished(60s));
  searchd::ReindexStatus s = failing.status();
  EXPECT_EQ(s.state, searchd::ReindexStatus::State::Failed);
  EXPECT_EQ(s.exit_status, 3);
  EXPECT_EQ(s.output_tail, "half done\nbroken\n");
  EXPECT_FALSE(s.finished_at.empty());

  searchd::ReindexRunner missing({"/no/such/program"});
  EXPECT_THROW(missing.start(), std::runtime_error);
  EXPECT_EQ(missing.status().state, searchd::ReindexStatus::State::Failed);
  EXPECT_THROW(missing.start(), std::runtime_error) << "a failed start leaves nothing running to block the next";
}

// Stopping the daemon with a command that ignores SIGTERM: it is killed after the grace period
// rather than holding the daemon up (the test would hang otherwise).
TEST(AdminReindex, ACommandIgnoringSigtermIsKilledAtShutdown) {
  std::optional<searchd::ReindexRunner> runner(std::in_place,
                                               std::vector<std::string>{"/bin/sh", "-c", "trap '' TERM; echo ready; sleep 600"},
                                               std::chrono::milliseconds(200));
  ASSERT_TRUE(runner->start());
  for (int i = 0; i < 3000 && runner->status().output_tail.empty(); ++i) std::this_thread::sleep_for(10ms);
  ASSERT_EQ(runner->status().output_tail, "ready\n") << "the shell has set its trap";
  const auto start = std::chrono::steady_clock::now();
  runner.reset();  // SIGTERM is ignored; SIGKILL after 200 ms ends it
  EXPECT_LT(std::chrono::steady_clock::now() - start, 300s) << "stopped by SIGKILL, not by sleep 600 ending";
}

}  // namespace
}  // namespace siaran::reliability
