// Sharded search over Xapian's remote backend (search/shard_set.h, docs/scaling.md): 45 releases
// written here are indexed once as one database and once as 3 shards; three xapian-tcpsrv
// processes serve the shards on loopback, and every request of a fixed set must come back from
// the shards exactly as from the one database: the same ids in the same order, scores, totals,
// facet counts, snippets and spelling suggestion. Then a shard goes down (killed, or hung) and
// siaran-searchd answers a partial result naming it, or 503, within its timeout.
//
// The releases all have distinct dates (one has none), so every order is total: documents that
// tie on score and date are ordered by Xapian's docid, which differs between one database and
// shards (docs/scaling.md says so).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "index/shard_layout.h"
#include "index/shard_router.h"
#include "index/shard_writer.h"
#include "search/index_handle.h"
#include "search/searcher.h"
#include "tests/searchd/http_client.h"
#include "tests/searchd/process.h"
#include "tests/support/test_paths.h"

extern char** environ;

namespace siaran::searchd::testing {
namespace {

using search::SearchRequest;
using search::SearchResult;
using search::SortOrder;

constexpr const char* kTcpsrv = "/usr/bin/xapian-tcpsrv";  // Debian xapian-tools (scripts/setup)
const char* const kUnits[] = {"Lapas Kelas IIA Cibinong", "Rutan Kelas I Depok", "Bapas Kelas I Bandung",
                              "LPKA Kelas I Tangerang", "Kanwil Kemenkumham Jawa Timur"};
const char* const kTopics[] = {"Remisi & Integrasi", "Pembinaan", "Kesehatan", "Keamanan"};
const char* const kRegions[] = {"Jawa Barat", "Banten", "Jawa Timur"};
const char* const kWords[] = {"remisi", "asimilasi", "pembinaan", "kunjungan", "narkoba", "kesehatan"};

// 45 releases with varied words and lengths (so scores differ), distinct dates, one undated.
std::vector<corpus::Document> releases() {
  std::vector<corpus::Document> docs;
  for (int i = 0; i < 45; ++i) {
    corpus::Document d;
    char id[16], date[16];
    std::snprintf(id, sizeof id, "uji-%02d", i);
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2021 + i / 12, i % 12 + 1, 1 + i % 27);
    d.id = id;
    d.date = i == 44 ? "" : date;
    d.unit = kUnits[i % 5];
    d.topic = kTopics[i % 4];
    d.region = kRegions[i % 3];
    d.title = std::string(kWords[i % 6]) + " warga binaan " + kWords[(i * 7 + 1) % 6] + " di " + d.unit;
    std::string body = "Petugas lapas menggelar kegiatan " + std::string(kWords[(i + 2) % 6]) + " bagi narapidana.";
    for (int r = 0; r < i % 4; ++r) body += " Program " + std::string(kWords[(i + r) % 6]) + " berlanjut.";
    if (i % 5 == 2) body += " Peringatan Hari Bhakti Pemasyarakatan dirayakan bersama keluarga.";
    if (i % 7 == 3) body += " Pemasyarakatan yang bersih dari narkoba menjadi tekad bersama.";
    for (int r = 0; r < i % 3; ++r) body += "\n\nKepala lapas menyampaikan terima kasih kepada seluruh jajaran.";
    d.body = body;
    docs.push_back(std::move(d));
  }
  return docs;
}

void build(const std::filesystem::path& dir, unsigned shards) {
  auto writer = index::open_archive_writer(index::DatabaseDir(dir), index::WriteMode::Build, {}, shards);
  for (const corpus::Document& doc : releases()) writer->add(doc);
  writer->commit();
}

uint16_t free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    throw std::runtime_error("cannot find a free port");
  }
  ::close(fd);
  return ntohs(address.sin_port);
}

