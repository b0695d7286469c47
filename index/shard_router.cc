#include "index/shard_router.h"

#include <string>

namespace siaran::index {

uint64_t fnv1a_64(std::string_view text) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char byte : text) {
    hash ^= byte;
    hash *= 1099511628211ull;
  }
  return hash;
}

ShardRouter::ShardRouter(unsigned count) : count_(count) {
  if (count == 0 || count > kMaxShards) {
    throw std::invalid_argument("shard count must be 1.." + std::to_string(kMaxShards) + ", not " +
                                std::to_string(count));
  }
}

}  // namespace siaran::index
