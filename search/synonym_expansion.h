// search::SynonymExpander — the query side of the synonym table (index/synonym_store.h): the
// alternatives a query word or a run of query words gets, built from the index's own table so
// a staff file applied with `siaran-index synonyms` is used by the next query after refresh.
//
//   key "lapas"  synonyms {"lembaga pemasyarakatan"}
//     -> SCALE_WEIGHT(SYNONYM(lapas, PHRASE(lembaga, pemasyarakatan)), kSynonymWeight)
//
// A one-word alternative is its exact term, a multi-word one a phrase of exact terms (a stopword
// the index does not hold is a gap, as in a quoted phrase); no stems: the table holds names and
// acronyms, not inflected words. Why the typed form is inside the OP_SYNONYM too: Xapian weighs
// an OP_SYNONYM as one term whose frequency is that of the union, so a synonym can never weigh
// more than the typed word would. Without it, a rare synonym ("lembaga pemasyarakatan" in 5% of
// releases) would outweigh a common typed word ("lapas" in 50%, an idf near 0) and a release
// that only has the synonym would rank first. With it, a release with the typed form gets
// everything a synonym-only release gets plus its exact and stem terms, and kSynonymWeight keeps
// the whole expansion a minor part of the score.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "search/query_parser.h"

namespace siaran::search {

inline constexpr double kSynonymWeight = 0.5;
inline constexpr size_t kMaxSynonymsPerKey = 8;     // alternatives used for one key
inline constexpr unsigned kMaxSynonymTerms = 64;    // terms all expansions of one query may add

// The synonyms of `key` in `db` (at most kMaxSynonymsPerKey); none when the database cannot say
// (a remote shard without synonym support).
std::vector<std::string> index_synonyms(const Xapian::Database& db, const std::string& key);

struct SynonymMatch {
  Xapian::Query query;                  // scaled alternatives, the typed form among them
  std::vector<std::string> synonyms;    // as stored ("lembaga pemasyarakatan")
  // Unprefixed, for ParsedQuery::highlight: one-word alternatives, and the words of multi-word
  // ones as tight phrases (or as words, when a gap makes the phrase loose).
  std::vector<std::string> highlight_terms;
  std::vector<std::vector<std::string>> highlight_phrases;
  std::vector<std::string> exact_terms; // their words, for ParsedQuery::exact_terms
};

// One per parse: counts the terms it adds against kMaxSynonymTerms.
class SynonymExpander {
 public:
  SynonymExpander(const analyzers::Analyzer& analyzer, const QueryParserOptions& options);

  bool enabled() const { return static_cast<bool>(options_.synonyms); }

  // A word of the key as typed: its exact form, and whether it is a stopword.
  struct Word {
    std::string exact;
    bool stopword = false;
  };

  // The alternatives of the words `typed` (their key: the exact forms joined by spaces) under field
  // `prefix`; nullopt when the key has none or the query's budget of synonym terms is spent.
  std::optional<SynonymMatch> expand(const std::vector<Word>& typed, const std::string& prefix);

  // The most words of any tight phrase this expander put into the query. Xapian 1.4's
  // MSet::snippet only marks a tight phrase as long as the longest in the whole query (its
  // window of previous words is compared at the wrong offset for shorter ones); the query parser
  // marks the words of shorter phrases one by one instead.
  size_t longest_phrase() const { return longest_phrase_; }

 private:
  // One alternative: a term or a phrase; nullopt when every word is a gap.
  std::optional<Xapian::Query> alternative(const std::vector<Word>& words, const std::string& prefix,
                                           SynonymMatch* highlight_into);

  const analyzers::Analyzer& analyzer_;
  const QueryParserOptions& options_;
  unsigned terms_used_ = 0;
  size_t longest_phrase_ = 0;
};

}  // namespace siaran::search
