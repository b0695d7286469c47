#include "searchd/server.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <pistache/endpoint.h>

#include "searchd/api_handlers.h"
#include "searchd/cors.h"
#include "searchd/pistache_handler.h"
#include "searchd/request_gate.h"
#include "searchd/request_log.h"
#include "searchd/routes.h"
#include "searchd/searcher_pool.h"
#include "searchd/web_routes.h"

namespace siaran::searchd {

namespace {

// Room for the request line and headers on top of the largest body.
constexpr size_t kMaxHeadBytes = 16 * 1024;

}  // namespace

unsigned default_thread_count() { return std::max(2u, std::thread::hardware_concurrency()); }

struct Server::Impl {
  explicit Impl(ServerConfig c)
      : config(std::move(c)),
        log(config.log),
        cors(config.cors_origins),
        searchers(config.shards ? search::IndexSource(*config.shards) : search::IndexSource(config.db),
                  config.refresh_interval, log),
        api(searchers, metrics),
        web(searchers),
        admin(std::move(config.admin)),
        dispatcher(router, cors, metrics, log, config.max_body_bytes) {
    if (config.threads == 0) throw std::invalid_argument("--threads must be at least 1");
    metrics.watch(&gate);
    register_routes(router, api, web);
    admin.register_routes(router);
    if (config.extra_routes) config.extra_routes(router);
  }

  ServerConfig config;
  RequestLog log;
  Metrics metrics;
  RequestGate gate;
  CorsPolicy cors;
  SearcherPool searchers;
  ApiHandlers api;
  WebRoutes web;
  AdminHandlers admin;
  Router router;
  Dispatcher dispatcher;

  std::mutex lifecycle;  // start/stop
  std::unique_ptr<Pistache::Http::Endpoint> endpoint;
  bool running = false;
  std::atomic<uint16_t> bound_port{0};
};

Server::Server(ServerConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}

Server::~Server() { stop(); }

void Server::start() {
  namespace Http = Pistache::Http;
  std::lock_guard lock(impl_->lifecycle);
  if (impl_->running) return;
  const ServerConfig& c = impl_->config;
  Pistache::Address address(c.listen.host, Pistache::Port(c.listen.port));
  auto endpoint = std::make_unique<Http::Endpoint>(address);
  auto options = Http::Endpoint::options()
                     .threads(static_cast<int>(c.threads))
                     .threadsName("siaran-http")
                     .flags(Pistache::Tcp::Options::ReuseAddr)
                     .maxRequestSize(c.max_body_bytes + kMaxHeadBytes)
                     .headerTimeout(c.header_timeout)
                     .bodyTimeout(c.body_timeout)
                     .keepaliveTimeout(c.keepalive_timeout);
  endpoint->init(options);
  endpoint->setHandler(Http::make_handler<PistacheHandler>(impl_->dispatcher, impl_->gate));
  try {
    endpoint->serveThreaded();
  } catch (const std::exception& e) {
    throw std::runtime_error("cannot listen on " + c.listen.to_string() + ": " + e.what());
  }
  impl_->bound_port = static_cast<uint16_t>(endpoint->getPort());
  impl_->endpoint = std::move(endpoint);
  impl_->running = true;
}

uint16_t Server::port() const { return impl_->bound_port; }

bool Server::stop() {
  std::lock_guard lock(impl_->lifecycle);
  if (!impl_->running) return true;
  impl_->gate.start_draining();
  bool drained = impl_->gate.wait_idle(impl_->config.drain_timeout);
  if (!drained)
    impl_->log.error("stopping with " + std::to_string(impl_->gate.pending()) + " request(s) still running after " +
                     std::to_string(impl_->config.drain_timeout.count()) + " ms");
  impl_->endpoint->shutdown();
  impl_->endpoint.reset();
  impl_->running = false;
  return drained;
}

bool Server::draining() const { return impl_->gate.draining(); }

std::vector<std::pair<Method, std::string>> Server::routes() const { return impl_->router.routes(); }

const Metrics& Server::metrics() const { return impl_->metrics; }

}  // namespace siaran::searchd
