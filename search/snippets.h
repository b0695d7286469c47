// search::snippets — the HTML a hit shows: its title and a passage of its body, escaped, with the
// query's words marked <mark>…</mark>.
//
// Matches come from Xapian's MSet::snippet, which tokenises the text itself, lower-cases each word
// and looks up the word or "Z" + stem among the Enquire's query terms; the Analyzer's
// xapian_stem() makes that stem exactly as the index did, so "dibina" is marked for the query
// "pembinaan". MSet::snippet escapes &, < and > (quotes need no escaping in element text).
// Field words are marked too because the Searcher marks by a query with ParsedQuery::highlight
// added with zero weight — when the ranked query does not already hold everything it would mark
// (marks_same_words) — in an MSet of its own that is set up and never run (Searcher::marking):
// inside the ranked query the extra AND_MAYBE branch made Xapian look every highlight term up in
// every match, ~40% of the match time at 100k releases (docs/performance-history.md).
// Line breaks and runs of spaces come out as one space.
#pragma once

#include <cstddef>
#include <string>
#include <vector>
#include <string_view>
#include <unordered_set>

#include <xapian.h>

namespace siaran::search {

inline constexpr size_t kSnippetBytes = 250;   // aimed-at passage length (before markup)
inline constexpr std::string_view kEllipsis = "…";

// &, <, >, " and ' as entities.
std::string escape_html(std::string_view text);

// The start of `text` as HTML: whitespace runs collapsed to one space, cut at a word boundary
// to at most `max_bytes`, escaped, with `omit` appended when something was cut.
std::string leading_excerpt_html(std::string_view text, size_t max_bytes = kSnippetBytes,
                                 std::string_view omit = kEllipsis);

// `stemmer` remembering what it made of each word (the last kStemMemoWords distinct words at most).
// MSet::snippet stems every body word that is not itself a query term, and the analyzer's
// stemmer (normalisation, clitics, Snowball) was over half of the snippet time (callgrind, 10k
// releases); the releases of one archive share most of their words. Not thread-safe: one per
// Searcher, which is one per thread.
inline constexpr size_t kStemMemoWords = 200000;
Xapian::Stem memoized_stem(Xapian::Stem stemmer);

// Whether MSet::snippet marks the same words with `query` as the Enquire's query as with
// `highlight` added to it: every loose term of `highlight` is a loose term of `query`, and every
// tight phrase of `highlight` a tight phrase of `query` (MSet::snippet's reading of a query:
// a phrase whose window equals its length is matched as a phrase, every other term on its own).
bool marks_same_words(const Xapian::Query& query, const Xapian::Query& highlight);

// How much of a long body MSet::snippet is given: from a passage's length before the first word
// of the query (exact form or any form of its stem), four passages' worth. MSet::snippet reads,
// stems and scores every word it is given; a release is ~3.4 kB, a passage 250 B, and the text
// around the first hit nearly always holds the best passage (the body from its start when no
// word is found, or none is marked in that part).
inline constexpr size_t kSnippetLeadBytes = kSnippetBytes;
inline constexpr size_t kSnippetWindowBytes = 4 * kSnippetBytes;

// The query's words as body_html looks for them: exact forms and "Z" + stems, unprefixed, as
// ParsedQuery::exact_terms and stem_terms hold them.
struct QueryWords {
  std::vector<std::string> exact;
  std::vector<std::string> stems;  // "Z" + stem
};

// Titles and passages for the documents of one MSet.
class Highlighter {
 public:
  // `marks`: whether the query has words to mark (ParsedQuery::highlight is not empty).
  // Without `words`, MSet::snippet reads every body whole.
  Highlighter(const Xapian::MSet& mset, Xapian::Stem stemmer, bool marks);
  Highlighter(const Xapian::MSet& mset, Xapian::Stem stemmer, bool marks, const QueryWords& words);

  // The whole title, escaped, words of the query marked.
  std::string title_html(const std::string& title) const;

  // The ~kSnippetBytes passage that best shows the query's words, or the start of the body when
  // none of them is in it (a match on title or unit alone) or the query has none.
  std::string body_html(const std::string& body) const;

 private:
  // The byte offset of the first word of `text` that is a query word, exact or by its stem;
  // npos when none is (or no words were given).
  size_t first_hit(const std::string& text) const;
  std::string passage(const std::string& text) const;  // "" when no word of the query is marked

  const Xapian::MSet& mset_;
  Xapian::Stem stemmer_;
  bool marks_;
  std::unordered_set<std::string> exact_, stems_;  // stems without the "Z"
};

}  // namespace siaran::search
