// searchd::Metrics — request counters and latencies in the Prometheus text exposition format
// (GET /metrics):
//
//   siaran_requests_total{route="/api/v1/search",status="200"}       counter
//   siaran_request_duration_seconds_bucket{route="...",le="0.05"}    histogram (+ _sum, _count)
//   siaran_requests_in_flight                                        gauge
//   siaran_index_documents, siaran_index_age_seconds                 gauges (live index)
//   siaran_index_info{generation="gen-000007",stemmer="snowball"} 1  the live generation
//   siaran_uptime_seconds                                            gauge
//
// `route` is a route pattern (or "unmatched" for paths no route knows), never a raw path, so the
// number of series stays bounded whatever clients send. Thread-safe: every worker records into
// the same object under one mutex (a few map lookups per request).
#pragma once

#include <array>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "searchd/request_gate.h"

namespace siaran::searchd {

inline constexpr std::string_view kUnmatchedRoute = "unmatched";

// What /metrics reports about the live index (none when no index is live).
struct IndexGauges {
  unsigned long long documents = 0;
  std::optional<double> age_seconds;
  std::string generation;
  std::string stemmer;
};

class Metrics {
 public:
  // Upper bounds of the latency buckets, seconds (+Inf is implicit).
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

  Metrics();

  void record(std::string_view route, int status, double seconds);

  // siaran_requests_in_flight reports gate->pending() (requests being received or answered).
  void watch(const RequestGate* gate) { gate_ = gate; }

  std::string render(const std::optional<IndexGauges>& index) const;

  // For tests and /healthz-style checks: requests counted for (route, status).
  unsigned long long count(std::string_view route, int status) const;

 private:
  struct Latency {
    std::array<unsigned long long, kBuckets.size()> buckets{};  // non-cumulative
    unsigned long long count = 0;
    double sum = 0;
  };

  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, unsigned long long> requests_;
  std::map<std::string, Latency, std::less<>> latency_;
  const RequestGate* gate_ = nullptr;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace siaran::searchd
