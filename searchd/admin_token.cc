#include "searchd/admin_token.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace siaran::searchd {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Printable ASCII without spaces: what survives an HTTP header and a shell variable intact.
bool token_bytes_ok(std::string_view token) {
  for (char c : token)
    if (c <= 0x20 || c >= 0x7F) return false;
  return true;
}

}  // namespace

AdminToken AdminToken::from_string(std::string_view token) {
  if (token.size() < kMinAdminTokenBytes || token.size() > kMaxAdminTokenBytes)
    throw std::invalid_argument("the admin token must be " + std::to_string(kMinAdminTokenBytes) + " to " +
                                std::to_string(kMaxAdminTokenBytes) + " bytes (it is " +
                                std::to_string(token.size()) + ")");
  if (!token_bytes_ok(token))
    throw std::invalid_argument("the admin token must be printable ASCII without spaces");
  AdminToken t;
  std::memcpy(t.token_.data(), token.data(), token.size());
  t.length_ = token.size();
  return t;
}

AdminToken AdminToken::load(const std::filesystem::path& file) {
  const std::string where = "--admin-token-file " + file.string();
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) throw std::invalid_argument(where + ": " + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) throw std::invalid_argument(where + ": not a regular file");
  if ((st.st_mode & (S_IROTH | S_IWOTH)) != 0)
    throw std::invalid_argument(where + ": readable or writable by every user; chmod o-rw it (a token others "
                                        "can read is no secret)");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::invalid_argument(where + ": cannot be read: " + std::strerror(errno));
  std::string line;
  std::getline(in, line);
  try {
    return from_string(trimmed(line));
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(where + ": " + e.what());
  }
}

bool AdminToken::matches(std::string_view presented) const {
  if (presented.size() > kMaxAdminTokenBytes) return false;
  Buffer given{};
  std::memcpy(given.data(), presented.data(), presented.size());
  // volatile: the compiler may not turn the fold into a loop that stops at the first difference.
  volatile unsigned char difference = 0;
  for (size_t i = 0; i < kMaxAdminTokenBytes; ++i) difference = difference | (given[i] ^ token_[i]);
  size_t length_difference = presented.size() ^ length_;
  for (size_t shift = 0; shift < sizeof length_difference * 8; shift += 8)
    difference = difference | static_cast<unsigned char>(length_difference >> shift);
  return difference == 0 && length_ > 0;
}

std::optional<std::string_view> bearer_credentials(std::string_view authorization) {
  authorization = trimmed(authorization);
  constexpr std::string_view kScheme = "bearer";
  if (authorization.size() <= kScheme.size() || !is_space(authorization[kScheme.size()])) return std::nullopt;
  for (size_t i = 0; i < kScheme.size(); ++i) {  // the scheme name is case-insensitive (RFC 9110)
    char c = authorization[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != kScheme[i]) return std::nullopt;
  }
  std::string_view credentials = trimmed(authorization.substr(kScheme.size()));
  if (credentials.empty()) return std::nullopt;
  return credentials;
}

}  // namespace siaran::searchd
