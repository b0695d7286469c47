// A bare in-memory index laid out like index/schema.h's free-text terms (body and title words
// exact with positions plus "Z"+stem; title words also "S"/"ZS"), so query, snippet and
// completion code can be tested without index::DocumentBuilder. Searcher tests use the real
// IndexWriter instead.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "index/schema.h"
#include "search/query_parser.h"

namespace siaran::search::testing {

class MiniIndex {
 public:
  explicit MiniIndex(const analyzers::Analyzer& analyzer)
      : analyzer_(analyzer), db_(std::string(), Xapian::DB_BACKEND_INMEMORY) {}
  // On disk (glass) at `path`: for what the in-memory backend lacks (synonym tables).
  MiniIndex(const analyzers::Analyzer& analyzer, const std::string& path)
      : analyzer_(analyzer), db_(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS) {}

  // The document's data is its title.
  Xapian::docid add(const std::string& title, const std::string& body, const std::string& date = "") {
    Xapian::Document doc;
    unsigned position = 0;
    auto index_text = [&](const std::string& text, const std::string& prefix, unsigned wdf) {
      unsigned base = position;
      for (const analyzers::Token& t : analyzer_.analyze(text)) {
        position = base + t.position;
        if (t.stopword) continue;
        doc.add_posting(prefix + t.exact, position, wdf);
        doc.add_term("Z" + prefix + t.stem, wdf);
      }
      position += 100;
    };
    index_text(title, "", index::schema::kTitleWdf);
    index_text(title, std::string(index::schema::kTitle), 1);
    index_text(body, "", 1);
    if (!date.empty()) doc.add_value(index::schema::kDateSlot, date);
    doc.set_data(title);
    return db_.add_document(doc);
  }

  // The query as the Searcher marks snippets by: highlight terms joined with zero weight.
  static Xapian::Query as_run(const ParsedQuery& parsed) {
    if (parsed.highlight.empty()) return parsed.query;
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.query, parsed.highlight);
  }

  Xapian::MSet mset(const ParsedQuery& parsed, unsigned count = 100) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(as_run(parsed));
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    return enquire.get_mset(0, count);
  }

  // Titles of a query's matches, best first (ties, or no weights: by docid).
  std::vector<std::string> titles(const Xapian::Query& query, unsigned count = 100) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    std::vector<std::string> found;
    Xapian::MSet m = enquire.get_mset(0, count);
    for (auto it = m.begin(); it != m.end(); ++it) found.push_back(it.get_document().get_data());
    return found;
  }

  // Titles of the matches of a parsed query as the Searcher runs it, best first.
  std::vector<std::string> search(const ParsedQuery& parsed) { return titles(as_run(parsed)); }

  Xapian::WritableDatabase& db() { return db_; }

 private:
  const analyzers::Analyzer& analyzer_;
  Xapian::WritableDatabase db_;
};

}  // namespace siaran::search::testing