// One xapian-tcpsrv serving `database` on a free loopback port, in a process group of its own
// with the children it forks for each connection; the whole group is killed at destruction.
class TcpServer {
 public:
  explicit TcpServer(const std::filesystem::path& database) {
    for (int attempt = 0; attempt < 5 && pid_ < 0; ++attempt) {
      port_ = free_port();
      const std::vector<std::string> argv = {kTcpsrv, "--quiet", "--interface", "127.0.0.1", "--port",
                                             std::to_string(port_), database.string()};
      std::vector<char*> args;
      for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      posix_spawn_file_actions_t actions;
      posix_spawn_file_actions_init(&actions);
      posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
      posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
      posix_spawnattr_t attr;
      posix_spawnattr_init(&attr);
      posix_spawnattr_setpgroup(&attr, 0);
      posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
      pid_t pid = -1;
      const int rc = ::posix_spawn(&pid, kTcpsrv, &actions, &attr, args.data(), environ);
      posix_spawn_file_actions_destroy(&actions);
      posix_spawnattr_destroy(&attr);
      if (rc != 0) throw std::runtime_error("cannot run xapian-tcpsrv");
      // Ready once it accepts; a port taken meanwhile makes it exit, and we try another.
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
      while (std::chrono::steady_clock::now() < deadline) {
        if (port_open(port_)) {
          pid_ = pid;
          break;
        }
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      if (pid_ < 0) {
        ::kill(-pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
      }
    }
    if (pid_ < 0) throw std::runtime_error("xapian-tcpsrv did not start");
  }
  ~TcpServer() { stop(); }
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  std::string address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }
  // To the listener and every connection it serves, as a machine that crashed (SIGKILL) or froze
  // (SIGSTOP) would do to them all.
  void signal(int number) const { ::kill(-pid_, number); }
  void stop() {
    if (pid_ < 0) return;
    ::kill(-pid_, SIGKILL);
    ::kill(-pid_, SIGCONT);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

 private:
  pid_t pid_ = -1;
  uint16_t port_ = 0;
};

class ShardingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(kTcpsrv)) return;
    dir_ = new siaran::testing::TempDir;
    build(dir_->path() / "one", 1);
    build(dir_->path() / "three", 3);
    for (unsigned k = 0; k < 3; ++k) {
      servers_.push_back(std::make_unique<TcpServer>(dir_->path() / "three" / index::ShardLayout::shard_name(k)));
    }
  }
  static void TearDownTestSuite() {
    servers_.clear();
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    if (!dir_) GTEST_SKIP() << kTcpsrv << " is not installed (Debian package xapian-tools)";
  }

  static search::ShardConfig remote_config() {
    search::ShardConfig config;
    for (const auto& server : servers_) config.shards.push_back(server->address());
    config.spelling_db = dir_->path() / "three";
    return config;
  }
  static std::filesystem::path path(const char* name) { return dir_->path() / name; }

  static inline siaran::testing::TempDir* dir_ = nullptr;
  static inline std::vector<std::unique_ptr<TcpServer>> servers_;
};

SearchRequest request(std::string q, unsigned page = 1, unsigned per_page = 10, SortOrder sort = SortOrder::Relevance) {
  SearchRequest r;
  r.q = std::move(q);
  r.page = page;
  r.per_page = per_page;
  r.sort = sort;
  return r;
}

std::vector<SearchRequest> fixed_requests() {
  std::vector<SearchRequest> all = {
      request("remisi"),
      request("remisi", 2, 5),
      request("pembinaan narapidana"),
      request("\"hari bhakti pemasyarakatan\""),
      request("remisi -narkoba"),
      request("title:asimilasi"),
      request("kunjungan OR kesehatan", 1, 20),
      request("", 2, 7, SortOrder::Newest),
      request("", 5, 10, SortOrder::Oldest),  // the undated release last
      request("remisi", 1, 10, SortOrder::Oldest),
      request("lapas", 3, 4, SortOrder::Newest),
      request("narkoba", 2, 3),
      request("pemasyarakatn"),  // misspelt: the suggestion comes from the local tables
  };
  SearchRequest unit = request("");
  unit.units = {kUnits[1]};
  all.push_back(unit);
  SearchRequest units = request("pembinaan");
  units.units = {kUnits[0], kUnits[2]};
  units.facets = {"year", "month", "unit", "topic", "region"};
  all.push_back(units);
  SearchRequest topic = request("remisi", 1, 5, SortOrder::Newest);
  topic.topics = {kTopics[0]};
  all.push_back(topic);
  SearchRequest dates = request("kesehatan");
  dates.from = "2022-01-01";
  dates.to = "2023-06-30";
  all.push_back(dates);
  SearchRequest region = request("", 1, 10, SortOrder::Oldest);
  region.regions = {kRegions[2]};
  region.facets = {"region", "unit"};
  all.push_back(region);
  SearchRequest facets = request("remisi asimilasi");
  facets.facets = {"year", "month", "unit", "topic", "region"};
  all.push_back(facets);
  SearchRequest plain = request("kunjungan keluarga", 1, 10);
  plain.snippets = false;
  all.push_back(plain);
  return all;
}

