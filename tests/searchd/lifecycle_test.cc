// The daemon's life: starting before any index exists, picking up rebuilt indexes while serving,
// draining on shutdown (in-process and the real binary under SIGTERM), and its command line.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <fstream>
#include <future>
#include <thread>

#include "tests/searchd/api_test_support.h"
#include "tests/searchd/fixture_index.h"
#include "tests/searchd/process.h"
#include "tests/support/test_paths.h"

namespace siaran::searchd::testing {
namespace {

using namespace std::chrono_literals;

// Writes the first `count` fixture lines to a JSONL file in `dir`; returns its path.
std::filesystem::path write_fixture(const std::filesystem::path& dir, size_t count) {
  std::istringstream all(fixture_jsonl());
  std::filesystem::path file = dir / ("fixture-" + std::to_string(count) + ".jsonl");
  std::ofstream out(file);
  std::string line;
  for (size_t i = 0; i < count && std::getline(all, line); ++i) out << line << "\n";
  return file;
}

// siaran-index build --db DB FILE, as an operator runs it; asserts success.
void index_build(const std::filesystem::path& db, const std::filesystem::path& file) {
  std::string output;
  int status = run({siaran_index_binary().string(), "build", "--db", db.string(), file.string()}, &output);
  ASSERT_EQ(status, 0) << output;
}

// Polls `target` until `done` holds for its answer; false after `limit` (a generous bound, not a
// timing assertion: the pickup itself is expected within a second).
template <typename Pred>
bool eventually(uint16_t port, const std::string& target, Pred done, std::chrono::seconds limit = 30s) {
  auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done(http_get(port, target))) return true;
    std::this_thread::sleep_for(20ms);
  }
  return false;
}

unsigned long long documents_in(const HttpResponse& health) {
  if (health.status != 200) return 0;
  return json_of(health)["documents"].GetUint64();
}

TEST(Lifecycle, StartsBeforeTheFirstIndexAndPicksItUp) {
  siaran::testing::TempDir db, files;
  auto server = start_server(db.path());
  HttpResponse health = http_get(server->port(), "/healthz");
  EXPECT_EQ(health.status, 503);
  EXPECT_EQ(str(json_of(health)["status"]), "unavailable");
  EXPECT_EQ(error_code(health), "unavailable");
  HttpResponse search = http_get(server->port(), "/api/v1/search?q=remisi");
  EXPECT_EQ(search.status, 503);
  EXPECT_NE(error_message(search).find("siaran-index build"), std::string::npos);
  // Refusals that need no index are still 400s.
  EXPECT_EQ(http_get(server->port(), "/api/v1/search?per_page=0").status, 400);

  index_build(db.path(), write_fixture(files.path(), 16));
  EXPECT_TRUE(eventually(server->port(), "/healthz", [](const HttpResponse& r) { return documents_in(r) == 16; }));
  EXPECT_EQ(http_get(server->port(), "/api/v1/search?q=remisi").status, 200);
}

// A client keeps searching on several connections while the index is rebuilt twice underneath:
// every single request succeeds, and the new releases become visible without a restart.
TEST(Lifecycle, RebuiltIndexIsPickedUpWithoutAFailedRequest) {
  siaran::testing::TempDir db, files;
  index_build(db.path(), write_fixture(files.path(), 6));
  auto server = start_server(db.path());
  uint16_t port = server->port();

  std::atomic<bool> stop{false};
  std::atomic<int> requests{0}, failures{0};
  std::vector<std::string> failure_samples(4);
  auto client = [&](int n) {
    HttpConnection c(port);
    const char* targets[] = {"/api/v1/search?q=warga+binaan&per_page=100", "/api/v1/search?q=remisi",
                             "/api/v1/documents/f01", "/healthz"};
    for (int i = 0; !stop; ++i) {
      HttpResponse r = c.request("GET", targets[i % 4]);
      ++requests;
      if (r.status != 200) {
        if (failures++ < 4) failure_samples[n] = std::to_string(r.status) + " " + r.body;
      }
    }
  };
  std::vector<std::thread> clients;
  for (int n = 0; n < 3; ++n) clients.emplace_back(client, n);

  index_build(db.path(), write_fixture(files.path(), 11));
  bool saw_11 = eventually(port, "/healthz", [](const HttpResponse& r) { return documents_in(r) == 11; });
  index_build(db.path(), write_fixture(files.path(), 16));
  bool saw_16 = eventually(port, "/api/v1/search?per_page=100",
                           [](const HttpResponse& r) { return r.status == 200 && json_of(r)["total"].GetUint64() == 16; });
  // Both workers see the newest generation (each refreshes its own Searcher). A worker that
  // refreshed just before the publish may serve the old one until its refresh interval (500 ms,
  // ServerConfig) has passed again: wait that long once, then every answer must be the new one.
  std::this_thread::sleep_for(siaran::searchd::ServerConfig{}.refresh_interval + 100ms);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(documents_in(http_get(port, "/healthz")), 16u);

  stop = true;
  for (auto& t : clients) t.join();
  EXPECT_TRUE(saw_11);
  EXPECT_TRUE(saw_16);
  EXPECT_GT(requests.load(), 0);
  EXPECT_EQ(failures.load(), 0) << failure_samples[0] << failure_samples[1] << failure_samples[2];
}

