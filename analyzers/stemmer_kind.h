// analyzers::StemmerKind — which stemmer the analyzer uses. Stored in the index metadata
// (index/schema.h kMetaStemmer) so queries are analysed the way the documents were.
#pragma once

#include <string_view>

namespace siaran::analyzers {

enum class StemmerKind {
  Snowball,  // libstemmer "indonesian" (Tala's algorithm): affixes, particles, possessives
  None,      // terms are the exact forms
  Lexicon,   // roots of the hunspell-id dictionary by confix stripping, else Snowball
             // (lexicon_stemmer.h); needs the Debian package hunspell-id at run time
};

// "snowball" | "lexicon" | "none" (case-sensitive); throws std::invalid_argument naming the
// accepted values.
StemmerKind parse_stemmer_kind(std::string_view name);
const char* to_string(StemmerKind kind);

}  // namespace siaran::analyzers