std::string describe(const SearchRequest& r) {
  return "q=\"" + r.q + "\" page " + std::to_string(r.page) + "/" + std::to_string(r.per_page) + " sort " +
         std::to_string(static_cast<int>(r.sort));
}

void expect_same(const SearchResult& one, const SearchResult& shards, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(shards.total, one.total);
  EXPECT_EQ(shards.total_exact, one.total_exact);
  ASSERT_EQ(shards.hits.size(), one.hits.size());
  for (size_t i = 0; i < one.hits.size(); ++i) {
    EXPECT_EQ(shards.hits[i].doc.id, one.hits[i].doc.id) << "hit " << i;
    EXPECT_NEAR(shards.hits[i].score, one.hits[i].score, 1e-9 * (1 + one.hits[i].score)) << "hit " << i;
    EXPECT_EQ(shards.hits[i].title_html, one.hits[i].title_html) << "hit " << i;
    EXPECT_EQ(shards.hits[i].snippet_html, one.hits[i].snippet_html) << "hit " << i;
  }
  ASSERT_EQ(shards.facets.size(), one.facets.size());
  for (size_t f = 0; f < one.facets.size(); ++f) {
    EXPECT_EQ(shards.facets[f].name, one.facets[f].name);
    ASSERT_EQ(shards.facets[f].values.size(), one.facets[f].values.size()) << one.facets[f].name;
    for (size_t v = 0; v < one.facets[f].values.size(); ++v) {
      EXPECT_EQ(shards.facets[f].values[v].value, one.facets[f].values[v].value) << one.facets[f].name;
      EXPECT_EQ(shards.facets[f].values[v].count, one.facets[f].values[v].count) << one.facets[f].values[v].value;
    }
  }
  EXPECT_EQ(shards.facets_exact, one.facets_exact);
  EXPECT_EQ(shards.suggestion, one.suggestion);
  EXPECT_FALSE(shards.partial);
}

TEST_F(ShardingTest, RemoteShardsAnswerEveryRequestAsOneDatabase) {
  search::Searcher one(path("one"));
  search::Searcher remote{search::IndexSource(remote_config())};
  search::Searcher local_shards(path("three"));  // the same shards opened through the stub
  EXPECT_EQ(remote.info().documents, 45u);
  const std::vector<SearchRequest> requests = fixed_requests();
  ASSERT_GE(requests.size(), 20u);
  for (const SearchRequest& r : requests) {
    const SearchResult expected = one.search(r);
    if (r.q == "remisi" && r.page == 1 && r.sort == SortOrder::Relevance) {
      ASSERT_GE(expected.hits.size(), 5u);  // the comparison is not of empty lists
    }
    expect_same(expected, remote.search(r), "remote shards, " + describe(r));
    expect_same(expected, local_shards.search(r), "local shards, " + describe(r));
  }
  EXPECT_EQ(one.search(request("pemasyarakatn")).suggestion, "pemasyarakatan");
  // Whole records and "similar" come from the shard that holds them.
  ASSERT_TRUE(remote.document("uji-17").has_value());
  EXPECT_EQ(remote.document("uji-17")->body, one.document("uji-17")->body);
  EXPECT_EQ(remote.similar("uji-17").size(), one.similar("uji-17").size());
}

// ids of `q`'s matches in one database, all of them.
std::set<std::string> all_ids(const std::filesystem::path& db, const std::string& q) {
  search::Searcher searcher(db);
  std::set<std::string> ids;
  for (const search::Hit& hit : searcher.search(request(q, 1, 100)).hits) ids.insert(hit.doc.id);
  return ids;
}

