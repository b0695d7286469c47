// corpus::CsvReader — reads releases from a CSV export (RFC 4180, see corpus/csv_records.h; the
// delimiter ',', ';' or TAB is judged from the header line).
//
// The header row names the columns. ReaderOptions::csv_map picks them (model field -> column,
// e.g. title=judul); without a map every column must be named as a Document field. A mapped
// column missing from the header, or an unmapped header column without a map, is a mistake in
// the command, not in the data: read() throws std::runtime_error naming the file and listing the
// header, before any record is read. So does a file with no column for "body".
//
// Per record (line = where the record starts, also for bodies spanning many lines):
//   wrong number of fields, stray quotes, NUL or invalid UTF-8 in a mapped column, a flag that
//   is not true/false, an empty body                                  -> one Rejection, go on;
//   date: with ReaderOptions::date_format the value must match it (else a Rejection naming the
//     format); without one, DateParser reads it or the date stays empty for the Enricher to
//     infer — a source's odd date style is not worth losing the release over. "-" means empty;
//   body: page furniture removed (corpus/page_furniture.h), paragraphs joined with "\n\n"; a
//     dateline and an author code (corpus/release_layout.h) are taken out of it and fill place,
//     source, date and author where those are empty;
//   title and body: HTML markup reduced to its text (corpus/html_text.h), so an export from a
//     CMS indexes words, not tags, and a <script> never reaches the index;
//   a record over ReaderOptions::max_record_bytes: one Rejection giving its size. The file is
//     read whole (memory is about its size), but an oversized field is never copied;
//   title and other text: white space normalised;
//   id: when no id column is mapped, "<file stem>-<line>" (e.g. "tribunnews-17"): unique within
//     an archive of distinct file names and stable while rows above are not edited — map an id
//     column when the source has one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpus/date_parser.h"
#include "corpus/page_furniture.h"
#include "corpus/reader.h"

namespace siaran::corpus {

class CsvReader : public Reader {
 public:
  // Throws std::invalid_argument for a bad options.date_format.
  explicit CsvReader(ReaderOptions options);

  void read(std::istream& in, const std::string& file, RecordSink& sink) override;

 private:
  struct Column {
    std::string field;  // Document field name
    std::string name;   // as in the header
    size_t index = 0;
  };
  std::vector<Column> resolve_columns(const std::vector<std::string>& header,
                                      const std::string& file) const;
  std::optional<std::string> fill(Document& doc, const std::vector<Column>& columns,
                                  const std::vector<std::string>& fields) const;

  ReaderOptions options_;
  std::optional<DateFormat> date_format_;
  PageFurniture furniture_;
};

}  // namespace siaran::corpus
