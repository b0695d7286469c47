#include "search/related.h"

#include <algorithm>

namespace siaran::search {
namespace {

// Free-text exact forms only: index prefixes are capitals, words are case folded.
bool is_word_term(const std::string& term) {
  if (term.size() < 3) return false;
  if (term.front() >= 'A' && term.front() <= 'Z') return false;
  return !std::all_of(term.begin(), term.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; });
}

class SimilarTerms : public Xapian::ExpandDecider {
 public:
  explicit SimilarTerms(const analyzers::Analyzer& analyzer) : analyzer_(analyzer) {}

  bool operator()(const std::string& term) const override {
    if (!is_word_term(term)) return false;
    std::vector<analyzers::Token> tokens = analyzer_.analyze(term);
    return tokens.size() == 1 && !tokens.front().stopword;
  }

 private:
  const analyzers::Analyzer& analyzer_;
};

}  // namespace

Xapian::Query similar_query(const Xapian::Database& db, Xapian::docid doc, const std::string& id_term,
                            const analyzers::Analyzer& analyzer, unsigned terms) {
  Xapian::Enquire enquire(db);
  Xapian::RSet rset;
  rset.add_document(doc);
  SimilarTerms decider(analyzer);
  Xapian::ESet eset = enquire.get_eset(terms, rset, &decider);
  std::vector<Xapian::Query> words;
  for (auto it = eset.begin(); it != eset.end(); ++it) words.emplace_back(*it);
  if (words.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                       Xapian::Query(id_term));
}

std::string_view word_being_typed(std::string_view query) {
  size_t start = 0;
  for (size_t i = 0; i < query.size(); ++i) {
    const char c = query[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '(' || c == ')' || c == ':') {
      start = i + 1;
    } else if (query.substr(i).starts_with("\xC2\xA0")) {  // no-break space
      start = i + 2;
    } else if (query.substr(i).starts_with("\xE2\x80\x9C") || query.substr(i).starts_with("\xE2\x80\x9D")) {
      start = i + 3;  // curly quotes
    }
  }
  std::string_view word = start < query.size() ? query.substr(start) : std::string_view();
  while (word.starts_with('-')) word.remove_prefix(1);
  return word;
}

std::vector<std::string> complete_word(const Xapian::Database& db, const std::string& folded_prefix,
                                       unsigned count) {
  if (folded_prefix.size() < kMinCompletionPrefix || count == 0) return {};
  if (folded_prefix.front() >= 'A' && folded_prefix.front() <= 'Z') return {};  // never a prefix term

  struct Candidate {
    std::string term;
    Xapian::doccount frequency;
  };
  auto better = [](const Candidate& a, const Candidate& b) {
    return a.frequency != b.frequency ? a.frequency > b.frequency : a.term < b.term;
  };
  std::vector<Candidate> best;  // a heap with the worst kept candidate on top
  size_t scanned = 0;
  for (auto it = db.allterms_begin(folded_prefix); it != db.allterms_end(folded_prefix); ++it) {
    if (++scanned > kMaxCompletionScan) break;
    Candidate c{*it, it.get_termfreq()};
    if (best.size() < count) {
      best.push_back(std::move(c));
      std::push_heap(best.begin(), best.end(), better);
    } else if (better(c, best.front())) {
      std::pop_heap(best.begin(), best.end(), better);
      best.back() = std::move(c);
      std::push_heap(best.begin(), best.end(), better);
    }
  }
  std::sort(best.begin(), best.end(), better);
  std::vector<std::string> words;
  for (Candidate& c : best) words.push_back(std::move(c.term));
  return words;
}

}  // namespace siaran::search
