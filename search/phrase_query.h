// search::phrase_query — the Xapian query of a phrase of terms, using the index's phrase term when
// it has one (index/phrase_terms.h).
//
// A phrase of common words is costly: Xapian finds the documents with every word, then reads the
// positions of each to see whether the words stand side by side ("warga binaan": both words in
// nearly every release of the archive). The index's phrase term is present exactly where the
// phrase is, so the phrase is matched by it without reading a position:
//   for matching and ranking   FILTER(AND(terms), term): the phrase's documents and the weights
//                              of its words (Xapian weighs a phrase as the AND of its terms);
//   for marking snippets       FILTER(PHRASE(terms), term): MSet::snippet marks the words only
//                              side by side when it sees a phrase (PhraseUse::Marking).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

namespace siaran::search {

// Does every document that holds this phrase (exact forms joined by one space) hold its term?
using PhraseIndexed = std::function<bool(const std::string& phrase)>;

enum class PhraseUse { Matching, Marking };

// OP_PHRASE over `terms` (each `prefix` + an exact form) with `window`; one term: that term.
// When the phrase is tight (window == terms.size()), unprefixed, and `indexed` (may be unset)
// says the index holds its term: as described above for `use`.
Xapian::Query phrase_query(const std::vector<std::string>& terms, Xapian::termcount window, const std::string& prefix,
                           const PhraseIndexed& indexed, PhraseUse use);

// The terms of the phrase phrase_query() made (without its phrase term), in order, when `query`
// is one (a phrase, or a phrase term's filter); empty otherwise.
std::vector<std::string> phrase_words(const Xapian::Query& query);

// Does `query` hold a phrase term anywhere?
bool uses_phrase_terms(const Xapian::Query& query);

}  // namespace siaran::search
