// search::spelling — "did you mean": the query with each word the index does not know replaced
// by the index's closest known word, in the form the index holds it (Xapian's spelling table,
// which the indexer fills with the exact forms of titles and bodies).
//
// A word counts as unknown when neither its exact term nor its stem term is in the index and it
// has no synonyms there (a word found through its stem or a synonym already finds documents and
// is not second-guessed; QueryWord::expanded, or a key of the synonym table). Stopwords and
// numbers are left alone. Only the misspelt words change; every other byte of the query
// (operators, quotes, fields, spacing) is kept, and a capitalised word stays capitalised.
//
// Choosing the replacement knows Indonesian morphology. Candidates are Xapian's own suggestion
// (edit distance up to 2) and every word of the spelling table one edit away. The best has the
// fewest edits, then keeps the typed word's affixes — its prefix (me-/pe-/ber-/ter-/di-/ke-/se-
// with their sound changes: mem-, peng-, ...) and its suffix (-kan, -an, -i) — then is the more
// frequent: "pembinan" -> "pembinaan" (pe-…-an, as typed), not the more frequent "pembina";
// "pemasyarkatan" -> "pemasyarakatan".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/query_parser.h"

namespace siaran::search {

// The corrected `query`, or nullopt when no word changed. `words` are ParsedQuery::words of it.
std::optional<std::string> correct_spelling(const Xapian::Database& db, std::string_view query,
                                            const std::vector<QueryWord>& words);

// The index's replacement for the unknown word `typed` (an exact form); "" when none is close.
std::string closest_indexed_word(const Xapian::Database& db, const std::string& typed);

// How many of the typed word's affixes (its prefix, its suffix; each counted only when the typed
// word has one) `candidate` shares: 0, 1 or 2.
int shared_affixes(std::string_view typed, std::string_view candidate);

}  // namespace siaran::search
