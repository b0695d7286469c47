#include "searchd/pistache_handler.h"

#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>

#include <pistache/peer.h>

namespace siaran::searchd {

namespace Http = Pistache::Http;
namespace Tcp = Pistache::Tcp;

namespace {

constexpr const char* kConnectionData = "siaran.connection";

// A response header with a name chosen at run time (Pistache's headers are one class per name).
class NamedHeader : public Http::Header::Header {
 public:
  NamedHeader(std::string name, std::string value) : name_(std::move(name)), value_(std::move(value)) {}
  const char* name() const override { return name_.c_str(); }
  void write(std::ostream& os) const override { os << value_; }
  uint64_t hash() const override {  // FNV-1a, as Pistache's NAME() macro computes at compile time
    uint64_t h = 14695981039346656037ULL;
    for (char c : name_) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
  }

 private:
  std::string name_, value_;
};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The request target from the raw request line "METHOD SP target SP HTTP/x.y".
std::string target_of(const std::string& received) {
  std::string_view line(received);
  line = line.substr(0, line.find("\r\n"));
  size_t first = line.find(' ');
  size_t last = line.rfind(' ');
  if (first == std::string_view::npos || last <= first) return {};
  return std::string(line.substr(first + 1, last - first - 1));
}

Method method_of(const std::string& received) {
  std::string_view line(received);
  return method_from_name(line.substr(0, std::min(line.find(' '), line.find("\r\n"))));
}

bool wants_keep_alive(const Http::Request& request) {
  auto connection = request.headers().tryGet<Http::Header::Connection>();
  if (request.version() == Http::Version::Http10)
    return connection && connection->control() == Http::ConnectionControl::KeepAlive;
  return !connection || connection->control() != Http::ConnectionControl::Close;
}

// Bytes the parsed request occupied at the front of `received`, or npos when that cannot be
// told (a chunked body): then whatever followed is dropped, as Pistache itself would.
size_t consumed_bytes(const std::string& received, const Http::Request& request) {
  size_t head = received.find("\r\n\r\n");
  if (head == std::string::npos) return std::string::npos;
  if (request.headers().tryGet<Http::Header::TransferEncoding>()) return std::string::npos;
  size_t length = 0;
  if (auto cl = request.headers().tryGet<Http::Header::ContentLength>()) length = cl->value();
  return head + 4 + length;
}

}  // namespace

// Per-connection state, kept in the Peer (Pistache's per-connection data slot), so it lives exactly
// as long as the connection: however Pistache drops a peer (EOF, error, its own 408 on a header
// or body timeout, which never tells the handler), the destructor settles the gate.
struct PistacheHandler::Connection {
  explicit Connection(RequestGate& g) : gate(g) {}
  ~Connection() { settle(); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // The current request is over: tell the gate, once.
  void settle() {
    if (receiving && over && !over->exchange(true)) gate.end();
  }

  RequestGate& gate;
  std::string received;     // bytes of the current request since the parser was last reset
  bool receiving = false;   // a request has begun and has not been answered
  bool admitted = true;     // it began before draining started
  bool discarding = false;  // after a framing error: input is ignored until the peer goes
  bool head_checked = false;  // the current request's head went through check_head()
  bool head_complete = false;  // the current request's "\r\n\r\n" has arrived
  // Set once the request is over (answer written or peer gone); shared with write callbacks so
  // the gate hears about each request exactly once.
  std::shared_ptr<std::atomic<bool>> over;
};

PistacheHandler::PistacheHandler(const Dispatcher& dispatcher, RequestGate& gate)
    : dispatcher_(&dispatcher), gate_(&gate) {}

void PistacheHandler::onRequest(const Http::Request&, Http::ResponseWriter response) {
  response.send(Http::Code::Internal_Server_Error,
                error_body(ErrorKind::Internal, "request reached an unexpected dispatch path"));
}

void PistacheHandler::onDisconnection(const std::shared_ptr<Tcp::Peer>& peer) {
  if (auto data = peer->tryGetData(kConnectionData)) std::static_pointer_cast<Connection>(data)->settle();
  Tcp::Handler::onDisconnection(peer);
}

void PistacheHandler::onInput(const char* buffer, size_t len, const std::shared_ptr<Tcp::Peer>& peer) {
  auto data = peer->tryGetData(kConnectionData);
  if (!data) {
    data = std::make_shared<Connection>(*gate_);
    peer->putData(kConnectionData, data);
  }
  auto& connection = *std::static_pointer_cast<Connection>(data);
  if (connection.discarding) return;
  try {
    process(connection, peer, std::string(buffer, len));
  } catch (const std::exception& e) {
    fail(connection, peer, ErrorKind::Internal, std::string("internal error: ") + e.what());
  }
}

void PistacheHandler::process(Connection& connection, const std::shared_ptr<Tcp::Peer>& peer, std::string data) {
  while (!data.empty()) {
    auto parser = getParser(peer);
    if (!connection.receiving) {
      connection.receiving = true;
      connection.admitted = gate_->begin();
      connection.over = std::make_shared<std::atomic<bool>>(false);
      connection.head_checked = false;
      connection.head_complete = false;
    }
    const bool head_was_complete = connection.head_complete;
    if (!head_was_complete) {
      connection.received += data;
      if (!check_limits(connection, peer)) {
        parser->reset();
        return;
      }
    }
    if (!parser->feed(data.data(), data.size())) {
      parser->reset();
      fail(connection, peer, ErrorKind::PayloadTooLarge,
           "request is larger than " + std::to_string(getMaxRequestSize()) + " bytes (body at most " +
               std::to_string(dispatcher_->max_body_bytes()) + ")");
      return;
    }
    if (head_was_complete) connection.received += data;
    data.clear();

    Http::Private::State state;
    try {
      state = parser->parse();
    } catch (const Http::HttpError& e) {
      parser->reset();
      fail(connection, peer, e.code() == 413 ? ErrorKind::PayloadTooLarge : ErrorKind::BadRequest,
           "malformed HTTP request: " + e.reason());
      return;
    } catch (const std::exception& e) {
      parser->reset();
      fail(connection, peer, ErrorKind::BadRequest, std::string("malformed HTTP request: ") + e.what());
      return;
    }
    if (state != Http::Private::State::Done) {
      if (!connection.head_checked && parser->step()->id() == Http::Private::BodyStep::Id) {
        connection.head_checked = true;
        check_head(connection, peer, parser->request);
      }
      return;
    }

    const Http::Request& parsed = parser->request;
    ApiRequest request;
    request.method = method_from_name(Http::methodString(parsed.method()));
    request.target = target_of(connection.received);
    for (const auto& [name, raw] : parsed.headers().rawList()) request.headers.emplace_back(lower(name), raw.value());
    request.body = parsed.body();
    Http::Version version = parsed.version();
    bool keep_alive = wants_keep_alive(parsed) && connection.admitted;
    size_t consumed = consumed_bytes(connection.received, parsed);
    if (consumed != std::string::npos && consumed < connection.received.size())
      data = connection.received.substr(consumed);  // the next pipelined request, if any
    parser->reset();
    connection.received.clear();

    peer->setIdle(false);
    ApiResponse response =
        connection.admitted
            ? dispatcher_->handle(request)
            : dispatcher_->reject(request, ErrorKind::Unavailable, "the server is shutting down; retry shortly");
    answer(connection, peer, version, std::move(response), keep_alive);
    if (!keep_alive) {
      connection.discarding = true;
      return;
    }
  }
}

// Called with the bytes of a request whose head is not complete yet (received). False when the
// request was refused (answered and the connection closing).
bool PistacheHandler::check_limits(Connection& connection, const std::shared_ptr<Tcp::Peer>& peer) {
  const std::string& received = connection.received;
  const size_t head_end = received.find("\r\n\r\n");
  const size_t line_end = received.find("\r\n");
  const size_t line_length = line_end == std::string::npos ? received.size() : line_end;
  if (line_length > kMaxRequestLineBytes) {
    fail(connection, peer, ErrorKind::UriTooLong,
         "request line is longer than " + std::to_string(kMaxRequestLineBytes) +
             " bytes; send a long query in a POST body");
    return false;
  }
  const size_t head_length = head_end == std::string::npos ? received.size() : head_end + 4;
  if (head_length > kMaxRequestHeadBytes) {
    fail(connection, peer, ErrorKind::HeaderFieldsTooLarge,
         "request head (request line and headers) is larger than " + std::to_string(kMaxRequestHeadBytes) + " bytes");
    return false;
  }
  if (line_end != std::string::npos) {
    // A method Pistache does not know is a framing error to it (400); to a client it is a
    // method this server does not allow.
    const std::string_view line(received.data(), line_end);
    const size_t space = line.find(' ');
    const std::string_view method = line.substr(0, space);
    static constexpr std::string_view kKnown[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "CONNECT"};
    const bool token = !method.empty() && std::all_of(method.begin(), method.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
    const bool http1 = line.ends_with(" HTTP/1.1") || line.ends_with(" HTTP/1.0");
    if (space != std::string_view::npos && token && http1 &&
        std::find(std::begin(kKnown), std::end(kKnown), method) == std::end(kKnown)) {
      ApiRequest request;
      request.method = Method::Other;
      request.target = target_of(received);
      ApiResponse response = dispatcher_->handle(request);
      if (response.status == 405) {
        const std::string allow(response.header("Allow").value_or("GET"));
        response.body = error_body(ErrorKind::MethodNotAllowed,
                                   "method " + quote_text(method, 40) + " is not allowed here; use " + allow);
      }
      connection.received.clear();
      answer(connection, peer, Http::Version::Http11, std::move(response), false);
      connection.discarding = true;
      return false;
    }
  }
  connection.head_complete = head_end != std::string::npos;
  return true;
}

void PistacheHandler::check_head(Connection& connection, const std::shared_ptr<Tcp::Peer>& peer,
                                 const Http::Request& request) {
  if (auto length = request.headers().tryGet<Http::Header::ContentLength>();
      length && length->value() > dispatcher_->max_body_bytes()) {
    getParser(peer)->reset();
    fail(connection, peer, ErrorKind::PayloadTooLarge,
         "request body is " + std::to_string(length->value()) + " bytes; the limit is " +
             std::to_string(dispatcher_->max_body_bytes()));
    return;
  }
  if (auto expect = request.headers().tryGetRaw("Expect"); expect && lower(expect->value()) == "100-continue") {
    static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
    peer->send(Pistache::RawBuffer(kContinue.data(), kContinue.size()));
  }
}

void PistacheHandler::answer(Connection& connection, const std::shared_ptr<Tcp::Peer>& peer, Http::Version version,
                             ApiResponse response, bool keep_alive) {
  Http::ResponseWriter writer(version, transport(), this, peer);
  if (!response.content_type.empty())
    writer.headers().add(std::make_shared<NamedHeader>("Content-Type", response.content_type));
  for (auto& [name, value] : response.headers) writer.headers().add(std::make_shared<NamedHeader>(name, value));
  writer.headers().add(std::make_shared<NamedHeader>("Connection", keep_alive ? "keep-alive" : "close"));

  connection.receiving = false;
  std::shared_ptr<std::atomic<bool>> over = connection.over;
  std::weak_ptr<Tcp::Peer> weak = peer;
  RequestGate* gate = gate_;
  // Runs on this worker once the answer is written (or failed to be).
  auto done = [over, weak, gate, keep_alive]() {
    if (!keep_alive)
      if (auto p = weak.lock()) ::shutdown(p->fd(), SHUT_WR);  // the client reads our answer, then EOF
    if (over && !over->exchange(true)) gate->end();
  };
  writer.send(static_cast<Http::Code>(response.status), response.body)
      .then([done](ssize_t) { done(); }, [done](std::exception_ptr) { done(); });
}

void PistacheHandler::fail(Connection& connection, const std::shared_ptr<Tcp::Peer>& peer, ErrorKind kind,
                           const std::string& message) {
  ApiRequest request;
  request.method = method_of(connection.received);
  request.target = target_of(connection.received);
  connection.received.clear();
  if (!connection.receiving) {  // an error before any request began still needs its answer counted
    connection.receiving = true;
    gate_->begin();
    connection.over = std::make_shared<std::atomic<bool>>(false);
  }
  answer(connection, peer, Http::Version::Http11, dispatcher_->reject(request, kind, message), false);
  connection.discarding = true;
}

}  // namespace siaran::searchd
