#include "searchd/searcher_pool.h"

#include <cstdio>
#include <ctime>
#include <string>

#include <xapian.h>

#include "searchd/api_error.h"

namespace siaran::searchd {

namespace {

std::string describe(const search::IndexSource& source) {
  if (!source.shards) return source.db.string();
  std::string text = "shards";
  for (const std::string& shard : source.shards->shards) text += " " + shard;
  return text;
}

}  // namespace

SearcherPool::SearcherPool(search::IndexSource source, std::chrono::milliseconds refresh_interval,
                           const RequestLog& log)
    : source_(std::move(source)), what_(describe(source_)), refresh_interval_(refresh_interval), log_(log) {}

SearcherPool::~SearcherPool() = default;

SearcherPool::Slot& SearcherPool::slot() {
  std::lock_guard lock(mutex_);
  std::unique_ptr<Slot>& s = slots_[std::this_thread::get_id()];
  if (!s) s = std::make_unique<Slot>();
  return *s;
}

search::Searcher& SearcherPool::local() {
  Slot& s = slot();  // only this thread ever touches its slot
  auto now = std::chrono::steady_clock::now();
  if (!s.searcher) {
    std::string why;
    try {
      s.searcher = std::make_unique<search::Searcher>(source_);
      s.refreshed = now;
      return *s.searcher;
    } catch (const std::exception& e) {
      why = e.what();
    } catch (const Xapian::Error& e) {
      why = e.get_description();
    }
    if (source_.shards) throw Unavailable("cannot search " + what_ + ": " + why);
    throw Unavailable("no index is live in " + what_ + " (" + why +
                      "); build one with: siaran-index build --db " + what_ + " SOURCE...");
  }
  if (now - s.refreshed >= refresh_interval_) {
    s.refreshed = now;
    try {
      s.searcher->refresh();
    } catch (const std::exception& e) {
      log_.error("refreshing the index in " + what_ + " failed, still serving the open one: " + e.what());
    } catch (const Xapian::Error& e) {
      log_.error("refreshing the index in " + what_ +
                 " failed, still serving the open one: " + e.get_description());
    }
  }
  return *s.searcher;
}

std::optional<double> seconds_since(std::string_view iso8601) {
  std::tm tm{};
  int consumed = 0;
  std::string text(iso8601);
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec, &consumed) != 6)
    return std::nullopt;
  std::string_view rest = std::string_view(text).substr(static_cast<size_t>(consumed));
  if (!rest.empty() && rest.front() == '.') {  // fractional seconds
    rest.remove_prefix(1);
    while (!rest.empty() && rest.front() >= '0' && rest.front() <= '9') rest.remove_prefix(1);
  }
  if (rest != "Z" && rest != "+00:00") return std::nullopt;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  std::time_t built = timegm(&tm);
  if (built == static_cast<std::time_t>(-1)) return std::nullopt;
  return std::difftime(std::time(nullptr), built);
}

}  // namespace siaran::searchd
