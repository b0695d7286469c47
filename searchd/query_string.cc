#include "searchd/query_string.h"

#include <algorithm>

#include "corpus/utf8.h"
#include "searchd/api_error.h"

namespace siaran::searchd {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decoded text must be text: valid UTF-8 without NULs (they would truncate C strings in Xapian's
// query parser and in logs, and no search box produces them).
void require_text(const std::string& decoded, std::string_view what) {
  if (auto bad = corpus::find_invalid_utf8(decoded))
    throw BadRequest(std::string(what) + " is not valid UTF-8 once decoded (byte " +
                     std::to_string(*bad) + "); percent-encode UTF-8 text");
  if (corpus::find_nul(decoded)) throw BadRequest(std::string(what) + " contains a NUL byte (%00)");
}

}  // namespace

std::string percent_decode(std::string_view text, bool plus_is_space, std::string_view what) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+' && plus_is_space) {
      out += ' ';
    } else if (c == '%') {
      int hi = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
      int lo = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
      if (hi < 0 || lo < 0)
        throw BadRequest(std::string(what) + ": " + quote_text(text.substr(i, 3)) +
                         " is not a percent-escape (%XX with two hex digits; a literal % is %25)");
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string decode_component(std::string_view text, bool plus_is_space, std::string_view what) {
  std::string decoded = percent_decode(text, plus_is_space, what);
  require_text(decoded, what);
  return decoded;
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

QueryString QueryString::parse(std::string_view raw) {
  if (size_t hash = raw.find('#'); hash != std::string_view::npos) raw = raw.substr(0, hash);
  QueryString qs;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t end = raw.find('&', start);
    if (end == std::string_view::npos) end = raw.size();
    std::string_view pair = raw.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string_view raw_key = pair.substr(0, eq);
    std::string_view raw_value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    std::string key = decode_component(raw_key, true, "parameter name " + quote_text(raw_key));
    std::string value = decode_component(raw_value, true, "parameter " + quote_text(key));
    qs.add(std::move(key), std::move(value));
  }
  return qs;
}

bool QueryString::has(std::string_view key) const { return count(key) > 0; }

size_t QueryString::count(std::string_view key) const {
  return static_cast<size_t>(
      std::count_if(pairs_.begin(), pairs_.end(), [&](const Pair& p) { return p.first == key; }));
}

std::vector<std::string> QueryString::values(std::string_view key) const {
  std::vector<std::string> out;
  for (const Pair& p : pairs_)
    if (p.first == key) out.push_back(p.second);
  return out;
}

std::optional<std::string> QueryString::single(std::string_view key) const {
  std::optional<std::string> found;
  for (const Pair& p : pairs_) {
    if (p.first != key) continue;
    if (found)
      throw BadRequest("parameter " + quote_text(key) + " is given more than once; it takes one value");
    found = p.second;
  }
  return found;
}

std::vector<std::string> QueryString::keys() const {
  std::vector<std::string> out;
  for (const Pair& p : pairs_)
    if (std::find(out.begin(), out.end(), p.first) == out.end()) out.push_back(p.first);
  return out;
}

}  // namespace siaran::searchd
