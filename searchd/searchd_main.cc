// siaran-searchd — serves an archive index over HTTP (see README, "Searching").
//
//   siaran-searchd --db DIR [--listen 127.0.0.1:8080] [--threads N] [--cors-origin ORIGIN ...]
//                  [--user NAME] [--admin-token-file PATH --reindex-command "COMMAND ARGS"]
//   siaran-searchd --shard tcp://HOST:PORT ... [--spelling-db DIR] [--on-shard-failure partial|error]
//                  [--shard-timeout MS] [other options as above]
//
// --shard (repeatable) searches shards served by xapian-tcpsrv, or Xapian stub files, as one
// database instead of --db (search/shard_set.h; docs/scaling.md).
//
// Loopback by default: serving the world is a decision (--listen 0.0.0.0:80). --user drops root
// right after binding (searchd/privilege_drop.h). The admin API (searchd/admin_handlers.h) exists
// only when both admin options are given.
//
// SIGTERM or SIGINT: stop taking new requests, finish the running ones, exit 0.
// Exit status: 0 after a clean stop, 2 usage error, 1 cannot serve (e.g. the port is taken).
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "search/index_handle.h"
#include "search/searcher.h"
#include "searchd/admin_reindex.h"
#include "searchd/admin_token.h"
#include "searchd/privilege_drop.h"
#include "searchd/server.h"

namespace {

std::string index_summary(const siaran::searchd::ServerConfig& config) {
  try {
    siaran::search::Searcher searcher(config.shards ? siaran::search::IndexSource(*config.shards)
                                                    : siaran::search::IndexSource(config.db));
    siaran::search::IndexInfo info = searcher.info();
    return "index " + info.generation + ", " + std::to_string(info.documents) + " documents, built " + info.built_at;
  } catch (const std::exception& e) {
    return std::string("no index yet (") + e.what() + "); answering 503 until siaran-index build publishes one";
  }
}

}  // namespace

int main(int argc, char** argv) {
  using siaran::searchd::ListenAddress;
  using siaran::searchd::Server;
  using siaran::searchd::ServerConfig;

  CLI::App app{"siaran-searchd: search API over a Siaran archive index"};
  ServerConfig config;
  std::string db, listen = "127.0.0.1:8080", user, admin_token_file, reindex_command;
  bool quiet = false;
  siaran::search::ShardConfig shards;
  std::string on_shard_failure = "partial";
  unsigned shard_timeout_ms = static_cast<unsigned>(shards.timeout.count());
  CLI::Option* db_option =
      app.add_option("--db", db, "Index folder (made by siaran-index build)")->check(CLI::ExistingDirectory);
  CLI::Option* shard_option =
      app.add_option("--shard", shards.shards,
                     "Search this shard instead of --db: tcp://HOST:PORT (a xapian-tcpsrv) or a Xapian stub file; "
                     "repeatable, all searched as one database")
          ->type_name("ADDRESS")
          ->excludes(db_option);
  app.add_option("--spelling-db", shards.spelling_db,
                 "With --shard: the local folder of the sharded index (siaran-index build --shards N), whose "
                 "spelling and synonym tables Xapian's remote backend does not serve")
      ->type_name("DIR")
      ->needs(shard_option)
      ->check(CLI::ExistingPath);
  app.add_option("--on-shard-failure", on_shard_failure,
                 "With --shard, when a shard does not answer: partial (answer from the others, \"partial\": true) "
                 "or error (503)")
      ->type_name("partial|error")
      ->check(CLI::IsMember({"partial", "error"}))
      ->needs(shard_option)
      ->capture_default_str();
  app.add_option("--shard-timeout", shard_timeout_ms,
                 "With --shard: milliseconds any one operation on a shard may take before it counts as down")
      ->type_name("MS")
      ->check(CLI::Range(100u, 600000u))
      ->needs(shard_option)
      ->capture_default_str();
  app.add_option("--listen", listen, "HOST:PORT to listen on ([::1]:8080 for IPv6; port 0 picks a free one)")
      ->capture_default_str();
  app.add_option("--threads", config.threads, "Worker threads (each keeps its own open index)")
      ->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  app.add_option("--cors-origin", config.cors_origins,
                 "Origin allowed to call the API from a browser, e.g. https://portal.example.go.id; '*' for any; "
                 "repeatable (default: none)");
  app.add_flag("--quiet", quiet, "No request log on stderr");
  app.add_option("--user", user, "Become this user (and its group) right after binding; needs root")
      ->type_name("NAME");
  CLI::Option* token_option =
      app.add_option("--admin-token-file", admin_token_file,
                     "File holding the admin API's bearer token (16-256 printable bytes, not readable by others); "
                     "without it the admin API is off")
          ->type_name("PATH");
  app.add_option("--reindex-command", reindex_command,
                 "Command POST /api/v1/admin/reindex runs (split into words, no shell), e.g. "
                 "\"siaran-index build --db /srv/siaran/db /srv/siaran/releases\"")
      ->type_name("COMMAND")
      ->needs(token_option);
  try {
    app.parse(argc, argv);
    if (db.empty() && shards.shards.empty()) throw std::invalid_argument("give --db DIR or --shard ADDRESS");
    for (const std::string& shard : shards.shards) siaran::search::ShardAddress::parse(shard);  // usage errors now
    config.listen = ListenAddress::parse(listen);
    if (!admin_token_file.empty()) {
      config.admin.token = siaran::searchd::AdminToken::load(admin_token_file);
      if (reindex_command.empty()) throw std::invalid_argument("--admin-token-file needs --reindex-command");
      config.admin.reindex_command = siaran::searchd::split_command(reindex_command);
    }
    if (!user.empty()) siaran::searchd::look_up_user(user);  // an unknown user is a usage error
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "siaran-searchd: %s\n", e.what());
    return 2;
  }
  config.db = db;
  if (!shards.shards.empty()) {
    shards.on_failure =
        on_shard_failure == "error" ? siaran::search::ShardFailure::Error : siaran::search::ShardFailure::Partial;
    shards.timeout = std::chrono::milliseconds(shard_timeout_ms);
    shards.connect_timeout = std::min(shards.connect_timeout, shards.timeout);
    config.shards = shards;
  }
  if (quiet) config.log = nullptr;

  // Signals are taken by sigwait() below, so every thread (Pistache's too) must block them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a client that hung up must not kill the daemon

  try {
    Server server(config);
    server.start();
    if (!user.empty()) {
      siaran::searchd::drop_privileges(user);
      std::fprintf(stderr, "siaran-searchd: running as user %s\n", user.c_str());
    }
    if (!config.admin.reindex_command.empty())
      std::fprintf(stderr, "siaran-searchd: admin API on: POST /api/v1/admin/reindex runs %s\n",
                   config.admin.reindex_command.front().c_str());
    const std::string serving = shards.shards.empty() ? db : std::to_string(shards.shards.size()) + " shard(s)";
    std::fprintf(stderr, "siaran-searchd: serving %s on http://%s (%u threads); %s\n", serving.c_str(),
                 ListenAddress{config.listen.host, server.port()}.to_string().c_str(), config.threads,
                 index_summary(config).c_str());
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    std::fprintf(stderr, "siaran-searchd: %s received, finishing running requests\n",
                 signal_number == SIGINT ? "SIGINT" : "SIGTERM");
    bool drained = server.stop();
    std::fprintf(stderr, "siaran-searchd: stopped%s\n", drained ? "" : " (some requests were cut off)");
    return 0;
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "siaran-searchd: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "siaran-searchd: %s\n", e.what());
    return 1;
  }
}
