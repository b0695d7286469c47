// corpus::JsonlReader — the canonical source format: one JSON object per line whose keys are the
// Document field names (id, title, url, date, date_inferred, unit, unit_inferred, region, topic,
// topic_inferred, author, body, source, place).
//
// Strict, because JSONL is what staff and scripts write by hand and a typo should not vanish:
//   an unknown key rejects the record ("unknown field \"titel\" (did you mean \"title\"?)");
//   text fields must be strings and *_inferred fields booleans (null counts as absent);
//   `date` must be ISO 8601, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]", and a real calendar date
//     (ReaderOptions::date_format does not apply: the canonical form has one date style);
//   every string must be valid UTF-8 without NUL characters; the body must not be empty.
// Every problem of a record is named in its one Rejection. Blank lines are skipped; lines may be
// of any length; "\r\n" line ends and a leading UTF-8 BOM are accepted. Text is kept exactly as
// written (no furniture removal: the canonical form is already clean), except that a title or
// body holding HTML markup is reduced to its text (corpus/html_text.h): a body that is nothing
// but markup ("<script>...</script>") is then empty and rejected as such.
// A line longer than ReaderOptions::max_record_bytes is rejected with its size ("record is
// 104857600 bytes; the limit is 16 MiB") and skipped without being held in memory.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "corpus/reader.h"

namespace siaran::corpus {

class JsonlReader : public Reader {
 public:
  explicit JsonlReader(ReaderOptions options = {}) : max_record_bytes_(options.max_record_bytes) {}

  void read(std::istream& in, const std::string& file, RecordSink& sink) override;

  // Reads one JSON line into `doc`. Returns the rejection reason when the line is not a valid
  // record (then `doc` is unspecified), std::nullopt when it is.
  static std::optional<std::string> parse_record(std::string_view line, Document& doc);

 private:
  size_t max_record_bytes_;
};

}  // namespace siaran::corpus
