// search::related — queries derived from the index rather than typed: "more like this" for one
// document and completions of a half-typed word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"

namespace siaran::search {

// "More like this": the document's most telling words (Xapian's relevance-feedback expansion
// over the document alone, at most `terms` of them; field, stem and filter terms, stopwords,
// numbers and words under 3 bytes left out) ORed together, the document itself excluded.
// An empty Query when the document offers no such word.
Xapian::Query similar_query(const Xapian::Database& db, Xapian::docid doc, const std::string& id_term,
                            const analyzers::Analyzer& analyzer, unsigned terms = 20);

inline constexpr size_t kMinCompletionPrefix = 2;        // bytes of the folded prefix
inline constexpr size_t kMaxCompletionScan = 200000;     // index terms looked at per call

// The last word of a half-typed query, the one to complete: the text after the last space, quote,
// parenthesis or field colon, without a leading '-'. "" when the query ends in a space (nothing is
// being typed). `title:"hari bhak` -> "bhak".
std::string_view word_being_typed(std::string_view query);

// Completions of `folded_prefix` (already normalised like Token::exact: NFKC, case folded): the
// index's exact word terms starting with it, most frequent first (then alphabetical), at most
// `count`. Empty for a prefix under kMinCompletionPrefix bytes. Scans at most
// kMaxCompletionScan terms, so the cost of one keystroke is bounded on any index.
std::vector<std::string> complete_word(const Xapian::Database& db, const std::string& folded_prefix,
                                       unsigned count);

}  // namespace siaran::search
