// Helpers shared by the index library tests: documents to index and a look at what a Xapian
// document holds.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <xapian.h>

#include "corpus/document.h"

namespace siaran::index::testing {

inline corpus::Document release(const std::string& id, const std::string& title, const std::string& body,
                                const std::string& date = "2023-05-17") {
  corpus::Document doc;
  doc.id = id;
  doc.title = title;
  doc.body = body;
  doc.date = date;
  doc.unit = "Lapas Kelas IIA Cibinong";
  doc.region = "Jawa Barat";
  doc.topic = "Pembinaan";
  doc.source = "INFO_PAS";
  return doc;
}

inline std::vector<std::string> terms_of(const Xapian::Document& doc) {
  std::vector<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.push_back(*it);
  return terms;
}

inline bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

inline Xapian::termcount wdf_of(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term ? it.get_wdf() : 0;
}

inline std::vector<Xapian::termpos> positions_of(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  std::vector<Xapian::termpos> out;
  if (it == doc.termlist_end() || *it != term) return out;
  for (auto p = it.positionlist_begin(); p != it.positionlist_end(); ++p) out.push_back(*p);
  return out;
}

// Ids of the documents matching `query`, sorted.
inline std::vector<std::string> ids_matching(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount() + 1);
  std::vector<std::string> ids;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Xapian::Document doc = it.get_document();
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      if ((*t).starts_with("Q")) ids.push_back((*t).substr(1));
    }
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace siaran::index::testing
