// index::write_support — small helpers the index writers (index_writer.cc, shard_writer.cc) share.
// Internal to the index library: not a contract of it.
#pragma once

#include <ctime>
#include <stdexcept>
#include <string>
#include <string_view>

#include <xapian.h>

namespace siaran::index::write_support {

inline std::string str(std::string_view s) { return std::string(s); }

// Now, as the ISO 8601 UTC text stored in database metadata ("2026-11-29T07:49:30Z").
inline std::string utc_now_iso8601() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// Xapian's exceptions do not derive from std::exception; callers of this library only need to
// know one family. `work()` with a Xapian::Error turned into std::runtime_error("WHAT: ...").
template <class Work>
auto xapian_guard(const std::string& what, Work&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const Xapian::Error& e) {
    throw std::runtime_error(what + ": " + e.get_description());
  }
}

}  // namespace siaran::index::write_support
