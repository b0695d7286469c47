// search::QueryParser — the query language (search/query_syntax.h) -> Xapian::Query, analysing
// every word with the same analyzers::Analyzer the index was built with, so a word typed is the
// word indexed.
//
// How each construct becomes terms (prefixes from index/schema.h; a field adds its prefix):
//   word        AND_MAYBE("Z"+stem, exact): the stem term finds every document with any form of
//               the word (one with the exact form has the stem term too), and the exact term,
//               looked up only in those, adds its weight, so a document with the form typed
//               outweighs one that only shares the stem. Stopwords are dropped outside phrases
//               (unless the whole query is stopwords, then they are kept, as the exact term
//               alone: the index gives them no stem term).
//   words       side by side: OR(w1..wn) plus SCALE_WEIGHT(AND(w1..wn), kAllWordsBoost). Any
//               word matches; a document with every word gets (1 + kAllWordsBoost) times its
//               weight, which in practice puts every all-words document above the rest while
//               keeping BM25 order within each group. When the query is words side by side at
//               its top (the usual case), ParsedQuery::all_words and other_words give the same
//               ranking as two groups, and search::Searcher ranks them one after the other:
//               then every all-words document is above the rest, always.
//   "a b c"     OP_PHRASE over exact terms; a stopword the index does not hold becomes a gap of
//               one position (the window widens); a phrase of one word is that word's exact term.
//               A phrase the index holds as a phrase term (index/phrase_terms.h: a multi-word
//               synonym entry) is matched by that term, without reading positions
//               (search/phrase_query.h, QueryParserOptions::phrase_use).
//   a OR b      OP_OR      a AND b   OP_AND      -a / NOT a   OP_AND_NOT from the enclosing group
//               (a negated operand of OR or AND excludes from the whole group: `a OR -b` = a -b)
//   date:       OP_VALUE_RANGE / _GE / _LE on kDateSlot, as a filter (no weight)
//   synonyms    (QueryParserOptions::synonyms, the index's table: index/synonym_store.h) a word,
//               or words typed side by side, whose exact forms are a key of the table ("lapas",
//               "lembaga pemasyarakatan"; longest run first) also match their synonyms:
//                 word  -> OR(AND_MAYBE("Z"+stem, exact), SCALE_WEIGHT(SYNONYM(alternatives), kSynonymWeight))
//                 run   -> any of its words or an alternative matches; for the all-words boost it
//                          counts as present when the name is there as a phrase, or a synonym is
//                          (a recognised name is one unit, not words scattered about)
//               A one-word alternative is its exact term, a multi-word one a phrase of exact
//               terms (search/synonym_expansion.h). The scale keeps the form typed above a
//               synonym-only match, as the stem keeps it above a stem-only match. Not expanded:
//               quoted phrases (quotes ask for exactly these words) and exclusions (`-lapas`
//               removes releases that say lapas, not every release about prisons). Alternatives
//               are highlighted too; ParsedQuery::expansions lists what was added.
// A query with no positive words (blank, only exclusions, only dates) matches every document
// (minus exclusions, within dates) and does not rank: ParsedQuery::ranks is false.
//
// Limits (InvalidRequest beyond them): the syntax limits (1024 bytes, 8 levels of parentheses)
// and at most 64 words, phrase words and dates in all, which bounds the work one query can cost.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "search/phrase_query.h"
#include "search/query_syntax.h"
#include "search/search_request.h"  // SynonymExpansion

namespace siaran::search {

inline constexpr double kAllWordsBoost = 9.0;

// One word as typed, and what the analyzer made of it.
struct QueryWord {
  std::string surface;     // as typed: a slice of the query
  size_t offset = 0;       // byte offset of `surface` in the query
  std::string exact;       // Token::exact
  std::string stem;        // Token::stem
  QueryField field = QueryField::Any;
  bool in_phrase = false;
  bool excluded = false;   // under - or NOT
  bool stopword = false;
  bool used = false;       // became a term (false for a dropped stopword)
  bool expanded = false;   // it, or a run of words it belongs to, got synonyms
};

struct ParsedQuery {
  Xapian::Query query;              // what to match and rank; MatchAll when nothing positive
  // The documents `query` matches, with less to read, for counting them (totals, facets) without
  // weights: each word by its stem term alone, no all-words branch (the AND matches a subset of
  // the OR). Never for ranking.
  Xapian::Query match;
  // When `query` is words side by side at the top (filtered, with exclusions, as `query` is),
  // its ranking as two groups: `all_words` matches the documents with every word (a recognised
  // name or its synonym counting as present) and weighs them as `query` does; `other_words` the
  // rest of `query`'s matches, weighed as `query` does. Listing all_words' ranking, then
  // other_words', is `query`'s ranking with the all-words boost made strict, and the AND alone is
  // far cheaper to rank than the OR it sits in (at 100k releases, 2 words: ~2x). Both empty
  // (Xapian::Query()) otherwise: a single word, a phrase, `a OR b`, `a AND b`, no words.
  Xapian::Query all_words;
  Xapian::Query other_words;
  bool ranks = false;               // false: no weighted words, list by date instead
  std::vector<QueryWord> words;     // every word of the query, in order
  // The unprefixed terms a result should show highlighted: exact forms and "Z"+stems of the
  // words not excluded, field words included (title:remisi marks "remisi" in the body too), and
  // the words of the synonyms they were expanded with.
  std::vector<std::string> exact_terms;
  std::vector<std::string> stem_terms;
  // The same as a zero-weight query (field phrases kept as tight phrases), for MSet::snippet,
  // which only highlights what the Enquire's query contains. Empty Query when nothing to mark.
  Xapian::Query highlight;
  unsigned term_count = 0;          // words, phrase words and dates counted against the limit
  std::vector<SynonymExpansion> expansions;  // in query order; synonyms do not count against max_terms
};

struct QueryParserOptions {
  SyntaxLimits syntax;
  unsigned max_terms = 64;
  // Does the index hold this term? Asked for a stopword inside a phrase: if the index keeps
  // stopwords it is matched exactly, otherwise it is a one-position gap. Unset: a gap.
  std::function<bool(const std::string& term)> indexed;
  // The synonyms of a key (exact forms joined by one space), e.g. search::index_synonyms() over
  // the index's table (search/synonym_expansion.h). Unset: no synonym expansion.
  std::function<std::vector<std::string>(const std::string& key)> synonyms;
  // Does every document of the index that holds this phrase (exact forms joined by one space)
  // hold its phrase term (index::PhraseTerms::indexes)? Unset: no phrase terms are used.
  PhraseIndexed phrase_indexed;
  // What the phrases the index holds as terms are built for (search/phrase_query.h): Matching
  // reads no position; Marking keeps the phrase for MSet::snippet.
  PhraseUse phrase_use = PhraseUse::Matching;
};


class QueryParser {
 public:
  // `analyzer` must outlive the parser and be configured as the index's (drop_stopwords = true
  // flags stopwords as Token::stopword; the parser decides where they are dropped).
  explicit QueryParser(const analyzers::Analyzer& analyzer, QueryParserOptions options = {});

  ParsedQuery parse(std::string_view query) const;  // throws InvalidRequest

 private:
  const analyzers::Analyzer& analyzer_;
  QueryParserOptions options_;
};

// The term prefix of a field ("" for Any, then "S", "U", "T").
std::string field_prefix(QueryField field);

}  // namespace siaran::search
