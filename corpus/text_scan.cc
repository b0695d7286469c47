#include "corpus/text_scan.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <stdexcept>

namespace siaran::corpus {
namespace {

bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (u_isalnum(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool is_space(UChar32 c) { return c <= ' ' || c == 0x7F || u_isUWhiteSpace(c) || c == 0xFEFF; }

// Punctuation that is spelt many ways in published text, reduced to one ASCII form so rules need
// only one spelling.
std::string symbol_text(UChar32 c) {
  if (c < 0x80) return std::string(1, static_cast<char>(c));
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 || c == 0xFF0D) return "-";
  if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x02BC || c == 0x00B4 || c == 0x2032)
    return "'";
  if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB) return "\"";
  if (c == 0xFF0F || c == 0x2044) return "/";
  std::string out;
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.assign(buf, static_cast<size_t>(n));
  return out;
}

void append_lower(std::string& out, UChar32 c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, u_tolower(c));
  out.append(buf, static_cast<size_t>(n));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<ScanToken> scan_tokens(std::string_view text) {
  std::vector<ScanToken> tokens;
  tokens.reserve(text.size() / 5 + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      tokens.push_back({"?", ScanKind::Symbol, static_cast<size_t>(start), static_cast<size_t>(i)});
      continue;
    }
    if (is_space(c)) continue;
    if (!is_word_char(c)) {
      tokens.push_back(
          {symbol_text(c), ScanKind::Symbol, static_cast<size_t>(start), static_cast<size_t>(i)});
      continue;
    }
    ScanToken token;
    token.begin = static_cast<size_t>(start);
    append_lower(token.text, c);
    bool all_digits = c >= '0' && c <= '9';
    int32_t end = i;
    while (end < length) {
      int32_t next = end;
      UChar32 d;
      U8_NEXT(s, next, length, d);
      if (d < 0 || !is_word_char(d)) break;
      append_lower(token.text, d);
      all_digits = all_digits && d >= '0' && d <= '9';
      end = next;
    }
    i = end;
    token.end = static_cast<size_t>(end);
    token.kind = all_digits ? ScanKind::Number : ScanKind::Word;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::string_view lead_paragraph(std::string_view body, size_t max_bytes) {
  size_t pos = body.find_first_not_of(" \t\r\n");
  if (pos == std::string_view::npos) return {};
  body.remove_prefix(pos);
  size_t end = body.find("\n\n");
  if (const size_t crlf = body.find("\r\n\r\n"); crlf < end) end = crlf;
  if (end == std::string_view::npos) end = body.size();
  if (end > max_bytes) {
    const size_t line_break = body.find('\n', max_bytes);
    end = std::min({end, line_break, 2 * max_bytes});
    // Never cut inside a UTF-8 sequence.
    while (end < body.size() && (static_cast<unsigned char>(body[end]) & 0xC0) == 0x80) ++end;
  }
  return body.substr(0, std::min(end, body.size()));
}

void PhraseTable::add(std::string_view phrase, int value) {
  std::string_view text = trim(phrase);
  bool prefix = false;
  if (!text.empty() && text.back() == '*') {
    prefix = true;
    text.remove_suffix(1);
  }
  Entry entry;
  for (auto& token : scan_tokens(text)) entry.words.push_back(std::move(token.text));
  if (entry.words.empty()) throw std::invalid_argument("empty phrase");
  if (prefix && entry.words.back().size() < 3)
    throw std::invalid_argument("prefix phrase \"" + std::string(phrase) + "\" is shorter than 3");
  entry.prefix_last = prefix;
  entry.value = value;
  if (prefix && entry.words.size() == 1)
    by_prefix3_[entry.words[0].substr(0, 3)].push_back(std::move(entry));
  else
    by_first_[entry.words[0]].push_back(std::move(entry));
  ++size_;
}

bool PhraseTable::matches(const Entry& e, const std::vector<ScanToken>& tokens, size_t i) const {
  if (i + e.words.size() > tokens.size()) return false;
  for (size_t k = 0; k < e.words.size(); ++k) {
    const std::string& have = tokens[i + k].text;
    const std::string& want = e.words[k];
    const bool last = k + 1 == e.words.size();
    if (last && e.prefix_last) {
      if (have.compare(0, want.size(), want) != 0) return false;
    } else if (have != want) {
      return false;
    }
  }
  return true;
}

std::optional<PhraseTable::Match> PhraseTable::longest_at(const std::vector<ScanToken>& tokens,
                                                          size_t i) const {
  if (i >= tokens.size()) return std::nullopt;
  std::optional<Match> best;
  auto consider = [&](const std::vector<Entry>& entries) {
    for (const Entry& e : entries) {
      if ((!best || e.words.size() > best->length) && matches(e, tokens, i))
        best = Match{e.value, e.words.size()};
    }
  };
  if (auto it = by_first_.find(tokens[i].text); it != by_first_.end()) consider(it->second);
  if (!by_prefix3_.empty() && tokens[i].text.size() >= 3) {
    if (auto it = by_prefix3_.find(tokens[i].text.substr(0, 3)); it != by_prefix3_.end())
      consider(it->second);
  }
  return best;
}

std::vector<DataRow> parse_data_table(std::string_view text) {
  std::vector<DataRow> rows;
  size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    std::string_view content = trim(line);
    if (content.empty() || content.front() == '#') continue;
    DataRow row;
    row.line = line_no;
    while (true) {
      size_t tab = line.find('\t');
      row.fields.emplace_back(trim(line.substr(0, tab)));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> parts;
  while (true) {
    size_t semi = text.find(';');
    std::string_view part = trim(text.substr(0, semi));
    if (!part.empty()) parts.emplace_back(part);
    if (semi == std::string_view::npos) break;
    text.remove_prefix(semi + 1);
  }
  return parts;
}

}  // namespace siaran::corpus
