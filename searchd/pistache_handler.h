// searchd::PistacheHandler — the bridge between Pistache 0.0.5 and the Dispatcher.
//
// It replaces Http::Handler's input loop (the same steps, done with Pistache's own public parser)
// because Pistache keeps only a decoded-nowhere, first-value-only map of the query string: here
// the bytes of each request are kept as they arrive, so the raw request target reaches
// searchd/query_string.h intact. Holding the bytes also gives us:
//   * pipelined requests (Pistache's parser drops whatever follows the first request in a read);
//   * JSON errors for what Pistache would answer in plain text: malformed HTTP (400) and
//     requests over the size limit (413), after which the connection is closed;
//   * honest Connection handling: "Connection: close" (or HTTP/1.0 without keep-alive) closes the
//     connection once the answer is written; Pistache only says so;
//   * once the head of a request with a body is in: an immediate 413 when its Content-Length is
//     over the limit (before the body is sent), else "100 Continue" when the client asked for it
//     (curl waits a second for it before sending a body over 1 kB);
//   * drain accounting (searchd/request_gate.h) from a request's first byte to its last byte out;
//   * limits checked as the bytes arrive, each answered in JSON and followed by a close: a
//     request line over kMaxRequestLineBytes is 414, a head (request line and headers) over
//     kMaxRequestHeadBytes is 431, a method no HTTP/1.x server knows ("PROPFIND") is 405 with Allow.
//     (A slowloris is Pistache's: its header timer runs from a request's first byte, so a head
//     trickling in a byte at a time is cut off with 408 like a silent one; tested.)
// Every answer is written on the worker thread that read the request (Pistache's ResponseWriter
// must not be used from another thread).
#pragma once

#include <memory>
#include <string>

#include <pistache/http.h>

#include "searchd/dispatcher.h"
#include "searchd/request_gate.h"

namespace siaran::searchd {

inline constexpr size_t kMaxRequestLineBytes = 8 * 1024;
inline constexpr size_t kMaxRequestHeadBytes = 16 * 1024;

class PistacheHandler : public Pistache::Http::Handler {
 public:
  HTTP_PROTOTYPE(PistacheHandler)

  PistacheHandler(const Dispatcher& dispatcher, RequestGate& gate);

  // Never called: onInput() dispatches itself. Answers 500 should Pistache ever call it.
  void onRequest(const Pistache::Http::Request& request, Pistache::Http::ResponseWriter response) override;
  void onDisconnection(const std::shared_ptr<Pistache::Tcp::Peer>& peer) override;

 private:
  struct Connection;

  void onInput(const char* buffer, size_t len, const std::shared_ptr<Pistache::Tcp::Peer>& peer) override;
  void process(Connection& connection, const std::shared_ptr<Pistache::Tcp::Peer>& peer, std::string data);
  bool check_limits(Connection& connection, const std::shared_ptr<Pistache::Tcp::Peer>& peer);
  void check_head(Connection& connection, const std::shared_ptr<Pistache::Tcp::Peer>& peer,
                  const Pistache::Http::Request& request);
  void answer(Connection& connection, const std::shared_ptr<Pistache::Tcp::Peer>& peer,
              Pistache::Http::Version version, ApiResponse response, bool keep_alive);
  void fail(Connection& connection, const std::shared_ptr<Pistache::Tcp::Peer>& peer, ErrorKind kind,
            const std::string& message);

  const Dispatcher* dispatcher_;
  RequestGate* gate_;
};

}  // namespace siaran::searchd
