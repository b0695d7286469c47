// searchd::RequestGate — counts requests from their first byte until their answer is on the
// wire, and lets shutdown wait for that count to reach zero (SIGTERM: stop taking new work,
// finish what is running, exit 0).
//
// A request whose first byte arrived before draining started is "admitted" and answered
// normally, even if its body is still on the way; one that starts later is answered 503 with
// Connection: close. wait_idle() returns when nothing admitted is left (or at the deadline).
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace siaran::searchd {

class RequestGate {
 public:
  // A request started arriving. Returns false when draining: answer 503.
  bool begin();
  // Its answer was written (or its connection went away).
  void end();

  void start_draining();
  bool draining() const;
  long pending() const;

  // Blocks until no request is pending or `timeout` passed; true when idle.
  bool wait_idle(std::chrono::milliseconds timeout);

 private:
  mutable std::mutex mutex_;
  std::condition_variable idle_;
  long pending_ = 0;
  bool draining_ = false;
};

}  // namespace siaran::searchd
