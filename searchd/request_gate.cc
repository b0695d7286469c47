#include "searchd/request_gate.h"

namespace siaran::searchd {

bool RequestGate::begin() {
  std::lock_guard lock(mutex_);
  ++pending_;
  return !draining_;
}

void RequestGate::end() {
  std::lock_guard lock(mutex_);
  if (pending_ > 0 && --pending_ == 0) idle_.notify_all();
}

void RequestGate::start_draining() {
  std::lock_guard lock(mutex_);
  draining_ = true;
}

bool RequestGate::draining() const {
  std::lock_guard lock(mutex_);
  return draining_;
}

long RequestGate::pending() const {
  std::lock_guard lock(mutex_);
  return pending_;
}

bool RequestGate::wait_idle(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return idle_.wait_for(lock, timeout, [this] { return pending_ == 0; });
}

}  // namespace siaran::searchd