// stop() while a request is running: that request is answered in full, then the server stops.
TEST(Lifecycle, StopDrainsTheRequestInFlight) {
  siaran::testing::TempDir db;
  build_index(db.path(), fixture_documents());
  std::promise<void> entered, release;
  std::shared_future<void> released = release.get_future().share();
  ServerConfig config;
  config.extra_routes = [&](Router& router) {
    router.add(Method::Get, "/test/slow", [&entered, released](const ApiRequest&) {
      entered.set_value();
      released.wait();
      return ApiResponse::json("{\"slow\":true}");
    });
  };
  auto server = start_server(db.path(), config);
  uint16_t port = server->port();

  auto slow = std::async(std::launch::async, [port] { return http_get(port, "/test/slow"); });
  entered.get_future().wait();  // the handler is running
  auto stopping = std::async(std::launch::async, [&] { return server->stop(); });
  while (!server->draining()) std::this_thread::sleep_for(1ms);  // stop() has begun and is waiting
  release.set_value();

  HttpResponse answer = slow.get();
  EXPECT_EQ(answer.status, 200);
  EXPECT_EQ(answer.body, "{\"slow\":true}");
  EXPECT_TRUE(stopping.get());  // drained, not cut off
  EXPECT_FALSE(port_open(port));
}

// The real binary: SIGTERM while a request is still arriving. The daemon refuses new work (503),
// finishes that request, and exits 0.
TEST(Lifecycle, SigtermDrainsAndExitsZero) {
  siaran::testing::TempDir db;
  build_index(db.path(), fixture_documents());
  Daemon daemon({"--db", db.path().string(), "--listen", "127.0.0.1:0", "--quiet"});
  uint16_t port = daemon.port();
  // Every look at the daemon before SIGTERM goes through this one keep-alive connection: a
  // request's answer is fully accounted for before the next request on it is read, so
  // siaran_requests_in_flight counts exactly the probe itself plus the half-sent request.
  HttpConnection probe(port);
  ASSERT_EQ(probe.request("GET", "/healthz").status, 200);

  std::string body = R"({"q":"remisi","unit":["Rutan Kelas I Depok"]})";
  HttpConnection in_flight(port);
  in_flight.send_raw("POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(body.size()) +
                     "\r\n\r\n" + body.substr(0, 10));
  bool received = false;
  for (int i = 0; i < 3000 && !received; ++i) {
    received = probe.request("GET", "/metrics").body.find("\nsiaran_requests_in_flight 2\n") != std::string::npos;
    if (!received) std::this_thread::sleep_for(10ms);
  }
  ASSERT_TRUE(received) << "the daemon never saw the first half of the request";

  daemon.signal(SIGTERM);
  // Draining has begun once new requests are turned away.
  ASSERT_TRUE(eventually(port, "/healthz", [](const HttpResponse& r) {
    return r.status == 503 && error_code(r) == "unavailable";
  }));
  in_flight.send_raw(body.substr(10));
  HttpResponse answer = in_flight.read_response();
  EXPECT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(hit_ids(json_of(answer)), (std::vector<std::string>{"f09"}));

  EXPECT_EQ(daemon.wait(), 0) << daemon.stderr_text();
  EXPECT_NE(daemon.stderr_text().find("SIGTERM received"), std::string::npos);
  EXPECT_FALSE(port_open(port));
}

// Slowloris: a client that never finishes its request head is answered 408 and disconnected,
// and its request no longer counts as running (shutdown would otherwise wait for it). An idle
// keep-alive connection is closed too.
TEST(Lifecycle, SlowAndIdleClientsAreCutOff) {
  siaran::testing::TempDir db;
  build_index(db.path(), {fixture_documents().front()});
  ServerConfig config;
  config.header_timeout = 200ms;
  config.body_timeout = 200ms;
  config.keepalive_timeout = 200ms;
  auto server = start_server(db.path(), config);

  HttpConnection slow(server->port());
  slow.send_raw("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // ...and nothing more
  EXPECT_EQ(slow.read_response().status, 408);
  EXPECT_TRUE(slow.closed_by_server());

  HttpConnection idle(server->port());
  EXPECT_EQ(idle.request("GET", "/healthz").status, 200);
  EXPECT_TRUE(idle.closed_by_server());  // blocks until the keep-alive timeout closes it

  // Only the /metrics request itself is in flight now.
  EXPECT_NE(http_get(server->port(), "/metrics").body.find("\nsiaran_requests_in_flight 1\n"), std::string::npos);
  EXPECT_TRUE(server->stop());
}

TEST(Lifecycle, CommandLine) {
  std::string out;
  EXPECT_EQ(run({siaran_searchd_binary().string(), "--help"}, &out), 0);
  EXPECT_NE(out.find("--cors-origin"), std::string::npos);
  out.clear();
  EXPECT_EQ(run({siaran_searchd_binary().string(), "--listen", "127.0.0.1:0"}, &out), 2) << out;  // --db missing
  siaran::testing::TempDir db;
  out.clear();
  EXPECT_EQ(run({siaran_searchd_binary().string(), "--db", db.path().string(), "--listen", "nowhere"}, &out), 2);
  EXPECT_NE(out.find("HOST:PORT"), std::string::npos) << out;
  out.clear();
  EXPECT_EQ(run({siaran_searchd_binary().string(), "--db", (db.path() / "missing").string()}, &out), 2) << out;
  out.clear();
  EXPECT_EQ(run({siaran_searchd_binary().string(), "--db", db.path().string(), "--cors-origin", "portal.example"}, &out), 2);
  EXPECT_NE(out.find("scheme://host"), std::string::npos) << out;
  out.clear();
  EXPECT_EQ(run({siaran_searchd_binary().string(), "--db", db.path().string(), "--threads", "0"}, &out), 2) << out;

  // A port that is taken: exit 1 with the reason.
  auto holder = start_server(db.path());
  out.clear();
  EXPECT_EQ(run({siaran_searchd_binary().string(), "--db", db.path().string(), "--listen",
                 "127.0.0.1:" + std::to_string(holder->port())},
                &out),
            1)
      << out;
  EXPECT_NE(out.find("cannot listen"), std::string::npos) << out;
}

}  // namespace
}  // namespace siaran::searchd::testing
