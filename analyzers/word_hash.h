// analyzers::WordHash — the hash of the analyzer's word tables (WordList, CachedStemmer, WordMemo):
// transparent, so a std::string_view is looked up without building a std::string, and made for
// short keys. Words are mostly 3..15 bytes; std::hash (libstdc++'s out-of-line murmur over the
// bytes) was the largest single cost of a word look-up. This one reads a word of up to 16 bytes
// in at most four overlapping loads (longer ones 16 bytes at a time) and mixes them with a few
// multiplications: a good spread in every bit, which std::unordered_map's prime-sized bucket
// array needs.
//
// Not stable across versions or platforms (native byte order); never store it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace siaran::analyzers {

struct WordHash {
  using is_transparent = void;

  size_t operator()(std::string_view s) const noexcept { return static_cast<size_t>(hash(s)); }

  static uint64_t hash(std::string_view s) noexcept {
    const char* p = s.data();
    const size_t n = s.size();
    uint64_t a = 0, b = 0, h = kSeed ^ (n * kMul1);  // the length apart from the bytes: "ar" != "ars"
    if (n <= 16) {
      if (n >= 4) {
        // Two 4-byte loads from each end, overlapping for n < 16: every byte is read.
        const size_t step = (n >> 3) << 2;  // 0 for n < 8, 4 for 8..16
        a = (load32(p) << 32) | load32(p + step);
        b = (load32(p + n - 4) << 32) | load32(p + n - 4 - step);
      } else if (n > 0) {
        a = (uint64_t{static_cast<unsigned char>(p[0])} << 16) |
            (uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8) | static_cast<unsigned char>(p[n - 1]);
      }
    } else {
      size_t rest = n;
      while (rest > 16) {
        h = mix(load64(p) ^ kMul1, load64(p + 8) ^ h);
        p += 16;
        rest -= 16;
      }
      a = load64(p + rest - 16);  // the last 16 bytes, overlapping the ones already mixed
      b = load64(p + rest - 8);
    }
    return mix(a ^ kMul2, b ^ h);
  }

 private:
  static constexpr uint64_t kSeed = 0x9e3779b97f4a7c15ULL;
  static constexpr uint64_t kMul1 = 0xff51afd7ed558ccdULL;
  static constexpr uint64_t kMul2 = 0xc4ceb9fe1a85ec53ULL;

  static uint64_t load64(const char* p) noexcept {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static uint64_t load32(const char* p) noexcept {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static uint64_t rotl(uint64_t x, int r) noexcept { return (x << r) | (x >> (64 - r)); }
  // Both inputs through a multiplication, then MurmurHash3's 64-bit finaliser: every input bit
  // reaches every output bit.
  static uint64_t mix(uint64_t a, uint64_t b) noexcept {
    uint64_t h = a * kMul1 ^ rotl(b * kMul2, 31);
    h ^= h >> 33;
    h *= kMul1;
    h ^= h >> 33;
    h *= kMul2;
    h ^= h >> 33;
    return h;
  }
};

}  // namespace siaran::analyzers
