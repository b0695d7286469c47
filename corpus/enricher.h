// corpus::Enricher — derives the metadata a release does not state, and marks it as derived:
//   date   by DateInference (explicit dates in the text, year resolved by weekday and context);
//   unit   and region by UnitGazetteer (dateline, title, first paragraph);
//   topic  by TopicClassifier (keyword rules over the corrections-news taxonomy).
// Fields the source states are never overwritten. Also checks the record (non-empty id, title or
// body, valid UTF-8) and assigns an id derived from the content when the source has none.
#pragma once

#include <optional>
#include <string>

#include "corpus/document.h"

namespace siaran::corpus {

class Enricher {
 public:
  Enricher();
  ~Enricher();
  Enricher(const Enricher&) = delete;
  Enricher& operator=(const Enricher&) = delete;

  // Fills derived fields in place. Returns a rejection reason when the record cannot be indexed
  // (e.g. "empty body and title"), std::nullopt when it is fine.
  std::optional<std::string> enrich(Document& doc) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace siaran::corpus
