// index::DocumentBuilder — one corpus::Document -> one Xapian::Document laid out as index/schema.h
// says: free-text terms from the Analyzer, boolean filter terms, sortable/facet values, spelling
// words, and the stored JSON the search side renders from.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "corpus/document.h"

namespace siaran::index {

struct BuiltDocument {
  Xapian::Document xapian;
  std::string id_term;                    // "Q" + id
  std::string content_hash;               // also in schema::kHashSlot
  std::vector<std::string> spelling_words;  // exact body/title words for the spelling table
};

class DocumentBuilder {
 public:
  explicit DocumentBuilder(const analyzers::Analyzer& analyzer);
  BuiltDocument build(const corpus::Document& doc) const;

 private:
  const analyzers::Analyzer& analyzer_;
};

// A stable hash of every field of `doc` (hex). Equal hashes = nothing to re-index.
std::string content_hash(const corpus::Document& doc);

}  // namespace siaran::index
