// corpus::scan_tokens and PhraseTable — the small text machinery shared by the Enricher's parts
// (DateInference, UnitGazetteer, TopicClassifier). They match hand-written rules against running
// text, so they need words compared case-insensitively and punctuation kept as tokens ("13/12",
// "Jum'at", "8-10"), with byte offsets back into the text. This is deliberately simpler than
// analyzers::Analyzer (no stemming, no stopwords): rules list the word forms they mean.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace siaran::corpus {

enum class ScanKind {
  Word,    // letters, or letters mixed with digits ("iia", "2a", "covid19"); lower-cased
  Number,  // ASCII digits only ("13", "2022")
  Symbol,  // one punctuation character; dashes are "-", apostrophes "'", double quotes "\""
};

struct ScanToken {
  std::string text;
  ScanKind kind = ScanKind::Word;
  size_t begin = 0;  // byte offsets of the token in the scanned text
  size_t end = 0;
};

// Splits `text` into words, numbers and single punctuation symbols; white space separates tokens
// and is dropped. Letters are lower-cased (full Unicode case mapping per code point). Invalid
// UTF-8 bytes become the symbol "?" so that scanning never fails.
std::vector<ScanToken> scan_tokens(std::string_view text);

// true when tokens a and b touch (no white space between them), e.g. "13" and "/" in "13/12".
inline bool adjacent(const ScanToken& a, const ScanToken& b) { return a.end == b.begin; }

// The lead of a body: its first paragraph (up to the first blank line). Sources that break lines
// without blank lines would make that the whole text, so the lead stops at the first line break
// after `max_bytes` and never runs past 2 * max_bytes.
std::string_view lead_paragraph(std::string_view body, size_t max_bytes = 800);

// A set of phrases (token sequences, as scan_tokens gives them) each with an integer value, found
// at a position of a token stream by longest match. A phrase ending in '*' matches any token
// that starts with its last word ("razia*" matches "razia" and "razianya").
class PhraseTable {
 public:
  struct Match {
    int value = 0;
    size_t length = 0;  // tokens consumed
  };

  // Adds `phrase` (any spelling: it is scanned like text). Throws std::invalid_argument for a
  // phrase with no tokens or a '*' prefix shorter than three characters.
  void add(std::string_view phrase, int value);

  // The longest phrase starting at tokens[i]; ties go to the phrase added first.
  std::optional<Match> longest_at(const std::vector<ScanToken>& tokens, size_t i) const;

  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }

 private:
  struct Entry {
    std::vector<std::string> words;  // whole phrase; the last one is a prefix when `prefix_last`
    bool prefix_last = false;
    int value = 0;
  };
  bool matches(const Entry& e, const std::vector<ScanToken>& tokens, size_t i) const;

  // Phrases by their first word; phrases whose first word is itself a prefix ("razia*") are
  // bucketed by that word's first three bytes.
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  std::unordered_map<std::string, std::vector<Entry>> by_prefix3_;
  size_t size_ = 0;
};

// Lines of an embedded data table: '#' comments and blank lines dropped, fields split on TAB and
// trimmed. `line` is 1-based within the table, for error messages.
struct DataRow {
  size_t line = 0;
  std::vector<std::string> fields;
};
std::vector<DataRow> parse_data_table(std::string_view text);

// Splits "a; b;c" on ';' into trimmed, non-empty parts.
std::vector<std::string> split_list(std::string_view text);

}  // namespace siaran::corpus
