// search::spelling — "did you mean": the query with each word the index does not know replaced
// by the index's closest known word (Xapian's spelling table, which the indexer fills with the
// exact forms of titles and bodies; edit distance up to 2, the most frequent candidate wins).
//
// A word counts as unknown when neither its exact term nor its stem term is in the index: a word
// found through its stem already finds documents and is not second-guessed. Stopwords and numbers
// are left alone. Only the misspelt words change; every other byte of the query (operators,
// quotes, fields, spacing) is kept, and a capitalised word stays capitalised.
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

}  // namespace siaran::search
