// searchd::AdminToken — the secret that unlocks the admin API (`--admin-token-file PATH`).
//
// The token is the first line of the file (surrounding whitespace dropped), 16 to 256 bytes of
// printable ASCII. load() refuses a file anyone on the machine may read or write, as ssh does
// with private keys: a token others can read is no secret. A presented token is compared in
// constant time: both sides are copied into fixed-size zero-padded buffers and every byte of
// both is XOR-folded, lengths included, with no early exit, so the time taken says nothing
// about how much of a guess was right. The token never appears in a message, a log line or an
// answer.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace siaran::searchd {

inline constexpr size_t kMinAdminTokenBytes = 16;
inline constexpr size_t kMaxAdminTokenBytes = 256;

class AdminToken {
 public:
  // Throws std::invalid_argument (a message naming the path, never quoting the file) when the
  // file cannot be read, is readable or writable by others, or holds no acceptable token.
  static AdminToken load(const std::filesystem::path& file);
  // For tests and embedding; throws std::invalid_argument for a token of the wrong size/bytes.
  static AdminToken from_string(std::string_view token);

  // Whether `presented` is the token. Takes the same time for any `presented` of at most
  // kMaxAdminTokenBytes; longer ones (never a valid token) are refused without comparing.
  bool matches(std::string_view presented) const;

 private:
  using Buffer = std::array<unsigned char, kMaxAdminTokenBytes>;
  AdminToken() = default;
  Buffer token_{};
  size_t length_ = 0;
};

// The credentials of an "Authorization: Bearer <token>" header value; nullopt when the value
// is not of that form (another scheme, nothing after "Bearer").
std::optional<std::string_view> bearer_credentials(std::string_view authorization);

}  // namespace siaran::searchd