rapidjson::Document json(const HttpResponse& response) {
  rapidjson::Document doc;
  doc.Parse(response.body.c_str());
  return doc;
}

TEST_F(ShardingTest, AShardThatDiesGivesAPartialResultOr503) {
  // Shards of their own: this test kills one.
  std::vector<std::unique_ptr<TcpServer>> servers;
  for (unsigned k = 0; k < 3; ++k) {
    servers.push_back(std::make_unique<TcpServer>(path("three") / index::ShardLayout::shard_name(k)));
  }
  std::vector<std::string> partial_args = {"--listen", "127.0.0.1:0", "--quiet",
                                           "--threads", "1", "--spelling-db", path("three").string(),
                                           "--shard-timeout", "2000"};
  for (const auto& server : servers) {
    partial_args.push_back("--shard");
    partial_args.push_back(server->address());
  }
  Daemon partial(partial_args);
  rapidjson::Document before = json(http_get(partial.port(), "/api/v1/search?q=remisi&per_page=50"));
  ASSERT_TRUE(before.HasMember("partial")) << before.GetType();
  EXPECT_FALSE(before["partial"].GetBool());
  const std::set<std::string> everything = all_ids(path("one"), "remisi");
  EXPECT_EQ(before["total"].GetUint64(), everything.size());

  servers[1]->stop();
  // The open connection breaks mid-request: answered from the other two, saying which is missing.
  const HttpResponse response = http_get(partial.port(), "/api/v1/search?q=remisi&per_page=50");
  ASSERT_EQ(response.status, 200) << response.body;
  rapidjson::Document after = json(response);
  EXPECT_TRUE(after["partial"].GetBool());
  ASSERT_EQ(after["missing_shards"].Size(), 1u);
  EXPECT_EQ(std::string(after["missing_shards"][0].GetString()), servers[1]->address());
  std::set<std::string> expected;
  const index::ShardRouter router(3);
  for (const std::string& id : everything) {
    if (router.shard_of(id) != 1) expected.insert(id);
  }
  std::set<std::string> got;
  for (const auto& hit : after["hits"].GetArray()) got.insert(hit["id"].GetString());
  EXPECT_EQ(got, expected);
  EXPECT_EQ(after["total"].GetUint64(), expected.size());

  // The same outage under --on-shard-failure error: 503, naming the shard.
  std::vector<std::string> strict_args = partial_args;
  strict_args.insert(strict_args.end(), {"--on-shard-failure", "error"});
  Daemon strict(strict_args);
  const HttpResponse refused = http_get(strict.port(), "/api/v1/search?q=remisi");
  EXPECT_EQ(refused.status, 503) << refused.body;
  EXPECT_THAT(refused.body, ::testing::HasSubstr(servers[1]->address()));
}

TEST_F(ShardingTest, AHungShardCostsTheTimeoutNotAHang) {
  std::vector<std::unique_ptr<TcpServer>> servers;
  for (unsigned k = 0; k < 3; ++k) {
    servers.push_back(std::make_unique<TcpServer>(path("three") / index::ShardLayout::shard_name(k)));
  }
  search::ShardConfig config;
  for (const auto& server : servers) config.shards.push_back(server->address());
  config.spelling_db = path("three");
  config.timeout = std::chrono::milliseconds(300);
  config.connect_timeout = std::chrono::milliseconds(300);
  search::Searcher remote{search::IndexSource(config)};
  ASSERT_FALSE(remote.search(request("remisi")).partial);
  // Frozen: the sockets stay open, nothing answers. The open connection times out, the reconnect
  // too, and the answer comes from the other two shards.
  servers[0]->signal(SIGSTOP);
  const SearchResult result = remote.search(request("remisi"));
  EXPECT_TRUE(result.partial);
  EXPECT_EQ(result.missing_shards, std::vector<std::string>{servers[0]->address()});
  // A searcher opened while the shard is frozen starts without it.
  search::Searcher fresh{search::IndexSource(config)};
  EXPECT_EQ(fresh.search(request("remisi")).missing_shards, std::vector<std::string>{servers[0]->address()});
  servers[0]->signal(SIGCONT);
}

}  // namespace
}  // namespace siaran::searchd::testing
