// searchd::Server — siaran-searchd as an object: the Pistache endpoint, its worker threads and
// an orderly shutdown. searchd_main.cc is only its command line; tests run it in-process on
// port 0 and talk real HTTP to port().
//
//   Server server(config);
//   server.start();          // bound and serving on background threads; throws if it cannot bind
//   ... server.port() ...
//   server.stop();           // drain: requests already begun are answered, new ones get 503,
//                            // then the workers stop (also done by the destructor)
//
// Limits: a request body over max_body_bytes is a JSON 413, and so is a request (head + body)
// over max_body_bytes + 16 kB, which is refused while it is still being read. Slow clients are
// cut off by Pistache's header/body timeouts (408) and idle keep-alive connections closed after
// keepalive_timeout.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "search/shard_set.h"
#include "searchd/admin_handlers.h"
#include "searchd/dispatcher.h"
#include "searchd/http_types.h"
#include "searchd/listen_address.h"
#include "searchd/metrics.h"
#include "searchd/router.h"

namespace siaran::searchd {

unsigned default_thread_count();  // the machine's cores, at least 2

struct ServerConfig {
  std::filesystem::path db;             // index folder (--db): index::DatabaseDir
  std::optional<search::ShardConfig> shards;  // --shard ...: search these instead of db
  ListenAddress listen;                 // --listen
  unsigned threads = default_thread_count();
  std::vector<std::string> cors_origins;  // --cors-origin (repeatable); "*" for any
  size_t max_body_bytes = kDefaultMaxBodyBytes;
  std::chrono::milliseconds refresh_interval{500};  // how soon a new index generation is seen
  std::chrono::milliseconds header_timeout{10'000};
  std::chrono::milliseconds body_timeout{30'000};
  std::chrono::milliseconds keepalive_timeout{60'000};
  std::chrono::milliseconds drain_timeout{15'000};  // stop() waits at most this long
  std::FILE* log = stderr;                          // request log; nullptr for none
  AdminConfig admin;  // --admin-token-file, --reindex-command: the admin API (off by default)
  // Registered after the built-in routes (embedding, tests).
  std::function<void(Router&)> extra_routes;
};

class Server {
 public:
  // Throws std::invalid_argument for a bad configuration (CORS origin, zero threads).
  explicit Server(ServerConfig config);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  void start();
  uint16_t port() const;  // the bound port (the chosen one when listen.port was 0)
  // Drains and stops; idempotent. Returns false when requests were still running at
  // drain_timeout (they are cut off).
  bool stop();
  bool draining() const;

  std::vector<std::pair<Method, std::string>> routes() const;
  const Metrics& metrics() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siaran::searchd
