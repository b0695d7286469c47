// corpus::Document — the one record model every reader produces and the indexer consumes.
//
// The canonical on-disk form is JSONL whose keys are exactly these field names (see README,
// "Document schema"). Readers fill what the source states; corpus::Enricher derives what it does
// not (date, unit, region, topic) and sets the matching *_inferred flag so the service can say so.
#pragma once

#include <string>

namespace siaran::corpus {

struct Document {
  std::string id;      // stable, unique within an archive; the update/delete key
  std::string title;
  std::string url;     // link to the release as published (may be empty)
  std::string date;    // ISO 8601: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS"; empty when unknown
  bool date_inferred = false;   // true when `date` was derived from the text, not stated
  std::string unit;    // issuing office, canonical gazetteer name, e.g. "Lapas Kelas IIA Cibinong"
  bool unit_inferred = false;
  std::string region;  // province, e.g. "Jawa Barat"
  std::string topic;   // one label of the topic taxonomy (corpus/topic_classifier.h) or the source's own
  bool topic_inferred = false;
  std::string author;  // author code as published, e.g. "O2/afn"
  std::string body;    // plain text; paragraphs separated by "\n\n"; page furniture removed
  std::string source;  // publisher/channel, e.g. "INFO_PAS", "detik.com"
  std::string place;   // dateline place, e.g. "Sentul"

  bool operator==(const Document&) const = default;
};

}  // namespace siaran::corpus
