// analyzers::WordHash — the hash of the analyzer's word tables, transparent so a std::string_view
// is looked up without building a std::string.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace siaran::analyzers {

struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

}  // namespace siaran::analyzers
