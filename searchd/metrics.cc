#include "searchd/metrics.h"

#include <cstdio>

namespace siaran::searchd {

namespace {

// Label values are route patterns, but escape as the format requires anyway.
std::string label(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", value);
  return buf;
}

}  // namespace

Metrics::Metrics() : started_(std::chrono::steady_clock::now()) {}

void Metrics::record(std::string_view route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(route), status}];
  auto it = latency_.find(route);
  if (it == latency_.end()) it = latency_.emplace(std::string(route), Latency{}).first;
  Latency& l = it->second;
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++l.buckets[i];
      break;
    }
  }
  ++l.count;
  l.sum += seconds;
}

unsigned long long Metrics::count(std::string_view route, int status) const {
  std::lock_guard lock(mutex_);
  auto it = requests_.find({std::string(route), status});
  return it == requests_.end() ? 0 : it->second;
}

std::string Metrics::render(const std::optional<IndexGauges>& index) const {
  std::string out;
  {
    std::lock_guard lock(mutex_);
    out += "# HELP siaran_requests_total HTTP requests answered, by route pattern and status.\n";
    out += "# TYPE siaran_requests_total counter\n";
    for (const auto& [key, n] : requests_)
      out += "siaran_requests_total{route=\"" + label(key.first) + "\",status=\"" + std::to_string(key.second) +
             "\"} " + std::to_string(n) + "\n";
    out += "# HELP siaran_request_duration_seconds Time from a complete request to its answer, by route pattern.\n";
    out += "# TYPE siaran_request_duration_seconds histogram\n";
    for (const auto& [route, l] : latency_) {
      std::string r = label(route);
      unsigned long long cumulative = 0;
      for (size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += l.buckets[i];
        out += "siaran_request_duration_seconds_bucket{route=\"" + r + "\",le=\"" + number(kBuckets[i]) + "\"} " +
               std::to_string(cumulative) + "\n";
      }
      out += "siaran_request_duration_seconds_bucket{route=\"" + r + "\",le=\"+Inf\"} " + std::to_string(l.count) + "\n";
      out += "siaran_request_duration_seconds_sum{route=\"" + r + "\"} " + number(l.sum) + "\n";
      out += "siaran_request_duration_seconds_count{route=\"" + r + "\"} " + std::to_string(l.count) + "\n";
    }
  }
  out += "# HELP siaran_requests_in_flight Requests being answered now.\n";
  out += "# TYPE siaran_requests_in_flight gauge\n";
  out += "siaran_requests_in_flight " + std::to_string(gate_ ? gate_->pending() : 0) + "\n";
  out += "# HELP siaran_index_documents Documents in the live index (0 when none is live).\n";
  out += "# TYPE siaran_index_documents gauge\n";
  out += "siaran_index_documents " + std::to_string(index ? index->documents : 0) + "\n";
  if (index) {
    if (index->age_seconds) {
      out += "# HELP siaran_index_age_seconds Seconds since the live index was built.\n";
      out += "# TYPE siaran_index_age_seconds gauge\n";
      out += "siaran_index_age_seconds " + number(*index->age_seconds) + "\n";
    }
    out += "# HELP siaran_index_info The live index generation and its analysis.\n";
    out += "# TYPE siaran_index_info gauge\n";
    out += "siaran_index_info{generation=\"" + label(index->generation) + "\",stemmer=\"" + label(index->stemmer) +
           "\"} 1\n";
  }
  double uptime = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  out += "# HELP siaran_uptime_seconds Seconds since the daemon started.\n";
  out += "# TYPE siaran_uptime_seconds gauge\n";
  out += "siaran_uptime_seconds " + number(uptime) + "\n";
  return out;
}

}  // namespace siaran::searchd
