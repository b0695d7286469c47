// index::DocumentBuilder — one corpus::Document -> one Xapian::Document laid out as index/schema.h
// says: free-text terms from the Analyzer, boolean filter terms, sortable/facet values, spelling
// words, and the stored JSON the search side renders from.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "corpus/document.h"
#include "index/phrase_terms.h"

namespace siaran::index {

struct BuiltDocument {
  Xapian::Document xapian;
  std::string id_term;                    // "Q" + id
  std::string content_hash;               // also in schema::kHashSlot
  std::vector<std::string> spelling_words;  // exact body/title words for the spelling table
};

// A record that cannot become a Xapian document: an empty id, an id too long for a Xapian term
// (over kMaxIdBytes), a date that is not ISO 8601, text that is not UTF-8. The indexer reports it
// like a reader's rejection and goes on.
struct RejectedDocument : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline constexpr size_t kMaxIdBytes = 200;

// What build() checks and derives from a record before any analysis. Cheap (no analysis, no
// Xapian): a parallel build runs it on the reading thread, so a bad record is rejected there, in
// input order and with its location, and the worker that analyses it cannot fail on the record.
struct PreparedRecord {
  std::string id_term;       // "Q" + id
  std::string day;           // "YYYYMMDD", "" when undated
  std::string data;          // the stored JSON (index/stored_document.h)
  std::string content_hash;  // content_hash(doc)
};

// Throws RejectedDocument (see above).
PreparedRecord prepare_record(const corpus::Document& doc);

class DocumentBuilder {
 public:
  explicit DocumentBuilder(const analyzers::Analyzer& analyzer);
  // The phrases whose terms documents get from now on (index/phrase_terms.h); none until set.
  void index_phrases(PhraseTerms phrases) { phrases_ = std::move(phrases); }
  const PhraseTerms& phrases() const { return phrases_; }
  // Throws RejectedDocument (see above).
  BuiltDocument build(const corpus::Document& doc) const;
  // The same from a record prepare_record() accepted: never throws RejectedDocument.
  BuiltDocument build(const corpus::Document& doc, PreparedRecord prepared) const;

  // The spelling words of a document (title and body), as build() lists them: for taking a
  // replaced or deleted document's words back out of the spelling table.
  std::vector<std::string> spelling_words(const corpus::Document& doc) const;

 private:
  const analyzers::Analyzer& analyzer_;
  PhraseTerms phrases_;
};

// A stable hash of every field of `doc` (hex). Equal hashes = nothing to re-index.
std::string content_hash(const corpus::Document& doc);

}  // namespace siaran::index
