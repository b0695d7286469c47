// siaran-searchd — serves an archive index over HTTP (see README, "Searching").
//
//   siaran-searchd --db DIR [--listen 127.0.0.1:8080] [--threads N] [--cors-origin ORIGIN ...]
//
// SIGTERM or SIGINT: stop taking new requests, finish the running ones, exit 0.
// Exit status: 0 after a clean stop, 2 usage error, 1 cannot serve (e.g. the port is taken).
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "search/searcher.h"
#include "searchd/server.h"

namespace {

std::string index_summary(const std::filesystem::path& db) {
  try {
    siaran::search::Searcher searcher(db);
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
  std::string db, listen = "127.0.0.1:8080";
  bool quiet = false;
  app.add_option("--db", db, "Index folder (made by siaran-index build)")->required()->check(CLI::ExistingDirectory);
  app.add_option("--listen", listen, "HOST:PORT to listen on ([::1]:8080 for IPv6; port 0 picks a free one)")
      ->capture_default_str();
  app.add_option("--threads", config.threads, "Worker threads (each keeps its own open index)")
      ->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  app.add_option("--cors-origin", config.cors_origins,
                 "Origin allowed to call the API from a browser, e.g. https://portal.example.go.id; '*' for any; "
                 "repeatable (default: none)");
  app.add_flag("--quiet", quiet, "No request log on stderr");
  try {
    app.parse(argc, argv);
    config.listen = ListenAddress::parse(listen);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "siaran-searchd: %s\n", e.what());
    return 2;
  }
  config.db = db;
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
    std::fprintf(stderr, "siaran-searchd: serving %s on http://%s (%u threads); %s\n", db.c_str(),
                 ListenAddress{config.listen.host, server.port()}.to_string().c_str(), config.threads,
                 index_summary(config.db).c_str());
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
