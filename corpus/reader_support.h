// Small helpers shared by the reader implementations (not part of the reader contract).
#pragma once

#include <cctype>
#include <string>
#include <string_view>

#include "corpus/reader.h"

namespace siaran::corpus::reader_support {

// "\"text\"" for messages that quote what the user wrote.
inline std::string in_quotes(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  out += text;
  out += '"';
  return out;
}

inline std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `text` without leading and trailing spaces and tabs.
inline std::string trimmed(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const size_t last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

// Reports a rejection. Built field by field: brace-initialising the nested aggregate in the call
// trips a false -Wmaybe-uninitialized in GCC 12.
inline void reject_at(RecordSink& sink, const std::string& file, size_t line, std::string reason) {
  Rejection rejection;
  rejection.where.file = file;
  rejection.where.line = line;
  rejection.reason = std::move(reason);
  sink.reject(rejection);
}

}  // namespace siaran::corpus::reader_support
