#include "search/spelling.h"

#include <algorithm>

#include "index/schema.h"

namespace siaran::search {
namespace {

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// "Pemasyarakatn" -> "Pemasyarakatan", "LAPS" -> "LAPAS": the suggestion in the typed case.
std::string in_case_of(const std::string& typed, std::string suggestion) {
  if (typed.empty() || !is_ascii_upper(typed.front())) return suggestion;
  bool all_upper = typed.size() > 1 && std::none_of(typed.begin(), typed.end(), [](char c) {
    return c >= 'a' && c <= 'z';
  });
  for (size_t i = 0; i < suggestion.size() && (i == 0 || all_upper); ++i) {
    char& c = suggestion[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return suggestion;
}

}  // namespace

std::optional<std::string> correct_spelling(const Xapian::Database& db, std::string_view query,
                                            const std::vector<QueryWord>& words) {
  struct Change {
    size_t offset, length;
    std::string replacement;
  };
  std::vector<Change> changes;
  const std::string stem_prefix(index::schema::kStemPrefix);
  for (const QueryWord& word : words) {
    if (word.stopword || word.exact.empty() || has_digit(word.exact)) continue;
    if (db.term_exists(word.exact) || db.term_exists(stem_prefix + word.stem)) continue;
    std::string suggestion = db.get_spelling_suggestion(word.exact);
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
