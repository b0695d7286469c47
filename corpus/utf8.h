// UTF-8 validation helpers for the readers: every text field of a Document must be valid UTF-8
// (Xapian terms, JSON output and snippets all assume it), so readers check each field and report
// the exact byte where a source went wrong instead of passing mojibake on to the index.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace siaran::corpus {

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
// forms, UTF-16 surrogates, code points above U+10FFFF and truncated sequences are all invalid);
// std::nullopt when `text` is valid.
std::optional<size_t> find_invalid_utf8(std::string_view text);

inline bool is_valid_utf8(std::string_view text) { return !find_invalid_utf8(text).has_value(); }

// Byte offset of the first NUL byte, std::nullopt when there is none. NUL is valid UTF-8 but
// never legitimate in a release, and it truncates C strings further down the line.
std::optional<size_t> find_nul(std::string_view text);

// 1-based line number of byte `offset` in `text` (counts '\n' before it).
size_t line_of_offset(std::string_view text, size_t offset);

}  // namespace siaran::corpus
