// index::ShardRouter — which shard of a sharded archive index (index/shard_layout.h) holds a
// document: FNV-1a 64 of the id's bytes, modulo the shard count.
//
// The hash is part of the on-disk format: `update` and `delete` find a document's shard by it, so
// it must never change for an existing index (a different function would send an update to a
// shard that does not hold the old copy, leaving two). FNV-1a is fixed by its definition (offset
// basis 14695981039346656037, prime 1099511628211), independent of platform, compiler and
// std::hash, and spreads the short structured ids of press releases evenly.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace siaran::index {

// FNV-1a, 64 bits, over the bytes of `text`.
uint64_t fnv1a_64(std::string_view text);

// Shards an index may have: beyond this, one machine's worth of shards is the wrong tool.
inline constexpr unsigned kMaxShards = 256;

class ShardRouter {
 public:
  // Throws std::invalid_argument unless 1 <= count <= kMaxShards.
  explicit ShardRouter(unsigned count);

  unsigned count() const { return count_; }
  unsigned shard_of(std::string_view id) const {
    return static_cast<unsigned>(fnv1a_64(id) % count_);
  }

 private:
  unsigned count_;
};

}  // namespace siaran::index
