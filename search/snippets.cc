#include "search/snippets.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <unordered_map>
#include <utility>

namespace siaran::search {
namespace {

constexpr std::string_view kMarkStart = "<mark>";
constexpr std::string_view kMarkEnd = "</mark>";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Bytes in the UTF-8 sequence led by `lead` (1 for a stray continuation byte).
size_t utf8_length(char lead) {
  const auto b = static_cast<unsigned char>(lead);
  if (b >= 0xF0) return 4;
  if (b >= 0xE0) return 3;
  if (b >= 0xC0) return 2;
  return 1;
}

// Line breaks and runs of spaces as one space: a passage is shown as one run of text.
std::string collapse_spaces(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

class MemoizedStem final : public Xapian::StemImplementation {
 public:
  explicit MemoizedStem(Xapian::Stem stemmer) : stemmer_(std::move(stemmer)) {}

  std::string operator()(const std::string& word) override {
    auto found = memo_.find(word);
    if (found != memo_.end()) return found->second;
    if (memo_.size() >= kStemMemoWords) memo_.clear();  // crude, but bounded and rare
    std::string stem = stemmer_(word);
    memo_.emplace(word, stem);
    return stem;
  }

  std::string get_description() const override { return "memoized " + stemmer_.get_description(); }

 private:
  Xapian::Stem stemmer_;
  std::unordered_map<std::string, std::string> memo_;
};

// What MSet::snippet marks for a query: its loose terms and its tight phrases of terms.
struct MarkedWords {
  std::set<std::string> loose;
  std::set<std::vector<std::string>> phrases;
};

// The window of an OP_PHRASE, which Xapian 1.4 shows only in the description: "(a PHRASE 2 b)".
size_t phrase_window(const Xapian::Query& phrase) {
  const std::string description = phrase.get_description();
  const size_t at = description.find(" PHRASE ");
  return at == std::string::npos ? 0 : std::strtoul(description.c_str() + at + 8, nullptr, 10);
}

// Mirrors MSet::snippet's check_query (Xapian 1.4 api/snippets.cc).
void collect_marked(const Xapian::Query& query, MarkedWords& out) {
  const size_t n = query.get_num_subqueries();
  if (query.get_type() == Xapian::Query::LEAF_TERM) {
    for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) out.loose.insert(*it);
    return;
  }
  if (query.get_type() == Xapian::Query::OP_PHRASE && phrase_window(query) == n) {
    std::vector<std::string> terms;
    for (size_t i = 0; i < n; ++i) {
      const Xapian::Query term = query.get_subquery(i);
      if (term.get_type() != Xapian::Query::LEAF_TERM) break;
      terms.push_back(*term.get_terms_begin());
    }
    if (terms.size() == n) {
      out.phrases.insert(std::move(terms));
      return;
    }
  }
  for (size_t i = 0; i < n; ++i) collect_marked(query.get_subquery(i), out);
}

}  // namespace

Xapian::Stem memoized_stem(Xapian::Stem stemmer) { return Xapian::Stem(new MemoizedStem(std::move(stemmer))); }

bool marks_same_words(const Xapian::Query& query, const Xapian::Query& highlight) {
  MarkedWords in_query, wanted;
  collect_marked(query, in_query);
  collect_marked(highlight, wanted);
  return std::includes(in_query.loose.begin(), in_query.loose.end(), wanted.loose.begin(), wanted.loose.end()) &&
         std::includes(in_query.phrases.begin(), in_query.phrases.end(), wanted.phrases.begin(),
                       wanted.phrases.end());
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string leading_excerpt_html(std::string_view text, size_t max_bytes, std::string_view omit) {
  std::string kept;
  bool pending_space = false;
  bool cut = false;
  for (size_t i = 0; i < text.size();) {
    if (is_space(text[i])) {
      pending_space = !kept.empty();
      ++i;
      continue;
    }
    // Whole characters only, so the result is valid UTF-8 whatever the limit.
    const size_t length = std::min(utf8_length(text[i]), text.size() - i);
    if (kept.size() + (pending_space ? 1 : 0) + length > max_bytes) {
      cut = true;
      // Mid-word: back to the last word boundary (a single giant word keeps what fits).
      if (!pending_space) {
        size_t space = kept.rfind(' ');
        if (space != std::string::npos) kept.resize(space);
      }
      break;
    }
    if (pending_space) kept += ' ';
    pending_space = false;
    kept.append(text.substr(i, length));
    i += length;
  }
  std::string html = escape_html(kept);
  if (cut) html += omit;
  return html;
}

Highlighter::Highlighter(const Xapian::MSet& mset, Xapian::Stem stemmer, bool marks)
    : mset_(mset), stemmer_(std::move(stemmer)), marks_(marks) {}

Highlighter::Highlighter(const Xapian::MSet& mset, Xapian::Stem stemmer, bool marks, const QueryWords& words)
    : Highlighter(mset, std::move(stemmer), marks) {
  exact_.insert(words.exact.begin(), words.exact.end());
  for (const std::string& stem : words.stems) {
    if (stem.size() > 1 && stem[0] == 'Z') stems_.insert(stem.substr(1));
  }
}

size_t Highlighter::first_hit(const std::string& text) const {
  if (exact_.empty() && stems_.empty()) return std::string::npos;
  // Words as MSet::snippet sees them, near enough: runs of letters and digits (any non-ASCII byte
  // counts as a letter), lower-cased. A word missed here only moves the window later or, when
  // none is found, back to the whole body.
  auto is_word_byte = [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  };
  std::string word;
  for (size_t i = 0; i < text.size();) {
    if (!is_word_byte(text[i])) {
      ++i;
      continue;
    }
    const size_t start = i;
    word.clear();
    for (; i < text.size() && is_word_byte(text[i]); ++i) {
      const char c = text[i];
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (exact_.count(word) || (!stems_.empty() && stems_.count(stemmer_(word)))) return start;
  }
  return std::string::npos;
}

std::string Highlighter::passage(const std::string& text) const {
  // No SNIPPET_BACKGROUND_MODEL: it weighs each candidate passage's words against the whole
  // index (a term-frequency lookup per word) and cost 3.6-8.8x the snippet time at 100k
  // releases (docs/performance-history.md); passages are still chosen by the query words they hold.
  // SNIPPET_EXHAUSTIVE stays: the best passage rather than the first good one, ~0.5 ms a page.
  return mset_.snippet(text, kSnippetBytes, stemmer_,
                       Xapian::MSet::SNIPPET_EXHAUSTIVE | Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH,
                       std::string(kMarkStart), std::string(kMarkEnd), std::string(kEllipsis));
}

std::string Highlighter::title_html(const std::string& title) const {
  if (!marks_ || title.empty()) return escape_html(title);
  // A length beyond the title selects all of it; no omission marker at either end.
  return collapse_spaces(mset_.snippet(title, title.size() + 1, stemmer_, 0, std::string(kMarkStart),
                                       std::string(kMarkEnd), ""));
}

std::string Highlighter::body_html(const std::string& body) const {
  if (!marks_) return leading_excerpt_html(body);
  const size_t hit = body.size() > kSnippetWindowBytes ? first_hit(body) : std::string::npos;
  if (hit != std::string::npos) {
    // From a word boundary (a line break when one is near) a passage's length before the hit.
    size_t start = hit > kSnippetLeadBytes ? hit - kSnippetLeadBytes : 0;
    const size_t line = body.rfind('\n', hit);
    if (line != std::string::npos && line + 1 > start) start = line + 1;
    while (start > 0 && start < hit && !is_space(body[start - 1])) ++start;
    size_t end = std::min(body.size(), start + kSnippetWindowBytes);
    while (end < body.size() && !is_space(body[end])) ++end;
    std::string found = passage(body.substr(start, end - start));
    if (!found.empty()) {
      // MSet::snippet marks an omission only inside what it was given.
      if (start > 0 && found.compare(0, kEllipsis.size(), kEllipsis) != 0) found.insert(0, kEllipsis);
      if (end < body.size() && (found.size() < kEllipsis.size() ||
                                found.compare(found.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) != 0)) {
        found += kEllipsis;
      }
      return collapse_spaces(found);
    }
  }
  std::string found = passage(body);
  if (!found.empty()) return collapse_spaces(found);
  return leading_excerpt_html(body);
}

}  // namespace siaran::search
