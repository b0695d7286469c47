#include "tools/judged_queries.h"

#include <fstream>
#include <set>
#include <stdexcept>

namespace siaran::tools {
namespace {

std::string trim(const std::string& s) {
  const size_t start = s.find_first_not_of(" \t\r");
  if (start == std::string::npos) return "";
  return s.substr(start, s.find_last_not_of(" \t\r") - start + 1);
}

std::vector<std::string> split(const std::string& s, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t at = s.find(separator); at != std::string::npos; at = s.find(separator, start)) {
    parts.push_back(s.substr(start, at - start));
    start = at + 1;
  }
  parts.push_back(s.substr(start));
  return parts;
}

bool blank_text(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

std::vector<JudgedQuery> read_judged_queries(const std::filesystem::path& tsv) {
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error("cannot read " + tsv.string());
  std::vector<JudgedQuery> queries;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(number) + ": " + why);
    };
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    const std::vector<std::string> columns = split(line, '\t');
    if (columns.size() < 2 || columns.size() > 3) fail("expected QUERY<TAB>ID=GRADE ...[<TAB>LABEL]");
    JudgedQuery query;
    query.query = trim(columns[0]);
    query.line = number;
    if (columns.size() == 3) query.label = trim(columns[2]);
    if (query.query.empty()) fail("empty query");
    for (const std::string& judgment : split(columns[1], ' ')) {
      if (trim(judgment).empty()) continue;
      const size_t eq = judgment.find('=');
      if (eq == std::string::npos || eq == 0) fail("judgment \"" + judgment + "\" is not ID=GRADE");
      const std::string id = judgment.substr(0, eq), grade_text = judgment.substr(eq + 1);
      if (grade_text.size() != 1 || grade_text[0] < '1' || grade_text[0] > '3') {
        fail("grade of \"" + id + "\" must be 1, 2 or 3");
      }
      if (!query.judgments.emplace(id, grade_text[0] - '0').second) fail("\"" + id + "\" judged twice");
    }
    if (query.judgments.empty()) fail("no judgment");
    queries.push_back(std::move(query));
  }
  return queries;
}

std::vector<std::string> unknown_judged_ids(const std::vector<JudgedQuery>& queries,
                                            const std::vector<corpus::Document>& known) {
  std::set<std::string> ids;
  for (const corpus::Document& doc : known) ids.insert(doc.id);
  std::set<std::string> unknown;
  for (const JudgedQuery& query : queries) {
    for (const auto& judgment : query.judgments) {
      if (!ids.count(judgment.first)) unknown.insert(judgment.first);
    }
  }
  return {unknown.begin(), unknown.end()};
}

KnownItemSet title_known_items(const std::vector<corpus::Document>& docs) {
  KnownItemSet set;
  std::map<std::pair<std::string, std::string>, std::string> first_of_story;  // (title, body) -> id
  for (const corpus::Document& doc : docs) {
    auto [it, first] = first_of_story.try_emplace({doc.title, doc.body}, doc.id);
    set.canonical[doc.id] = it->second;
    if (!first) {
      ++set.duplicate_documents;
      continue;
    }
    if (blank_text(doc.title)) {
      ++set.untitled;
      continue;
    }
    JudgedQuery query;
    query.query = doc.title;
    query.judgments[doc.id] = 1;
    set.queries.push_back(std::move(query));
  }
  return set;
}

}  // namespace siaran::tools
