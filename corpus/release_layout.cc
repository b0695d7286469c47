#include "corpus/release_layout.h"

#include <cctype>
#include <string_view>
#include <vector>

#include "corpus/date_parser.h"

namespace siaran::corpus {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_letter(char c) { return is_upper(c) || is_lower(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string trim(std::string_view text) {
  const size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  const size_t last = text.find_last_not_of(' ');
  return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = std::min(text.find(' ', pos), text.size());
    if (end > pos) words.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

// "Sentul", "Banda Aceh", "JAKARTA", "Kab. Bogor", "Pangkal-Pinang".
bool looks_like_place(std::string_view text) {
  const auto words = words_of(text);
  if (words.empty() || words.size() > 4) return false;
  for (std::string_view word : words) {
    if (!is_upper(word[0])) return false;
    for (char c : word) {
      if (!is_letter(c) && c != '.' && c != '\'' && c != '-') return false;
    }
  }
  return true;
}

// "INFO_PAS", "ANTARA", "CNN Indonesia", "KOMPAS.com", "detikNews".
bool looks_like_source(std::string_view text) {
  const auto words = words_of(text);
  if (words.empty() || words.size() > 3 || !is_letter(text[0])) return false;
  for (std::string_view word : words) {
    for (char c : word) {
      if (!is_letter(c) && !is_digit(c) && c != '_' && c != '.' && c != '-' && c != '&')
        return false;
    }
  }
  return true;
}

// "KOMPAS.com", "Tribunnews.com", "detik.co.id": a publisher's domain opening a dateline.
bool looks_like_domain(std::string_view text) {
  const size_t dot = text.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || text.find(' ') != std::string_view::npos)
    return false;
  const std::string_view suffix = text.substr(dot + 1);
  if (suffix.size() < 2 || suffix.size() > 4) return false;
  for (char c : suffix) {
    if (!is_letter(c)) return false;
  }
  return is_letter(text[0]);
}

// Words that open a scraped paragraph before a dash but are not places ("Berita , - ...").
bool is_news_word(std::string_view text) {
  static constexpr std::string_view kWords[] = {"Berita",   "BERITA", "Laporan", "Liputan",
                                                "Foto",     "Video",  "Editor",  "Penulis",
                                                "Reporter", "Update"};
  for (std::string_view word : kWords) {
    if (text == word) return true;
  }
  return false;
}

std::string title_case_if_shouting(std::string place) {
  bool any_lower = false;
  for (char c : place) any_lower = any_lower || is_lower(c);
  if (any_lower) return place;
  bool word_start = true;
  for (char& c : place) {
    if (is_letter(c) && !word_start)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    word_start = !is_letter(c) && c != '\'';
  }
  return place;
}

std::string unparenthesised(std::string text) {
  if (text.size() >= 2 && text.front() == '(' && text.back() == ')')
    text = trim(text.substr(1, text.size() - 2));
  return text;
}

// Where the dateline dash is: its start and the offset just past it and the spaces after it.
struct DashSpan {
  size_t begin = std::string::npos, end = 0;
};

DashSpan find_dash(std::string_view text) {
  constexpr size_t kMaxDatelineBytes = 80;
  for (size_t i = 1; i < text.size() && i < kMaxDatelineBytes; ++i) {
    size_t end = i;
    while (end < text.size()) {
      if (text[end] == '-') {
        ++end;
      } else if (text.compare(end, 3, "\xE2\x80\x93") == 0 ||
                 text.compare(end, 3, "\xE2\x80\x94") == 0) {
        end += 3;
      } else {
        break;
      }
    }
    if (end == i) continue;
    // A dash inside a word ("Pangkal-Pinang") is not the dateline dash: it needs a space after.
    if (end >= text.size() || text[end] != ' ') {
      i = end - 1;
      continue;
    }
    while (end < text.size() && text[end] == ' ') ++end;
    return {i, end};
  }
  return {};
}

}  // namespace

std::optional<Dateline> take_dateline(std::string& paragraph) {
  const DashSpan dash = find_dash(paragraph);
  if (dash.begin == std::string::npos) return std::nullopt;
  const std::string head = trim(std::string_view(paragraph).substr(0, dash.begin));
  if (head.empty()) return std::nullopt;

  Dateline dateline;
  std::string place, rest;
  if (const size_t comma = head.find(','); comma != std::string::npos) {
    place = trim(std::string_view(head).substr(0, comma));
    rest = unparenthesised(trim(std::string_view(head).substr(comma + 1)));
  } else if (head.back() == ')' && head.find('(') != std::string::npos) {
    const size_t open = head.rfind('(');
    place = trim(std::string_view(head).substr(0, open));
    rest = unparenthesised(head.substr(open));
  } else if (looks_like_domain(head)) {
    dateline.source = head;  // "TRIBUNNEWS.COM - ...": a publisher, no place
    paragraph.erase(0, dash.end);
    return dateline;
  } else {
    place = head;
    if (words_of(place).size() > 2) return std::nullopt;
  }
  if (!looks_like_place(place) || is_news_word(place) || looks_like_domain(place))
    return std::nullopt;
  if (!rest.empty()) {
    if (auto date = DateParser::parse(rest)) {
      dateline.date = *date;
    } else if (looks_like_source(rest)) {
      dateline.source = rest;
    } else {
      return std::nullopt;
    }
  }
  dateline.place = title_case_if_shouting(place);
  paragraph.erase(0, dash.end);
  return dateline;
}

std::optional<std::string> take_author_code(std::string& paragraph) {
  std::string_view text(paragraph);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() < 3 || text.back() != ')') return std::nullopt;
  const size_t open = text.rfind('(');
  if (open == std::string_view::npos) return std::nullopt;
  const std::string_view code = text.substr(open + 1, text.size() - open - 2);
  if (code.empty() || code.size() > 24) return std::nullopt;
  bool has_slash = false, has_letter = false, has_upper = false;
  for (char c : code) {
    if (!is_letter(c) && !is_digit(c) && c != '/' && c != '.' && c != '-' && c != '_')
      return std::nullopt;
    has_slash = has_slash || c == '/';
    has_letter = has_letter || is_letter(c);
    has_upper = has_upper || is_upper(c);
  }
  if (!has_letter) return std::nullopt;
  // What comes before the code: a code stands after a finished sentence or on its own.
  std::string_view before = text.substr(0, open);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const bool after_sentence = before.empty() || before.back() == '.' || before.back() == '!' ||
                              before.back() == '?' || before.back() == '"' ||
                              before.ends_with("\xE2\x80\x9D");  // right double quotation mark
  if (!after_sentence) return std::nullopt;
  if (!has_slash && has_upper) return std::nullopt;
  std::string author(code);
  paragraph.resize(before.size());
  return author;
}

void take_release_layout(std::vector<std::string>& paragraphs, Document& doc) {
  if (paragraphs.empty()) return;
  if (auto dateline = take_dateline(paragraphs.front())) {
    if (doc.place.empty()) doc.place = dateline->place;
    if (doc.source.empty()) doc.source = dateline->source;
    if (doc.date.empty()) doc.date = dateline->date;
    if (paragraphs.front().empty()) paragraphs.erase(paragraphs.begin());
  }
  if (paragraphs.empty()) return;
  if (auto author = take_author_code(paragraphs.back())) {
    if (doc.author.empty()) doc.author = *author;
    if (paragraphs.back().empty()) paragraphs.pop_back();
  }
}

}  // namespace siaran::corpus
