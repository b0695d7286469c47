// searchd::SearcherPool — one search::Searcher per worker thread (a Searcher owns a
// Xapian::Database and is not thread-safe), opened lazily on the thread's first request.
//
// Index swaps: before serving a request, a thread whose Searcher has not been refreshed for
// `refresh_interval` calls Searcher::refresh(), so a generation published by `siaran-index build`
// is picked up within that interval (default 500 ms) by every busy thread, with no restart. A
// refresh happens between two requests of its thread, never during one, so no request in flight
// fails; if reopening fails the thread keeps serving the index it has (and logs why).
//
// With no index built yet, local() throws Unavailable (HTTP 503) and tries again on the next
// request, so the daemon may be started before the first build. The same holds for shards
// (--shard, search/shard_set.h) of which none answers yet.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "search/index_handle.h"
#include "search/searcher.h"
#include "searchd/request_log.h"

namespace siaran::searchd {

class SearcherPool {
 public:
  SearcherPool(search::IndexSource source, std::chrono::milliseconds refresh_interval, const RequestLog& log);
  ~SearcherPool();
  SearcherPool(const SearcherPool&) = delete;
  SearcherPool& operator=(const SearcherPool&) = delete;

  // This thread's Searcher, opened or refreshed as needed. Throws Unavailable.
  search::Searcher& local();

  const std::filesystem::path& db_dir() const { return source_.db; }  // empty with shards

 private:
  struct Slot {
    std::unique_ptr<search::Searcher> searcher;
    std::chrono::steady_clock::time_point refreshed;
  };
  Slot& slot();

  search::IndexSource source_;
  std::string what_;  // the index folder, or the shards, for messages
  std::chrono::milliseconds refresh_interval_;
  const RequestLog& log_;
  std::mutex mutex_;
  std::unordered_map<std::thread::id, std::unique_ptr<Slot>> slots_;
};

// Seconds from an ISO 8601 UTC time ("2025-03-09T10:15:02Z", the index's built_at) to now;
// std::nullopt when `iso8601` is not in that form.
std::optional<double> seconds_since(std::string_view iso8601);

}  // namespace siaran::searchd
