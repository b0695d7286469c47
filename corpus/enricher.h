// corpus::Enricher — checks a record and derives the metadata a release does not state, marking
// what it derived:
//   date    by DateInference (explicit dates in the text, year resolved by weekday and context)
//           -> date_inferred = true. The date is the end of the event the release reports
//           (see corpus/date_inference.h for which mention that is).
//   unit    by UnitGazetteer (title, then first paragraph, then the dateline place)
//           -> unit_inferred = true; region = that unit's province.
//   region  when only the unit is stated: the stated unit's province from the gazetteer; when no
//           unit is stated or found: the province of Document::place ("Sentul" -> Jawa Barat).
//           Document has no region flag: a derived region is always a gazetteer fact about the
//           unit or place, never a guess from running text.
//   topic   by TopicClassifier -> topic_inferred = true ("Umum" when no topic fits).
// Fields the source states are never overwritten (a stated date is only normalised to its
// canonical ISO form, e.g. "2022-12-13T09:30" -> "2022-12-13T09:30:00").
//
// Checks, each a rejection reason (the caller reports it with file and line and goes on):
//   "empty title and body"    both blank (white space only counts as blank)
//   "empty body"              a title alone is not a release we can search or show
//   "invalid UTF-8 in field \"body\" at byte 57", "NUL byte in field \"title\" at byte 3"
//   "date \"2022-13-01\" is not a real calendar date" (a stated date must be ISO 8601)
// A record without an id gets derive_id(): stable across runs and across changes to the
// inference rules, so re-indexing the same release updates it instead of duplicating it.
//
// Cheap per record: the gazetteer and topic tables are parsed once per process and shared; each
// call scans the text a few times with no regular expressions. enrich() is const and keeps no
// state, so one Enricher may serve several threads.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "corpus/document.h"

namespace siaran::corpus {

class DateInference;
class UnitGazetteer;
class TopicClassifier;

struct EnricherOptions {
  // Passed to DateInferenceOptions::reference_year: lets a weekday date in a text that mentions
  // no year at all be dated in the latest fitting year up to this one. 0 (default): such dates
  // stay unknown rather than guessed.
  int date_reference_year = 0;
};

class Enricher {
 public:
  Enricher();
  explicit Enricher(EnricherOptions options);
  ~Enricher();
  Enricher(const Enricher&) = delete;
  Enricher& operator=(const Enricher&) = delete;

  // Checks `doc` and fills derived fields in place. Returns the rejection reason when the record
  // cannot be indexed (then `doc` is left unchanged), std::nullopt when it is fine.
  std::optional<std::string> enrich(Document& doc) const;

  // "h-" + 16 hex digits of a 64-bit FNV-1a hash of source, title, the stated date and url
  // (fields joined by U+001F), plus the body when there is no title. Only stated fields are
  // used, so inferring differently later never changes an id.
  static std::string derive_id(const Document& doc);

  const DateInference& date_inference() const;
  const UnitGazetteer& unit_gazetteer() const;
  const TopicClassifier& topic_classifier() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siaran::corpus
