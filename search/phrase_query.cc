#include "search/phrase_query.h"

#include "index/phrase_terms.h"
#include "index/schema.h"

namespace siaran::search {
namespace {

bool is_phrase_term(const Xapian::Query& query) {
  return query.get_type() == Xapian::Query::LEAF_TERM &&
         (*query.get_terms_begin()).starts_with(index::schema::kPhrase);
}

// The terms of an OP_PHRASE or OP_AND of terms; empty for anything else.
std::vector<std::string> leaf_terms(const Xapian::Query& query) {
  std::vector<std::string> terms;
  if (query.get_type() != Xapian::Query::OP_PHRASE && query.get_type() != Xapian::Query::OP_AND) return terms;
  for (size_t i = 0; i < query.get_num_subqueries(); ++i) {
    const Xapian::Query term = query.get_subquery(i);
    if (term.get_type() != Xapian::Query::LEAF_TERM) return {};
    terms.push_back(*term.get_terms_begin());
  }
  return terms;
}

}  // namespace

Xapian::Query phrase_query(const std::vector<std::string>& terms, Xapian::termcount window, const std::string& prefix,
                           const PhraseIndexed& indexed, PhraseUse use) {
  if (terms.size() == 1) return Xapian::Query(terms.front());
  Xapian::Query phrase(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), window);
  if (!prefix.empty() || window != terms.size() || !indexed) return phrase;
  std::string joined;
  for (const std::string& term : terms) joined += (joined.empty() ? "" : " ") + term;
  if (!indexed(joined)) return phrase;
  const Xapian::Query term(index::PhraseTerms::term(joined));
  if (use == PhraseUse::Marking) return Xapian::Query(Xapian::Query::OP_FILTER, phrase, term);
  return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end()),
                       term);
}

std::vector<std::string> phrase_words(const Xapian::Query& query) {
  if (query.get_type() == Xapian::Query::OP_PHRASE) return leaf_terms(query);
  if (query.get_type() != Xapian::Query::OP_FILTER || query.get_num_subqueries() != 2 ||
      !is_phrase_term(query.get_subquery(1))) {
    return {};
  }
  return leaf_terms(query.get_subquery(0));
}

bool uses_phrase_terms(const Xapian::Query& query) {
  for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
    if ((*it).starts_with(index::schema::kPhrase)) return true;
  }
  return false;
}

}  // namespace siaran::search
