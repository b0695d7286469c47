// index::PhraseTerms — multi-word names indexed as one term each, so a query that needs them as a
// phrase reads one short posting list before any position.
//
// Why: the synonym table's multi-word entries ("warga binaan", "lembaga pemasyarakatan",
// "pengurangan masa pidana") become phrases in almost every query that touches them (a synonym
// key typed as words, or a one-word key whose alternative is a name). Their words are common: in
// an archive of the corrections service "warga" and "binaan" are each in most releases, so
// Xapian checked the positions of nearly every release to find the ~fifth that hold the name
// (docs/performance-history.md, session 4). With the name's term beside the phrase,
// FILTER(PHRASE(warga binaan), K"warga binaan"), Xapian walks the term's list and checks
// positions only there: the same matches and weights, a fraction of the work.
//
// Terms (index/schema.h): kPhrase + the words' exact forms joined by one space ("Kwarga binaan"),
// a boolean term (no wdf, no positions: it adds nothing to a document's length or weights), in
// every document whose title or body holds those exact forms at consecutive positions — what
// OP_PHRASE over the exact terms with a window of its length matches, and only that. Unprefixed
// text only: a field phrase (title:"...") is matched by positions as before.
//
// The phrases are fixed when a generation is built (the multi-word entries of the synonym table it
// is built with) and recorded in its metadata (schema::kMetaPhraseTerms); `update` indexes new
// documents with the recorded ones, whatever table it is given, so "the index holds this phrase's
// term" stays true for every document. A synonym table replaced later (`siaran-index synonyms`)
// brings phrases the index has no term for: those are matched by positions alone until the next
// build. An index built before phrase terms records none and is searched as before.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "index/synonym_store.h"

namespace siaran::index {

class PhraseTerms {
 public:
  PhraseTerms() = default;  // none
  // Each phrase: exact forms joined by single spaces. Entries of one word, empty ones and
  // repeats are left out; order does not matter.
  explicit PhraseTerms(const std::vector<std::string>& phrases);

  // The multi-word keys of a synonym table as the index stores it (index/synonym_store.h).
  static PhraseTerms of_synonyms(const IndexSynonyms& synonyms);
  // What a generation records (none for one built before phrase terms).
  static PhraseTerms stored_in(const Xapian::Database& db);
  // Records the phrases in `db`'s metadata; part of the caller's commit.
  void store_in(Xapian::WritableDatabase& db) const;

  bool empty() const { return phrases_.empty(); }
  const std::vector<std::string>& phrases() const { return phrases_; }  // sorted
  // Does every document hold the term of `phrase` (exact forms joined by one space) when it holds
  // the phrase?
  bool indexes(std::string_view phrase) const;

  // The term of `phrase`: kPhrase + phrase.
  static std::string term(std::string_view phrase);

  // Adds the term of each phrase found in `tokens` (one text, analysed: exact forms at their
  // positions) as a boolean term of `doc`.
  void add_terms(Xapian::Document& doc, const std::vector<analyzers::Token>& tokens) const;

 private:
  struct Phrase {
    std::vector<std::string> words;
    std::string term;  // term(words joined by one space)
  };
  std::vector<std::string> phrases_;
  std::unordered_map<std::string, std::vector<Phrase>> by_first_word_;  // first word -> phrases
};

}  // namespace siaran::index
