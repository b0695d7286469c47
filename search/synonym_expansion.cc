#include "search/synonym_expansion.h"

#include <algorithm>

namespace siaran::search {
namespace {

// Does `words` hold `part` as a run of consecutive words?
bool contains_run(const std::vector<SynonymExpander::Word>& words, const std::vector<SynonymExpander::Word>& part) {
  const auto same = [](const SynonymExpander::Word& a, const SynonymExpander::Word& b) { return a.exact == b.exact; };
  return std::search(words.begin(), words.end(), part.begin(), part.end(), same) != words.end();
}

}  // namespace

std::vector<std::string> index_synonyms(const Xapian::Database& db, const std::string& key) {
  std::vector<std::string> out;
  try {
    for (auto it = db.synonyms_begin(key); it != db.synonyms_end(key) && out.size() < kMaxSynonymsPerKey; ++it) {
      out.push_back(*it);
    }
  } catch (const Xapian::UnimplementedError&) {
    out.clear();  // a backend without a synonym table: the words are searched as typed
  }
  return out;
}

SynonymExpander::SynonymExpander(const analyzers::Analyzer& analyzer, const QueryParserOptions& options)
    : analyzer_(analyzer), options_(options) {}

std::optional<Xapian::Query> SynonymExpander::alternative(const std::vector<Word>& words, const std::string& prefix,
                                                         SynonymMatch* highlight_into) {
  std::vector<std::string> terms, plain;
  size_t first = 0, last = 0;
  for (size_t position = 1; position <= words.size(); ++position) {
    const Word& word = words[position - 1];
    const bool gap = word.stopword && !(options_.indexed && options_.indexed(prefix + word.exact));
    if (gap) continue;
    terms.push_back(prefix + word.exact);
    plain.push_back(word.exact);
    if (first == 0) first = position;
    last = position;
  }
  if (terms.empty()) return std::nullopt;
  const auto window = static_cast<Xapian::termcount>(last - first + 1);
  if (terms.size() > 1 && window == terms.size()) {
    longest_phrase_ = std::max(longest_phrase_, terms.size());
  }
  if (highlight_into) {
    if (plain.size() > 1 && window == plain.size()) {
      highlight_into->highlight_phrases.push_back(plain);
    } else {  // one word; or MSet::snippet, which only knows tight phrases, marks the words
      for (const std::string& word : plain) highlight_into->highlight_terms.push_back(word);
    }
    for (std::string& word : plain) highlight_into->exact_terms.push_back(std::move(word));
  }
  return phrase_query(terms, window, prefix, options_.phrase_indexed, options_.phrase_use);
}

std::optional<SynonymMatch> SynonymExpander::expand(const std::vector<Word>& typed, const std::string& prefix) {
  if (!options_.synonyms || typed.empty() || terms_used_ >= kMaxSynonymTerms) return std::nullopt;
  std::string key;
  for (const Word& word : typed) key += (key.empty() ? "" : " ") + word.exact;
  std::vector<std::string> synonyms = options_.synonyms(key);
  if (synonyms.size() > kMaxSynonymsPerKey) synonyms.resize(kMaxSynonymsPerKey);

  // An alternative that holds the typed words or another alternative ("warga binaan
  // pemasyarakatan" beside "warga binaan") matches nothing more: left out, it is neither counted
  // twice nor a longer phrase, which would spoil snippet marking (see longest_phrase()).
  std::vector<std::pair<std::string, std::vector<Word>>> candidates;
  for (const std::string& synonym : synonyms) {
    std::vector<Word> words;
    for (const analyzers::Token& token : analyzer_.analyze(synonym)) words.push_back({token.exact, token.stopword});
    if (!words.empty()) candidates.emplace_back(synonym, std::move(words));
  }
  const auto redundant = [&](const std::vector<Word>& words) {
    if (contains_run(words, typed)) return true;
    for (const auto& [other, other_words] : candidates) {
      if (other_words.size() < words.size() && contains_run(words, other_words)) return true;
    }
    return false;
  };

  SynonymMatch match;
  std::vector<Xapian::Query> alternatives;
  for (const auto& [synonym, words] : candidates) {
    if (redundant(words) || terms_used_ + words.size() > kMaxSynonymTerms) continue;
    std::optional<Xapian::Query> q = alternative(words, prefix, &match);
    if (!q) continue;
    terms_used_ += static_cast<unsigned>(words.size());
    alternatives.push_back(std::move(*q));
    match.synonyms.push_back(synonym);
  }
  if (alternatives.empty()) return std::nullopt;
  // The typed form joins the union (see the header); its own terms are highlighted already.
  if (std::optional<Xapian::Query> as_typed = alternative(typed, prefix, nullptr)) {
    alternatives.insert(alternatives.begin(), std::move(*as_typed));
  }
  match.query = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                              Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end()),
                              kSynonymWeight);
  return match;
}

}  // namespace siaran::search
