#include "analyzers/synonym_table.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>

#include "analyzers/analyzer.h"
#include "analyzers/embedded_word_lists.h"

namespace siaran::analyzers {
namespace {

constexpr size_t kMaxReportedErrors = 30;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  out.append(s);
  out += '"';
  return out;
}

// Collects "NAME:LINE: reason" lines; throws them all at the end.
class ErrorList {
 public:
  explicit ErrorList(const std::string& name) : name_(name) {}

  void add(size_t line, const std::string& reason) {
    if (count_++ < kMaxReportedErrors) text_ += name_ + ":" + std::to_string(line) + ": " + reason + "\n";
  }

  void throw_if_any() const {
    if (count_ == 0) return;
    std::string text = text_;
    if (count_ > kMaxReportedErrors) {
      text += "... and " + std::to_string(count_ - kMaxReportedErrors) + " more problems\n";
    }
    text.pop_back();  // the last newline
    throw SynonymFileError(text);
  }

 private:
  const std::string& name_;
  std::string text_;
  size_t count_ = 0;
};

// Reads one file line by line, checking what it says as it goes.
class SynonymFileParser {
 public:
  explicit SynonymFileParser(const std::string& name) : errors_(name), analyzer_(plain_analysis()) {}

  void line(size_t number, std::string_view text) {
    if (size_t hash = text.find('#'); hash != std::string_view::npos) text = text.substr(0, hash);
    text = trim(text);
    if (text.empty()) return;
    if (text.front() == '@') {
      directive(number, text);
    } else {
      group(number, text);
    }
  }

  SynonymTable::Parts finish(size_t last_line) {
    if (!format_seen_) errors_.add(std::max<size_t>(last_line, 1), "no '@format 1' line: is this a synonym file?");
    errors_.throw_if_any();
    return std::move(parts_);
  }

 private:
  static AnalyzerOptions plain_analysis() {
    AnalyzerOptions options;
    options.stemmer = StemmerKind::None;  // only exact forms are kept; no dictionary to load
    return options;
  }

  void directive(size_t number, std::string_view text) {
    const size_t space = std::min(text.find_first_of(" \t"), text.size());
    const std::string_view name = text.substr(0, space);
    const std::string_view value = trim(text.substr(space));
    if (name == "@format") {
      int format = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), format);
      if (format_seen_) {
        errors_.add(number, "a second @format line");
      } else if (!parts_.groups.empty()) {
        errors_.add(number, "@format must come before the first group");
      } else if (ec != std::errc() || end != value.data() + value.size() || format != kSynonymFormat) {
        errors_.add(number, "@format " + quoted(value) + ": this program reads @format " +
                                std::to_string(kSynonymFormat));
      }
      format_seen_ = true;
    } else if (name == "@version") {
      if (value.empty()) {
        errors_.add(number, "@version needs a value, e.g. @version 2026-11-29.1");
      } else if (!parts_.version.empty()) {
        errors_.add(number, "a second @version line");
      } else {
        parts_.version = std::string(value);
      }
    } else {
      errors_.add(number, "unknown directive " + std::string(name) + " (known: @format, @version)");
    }
  }

  void group(size_t number, std::string_view text) {
    if (!format_seen_ && !reported_missing_format_) {
      errors_.add(number, "a group before the '@format 1' line");
      reported_missing_format_ = true;
    }
    if (text.find("=>") != std::string_view::npos) {
      errors_.add(number, "\"=>\" is not part of this format: write the group as one line of entries separated by commas");
      return;
    }
    SynonymGroup g;
    g.line = number;
    bool ok = true;
    for (size_t start = 0; start <= text.size();) {
      const size_t comma = std::min(text.find(',', start), text.size());
      const std::string_view written = trim(text.substr(start, comma - start));
      start = comma + 1;
      std::string entry;
      if (!normalise(number, written, entry)) {
        ok = false;
      } else if (std::find(g.entries.begin(), g.entries.end(), entry) == g.entries.end()) {
        g.entries.push_back(std::move(entry));
      }
    }
    if (!ok) return;
    if (g.entries.size() < 2) {
      errors_.add(number, "a group needs at least two different entries, separated by commas (" +
                              quoted(text) + ")");
      return;
    }
    parts_.groups.push_back(std::move(g));
  }

  // The entry as the index holds it: its words' exact forms joined by one space.
  bool normalise(size_t number, std::string_view written, std::string& entry) {
    if (written.empty()) {
      errors_.add(number, "an empty entry (two commas in a row, or a comma at the start or end)");
      return false;
    }
    const std::vector<Token> tokens = analyzer_.analyze(written);
    if (tokens.empty()) {
      errors_.add(number, quoted(written) + " has no word in it");
      return false;
    }
    if (tokens.size() > kMaxSynonymWords) {
      errors_.add(number, quoted(written) + " has " + std::to_string(tokens.size()) +
                              " words; an entry has at most " + std::to_string(kMaxSynonymWords));
      return false;
    }
    for (const Token& token : tokens) {
      if (!entry.empty()) entry += ' ';
      entry += token.exact;
    }
    if (entry.size() > kMaxSynonymBytes) {
      errors_.add(number, quoted(written) + " is longer than " + std::to_string(kMaxSynonymBytes) +
                              " bytes");
      return false;
    }
    return true;
  }

  ErrorList errors_;
  Analyzer analyzer_;
  SynonymTable::Parts parts_;
  bool format_seen_ = false;
  bool reported_missing_format_ = false;
};

}  // namespace

SynonymTable::SynonymTable(Parts parts) : version_(std::move(parts.version)), groups_(std::move(parts.groups)) {}

SynonymTable SynonymTable::parse(std::string_view text, const std::string& name) {
  SynonymFileParser parser(name);
  size_t number = 0;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    parser.line(++number, text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
  }
  return SynonymTable(parser.finish(number));
}

SynonymTable SynonymTable::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read synonym file " + file.string());
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw std::runtime_error("error reading synonym file " + file.string());
  return parse(content.str(), file.string());
}

std::string_view SynonymTable::shipped_text() { return embedded::kSynonyms; }

SynonymTable SynonymTable::shipped() { return parse(embedded::kSynonyms, "synonyms.txt (shipped)"); }

std::vector<std::pair<std::string, std::vector<std::string>>> SynonymTable::mappings() const {
  std::map<std::string, std::vector<std::string>> by_key;
  for (const SynonymGroup& group : groups_) {
    for (const std::string& key : group.entries) {
      std::vector<std::string>& synonyms = by_key[key];
      for (const std::string& other : group.entries) {
        if (other != key && std::find(synonyms.begin(), synonyms.end(), other) == synonyms.end()) {
          synonyms.push_back(other);
        }
      }
    }
  }
  return {by_key.begin(), by_key.end()};
}

std::string SynonymTable::fingerprint() const {
  if (groups_.empty()) return "";
  std::vector<std::string> canonical;
  for (const SynonymGroup& group : groups_) {
    std::vector<std::string> entries = group.entries;
    std::sort(entries.begin(), entries.end());
    std::string line;
    for (const std::string& e : entries) line += e + ",";
    canonical.push_back(std::move(line));
  }
  std::sort(canonical.begin(), canonical.end());
  uint64_t hash = 0xcbf29ce484222325ULL;
  auto mix = [&hash](std::string_view s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 0x100000001b3ULL;
    }
  };
  mix("format " + std::to_string(kSynonymFormat) + "\n");
  for (const std::string& line : canonical) {
    mix(line);
    mix("\n");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<size_t>(i)] = kHex[hash & 0xf];
  return hex;
}

}  // namespace siaran::analyzers
