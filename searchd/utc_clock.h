// searchd::utc_now_iso8601 — the time now as ISO 8601 UTC ("2026-11-29T07:49:30Z"), as the
// request log and the admin reindex status print it.
#pragma once

#include <ctime>
#include <string>

namespace siaran::searchd {

inline std::string utc_now_iso8601() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace siaran::searchd
