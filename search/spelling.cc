#include "search/spelling.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "index/schema.h"

namespace siaran::search {
namespace {

// Edits enumerated over a word longer than this would cost too many lookups for a hint.
constexpr size_t kMaxEnumeratedBytes = 24;

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// "Pemasyarakatn" -> "Pemasyarakatan", "LAPS" -> "LAPAS": the suggestion in the typed case.
std::string in_case_of(const std::string& typed, std::string suggestion) {
  if (typed.empty() || !is_ascii_upper(typed.front())) return suggestion;
  bool all_upper = typed.size() > 1 && std::none_of(typed.begin(), typed.end(), is_ascii_lower);
  for (size_t i = 0; i < suggestion.size() && (i == 0 || all_upper); ++i) {
    char& c = suggestion[i];
    if (is_ascii_lower(c)) c = static_cast<char>(c - 'a' + 'A');
  }
  return suggestion;
}

// Longest first, so "memper" wins over "mem" and "peng" over "pe".
constexpr std::array<std::string_view, 22> kPrefixes = {
    "memper", "member", "mempel", "menge", "meng", "meny", "mem", "men", "me",  "penge", "peng",
    "peny",   "pem",    "pen",    "per",   "pel",  "pe",   "ber", "ter", "di", "ke",    "se"};
constexpr std::array<std::string_view, 3> kSuffixes = {"kan", "an", "i"};

// Only a word long enough to hold a root besides the affix is taken to have one.
constexpr size_t kMinRootBytes = 3;

std::string_view prefix_of(std::string_view word) {
  for (std::string_view p : kPrefixes) {
    if (word.size() >= p.size() + kMinRootBytes && word.starts_with(p)) return p;
  }
  return {};
}

std::string_view suffix_of(std::string_view word) {
  for (std::string_view s : kSuffixes) {
    if (word.size() >= s.size() + kMinRootBytes && word.ends_with(s)) return s;
  }
  return {};
}

// Optimal string alignment distance (an adjacent swap is one edit), on bytes.
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// Every string one edit (delete, swap, replace, insert of a-z) away from `word`.
std::vector<std::string> one_edit_away(const std::string& word) {
  std::vector<std::string> out;
  for (size_t i = 0; i < word.size(); ++i) out.push_back(word.substr(0, i) + word.substr(i + 1));
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    std::string s = word;
    std::swap(s[i], s[i + 1]);
    out.push_back(std::move(s));
  }
  for (size_t i = 0; i <= word.size(); ++i) {
    for (char c = 'a'; c <= 'z'; ++c) {
      if (i < word.size() && word[i] != c) {
        std::string s = word;
        s[i] = c;
        out.push_back(std::move(s));
      }
      out.push_back(word.substr(0, i) + c + word.substr(i));
    }
  }
  return out;
}

bool has_synonyms(const Xapian::Database& db, const std::string& word) {
  try {
    return db.synonyms_begin(word) != db.synonyms_end(word);
  } catch (const Xapian::UnimplementedError&) {
    return false;
  }
}

}  // namespace

int shared_affixes(std::string_view typed, std::string_view candidate) {
  int shared = 0;
  const std::string_view prefix = prefix_of(typed), suffix = suffix_of(typed);
  if (!prefix.empty() && prefix_of(candidate) == prefix) ++shared;
  if (!suffix.empty() && suffix_of(candidate) == suffix) ++shared;
  return shared;
}

std::string closest_indexed_word(const Xapian::Database& db, const std::string& typed) {
  std::vector<std::string> candidates;
  if (std::string suggestion = db.get_spelling_suggestion(typed); !suggestion.empty()) {
    candidates.push_back(std::move(suggestion));
  }
  if (typed.size() <= kMaxEnumeratedBytes && std::all_of(typed.begin(), typed.end(), is_ascii_lower)) {
    for (std::string& variant : one_edit_away(typed)) candidates.push_back(std::move(variant));
  }
  // One forward walk of the spelling table finds the frequency of every candidate.
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  // Fewest edits, then the typed affixes kept, then the most frequent, then alphabetical.
  using Rank = std::tuple<size_t, int, long long>;
  std::optional<Rank> best_rank;
  std::string best;
  Xapian::TermIterator it = db.spellings_begin();
  for (const std::string& candidate : candidates) {
    if (candidate == typed) continue;
    it.skip_to(candidate);
    if (it == db.spellings_end()) break;
    if (*it != candidate) continue;
    const Rank rank{edit_distance(typed, candidate), -shared_affixes(typed, candidate),
                    -static_cast<long long>(it.get_termfreq())};
    if (!best_rank || rank < *best_rank) {  // candidates come sorted: the first of equals stays
      best_rank = rank;
      best = candidate;
    }
  }
  return best;
}

std::optional<std::string> correct_spelling(const Xapian::Database& db, std::string_view query,
                                            const std::vector<QueryWord>& words) {
  struct Change {
    size_t offset, length;
    std::string replacement;
  };
  std::vector<Change> changes;
  const std::string stem_prefix(index::schema::kStemPrefix);
  for (const QueryWord& word : words) {
    if (word.stopword || word.expanded || word.exact.empty() || has_digit(word.exact)) continue;
    if (db.term_exists(word.exact) || db.term_exists(stem_prefix + word.stem)) continue;
    if (has_synonyms(db, word.exact)) continue;
    std::string suggestion = closest_indexed_word(db, word.exact);
    if (suggestion.empty() || suggestion == word.exact) continue;
    changes.push_back({word.offset, word.surface.size(), in_case_of(word.surface, suggestion)});
  }
  if (changes.empty()) return std::nullopt;

  std::string corrected(query);
  // From the end, so earlier offsets stay valid.
  std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.offset > b.offset; });
  for (const Change& c : changes) {
    if (c.offset + c.length <= corrected.size()) corrected.replace(c.offset, c.length, c.replacement);
  }
  return corrected;
}

}  // namespace siaran::search
