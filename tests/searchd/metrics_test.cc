#include "searchd/metrics.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace siaran::searchd {
namespace {

bool contains(const std::string& text, const std::string& line) { return text.find(line + "\n") != std::string::npos; }

TEST(Metrics, CountsAndHistogram) {
  Metrics m;
  m.record("/api/v1/search", 200, 0.004);
  m.record("/api/v1/search", 200, 0.3);
  m.record("/api/v1/search", 400, 0.0001);
  m.record(kUnmatchedRoute, 404, 0.0001);
  std::string text = m.render(std::nullopt);
  EXPECT_TRUE(contains(text, "siaran_requests_total{route=\"/api/v1/search\",status=\"200\"} 2")) << text;
  EXPECT_TRUE(contains(text, "siaran_requests_total{route=\"/api/v1/search\",status=\"400\"} 1")) << text;
  EXPECT_TRUE(contains(text, "siaran_requests_total{route=\"unmatched\",status=\"404\"} 1")) << text;
  // Buckets are cumulative: 0.0001 and 0.004 are under 0.005; 0.3 only from 0.5 up.
  EXPECT_TRUE(contains(text, "siaran_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"0.001\"} 1"));
  EXPECT_TRUE(contains(text, "siaran_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"0.005\"} 2"));
  EXPECT_TRUE(contains(text, "siaran_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"0.25\"} 2"));
  EXPECT_TRUE(contains(text, "siaran_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"0.5\"} 3"));
  EXPECT_TRUE(contains(text, "siaran_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"+Inf\"} 3"));
  EXPECT_TRUE(contains(text, "siaran_request_duration_seconds_count{route=\"/api/v1/search\"} 3"));
  EXPECT_TRUE(contains(text, "siaran_index_documents 0"));
  EXPECT_TRUE(contains(text, "# TYPE siaran_request_duration_seconds histogram"));
  EXPECT_EQ(m.count("/api/v1/search", 200), 2u);
}

TEST(Metrics, IndexGauges) {
  Metrics m;
  std::string text = m.render(IndexGauges{1234, 60.5, "gen-000007", "snowball"});
  EXPECT_TRUE(contains(text, "siaran_index_documents 1234"));
  EXPECT_TRUE(contains(text, "siaran_index_age_seconds 60.5"));
  EXPECT_TRUE(contains(text, "siaran_index_info{generation=\"gen-000007\",stemmer=\"snowball\"} 1"));
}

TEST(Metrics, ConcurrentRecordingLosesNothing) {
  Metrics m;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&m] {
      for (int i = 0; i < 1000; ++i) m.record("/metrics", 200, 0.001);
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(m.count("/metrics", 200), 4000u);
}

TEST(Metrics, InFlightFollowsTheGate) {
  Metrics m;
  RequestGate gate;
  m.watch(&gate);
  gate.begin();
  gate.begin();
  EXPECT_TRUE(contains(m.render(std::nullopt), "siaran_requests_in_flight 2"));
  gate.end();
  EXPECT_TRUE(contains(m.render(std::nullopt), "siaran_requests_in_flight 1"));
}

}  // namespace
}  // namespace siaran::searchd
