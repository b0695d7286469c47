// index::stored_document — the corpus::Document kept as each Xapian document's data, as the same
// JSON object as a canonical JSONL line, so search results and /documents/{id} need no other store.
#pragma once

#include <string>

#include "corpus/document.h"

namespace siaran::index {

std::string to_json(const corpus::Document& doc);           // one line, UTF-8, no trailing newline
corpus::Document from_json(const std::string& json);         // throws std::runtime_error if malformed

}  // namespace siaran::index
