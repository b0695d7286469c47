#include "index/phrase_terms.h"

#include <algorithm>
#include <set>

#include "index/schema.h"

namespace siaran::index {
namespace {

// The non-empty pieces of `text` between `separator`s.
std::vector<std::string> split_on(std::string_view text, char separator) {
  std::vector<std::string> pieces;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) pieces.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return pieces;
}

}  // namespace

PhraseTerms::PhraseTerms(const std::vector<std::string>& phrases) {
  std::set<std::string> kept;
  for (const std::string& phrase : phrases) {
    std::vector<std::string> words = split_on(phrase, ' ');
    if (words.size() < 2) continue;
    std::string joined;
    for (const std::string& word : words) joined += (joined.empty() ? "" : " ") + word;
    if (!kept.insert(joined).second) continue;
    by_first_word_[words.front()].push_back(Phrase{std::move(words), term(joined)});
  }
  phrases_.assign(kept.begin(), kept.end());
}

PhraseTerms PhraseTerms::of_synonyms(const IndexSynonyms& synonyms) {
  std::vector<std::string> keys;
  for (const auto& [key, values] : synonyms.entries) keys.push_back(key);
  return PhraseTerms(keys);
}

PhraseTerms PhraseTerms::stored_in(const Xapian::Database& db) {
  return PhraseTerms(split_on(db.get_metadata(std::string(schema::kMetaPhraseTerms)), '\n'));
}

void PhraseTerms::store_in(Xapian::WritableDatabase& db) const {
  std::string recorded;
  for (const std::string& phrase : phrases_) recorded += (recorded.empty() ? "" : "\n") + phrase;
  db.set_metadata(std::string(schema::kMetaPhraseTerms), recorded);
}

bool PhraseTerms::indexes(std::string_view phrase) const {
  return std::binary_search(phrases_.begin(), phrases_.end(), phrase);
}

std::string PhraseTerms::term(std::string_view phrase) {
  std::string term(schema::kPhrase);
  term += phrase;
  return term;
}

void PhraseTerms::add_terms(Xapian::Document& doc, const std::vector<analyzers::Token>& tokens) const {
  if (by_first_word_.empty()) return;
  // Positions rise by one per token, but a token the index leaves out (no exact form) still
  // takes its position: a phrase must be at consecutive positions, not just consecutive tokens.
  for (size_t i = 0; i < tokens.size(); ++i) {
    const auto it = by_first_word_.find(tokens[i].exact);
    if (it == by_first_word_.end()) continue;
    for (const Phrase& phrase : it->second) {
      const std::vector<std::string>& words = phrase.words;
      if (i + words.size() > tokens.size()) continue;
      bool found = true;
      for (size_t k = 1; k < words.size() && found; ++k) {
        const analyzers::Token& next = tokens[i + k];
        found = next.position == tokens[i].position + k && next.exact == words[k];
      }
      if (found) doc.add_boolean_term(phrase.term);
    }
  }
}

}  // namespace siaran::index
