// corpus::CsvRecords — splits CSV text into records per RFC 4180: fields separated by a
// delimiter, records by "\n" or "\r\n", quoted fields ("...") that may hold delimiters, line
// breaks and doubled quotes (""). Stricter than a spreadsheet where strictness protects data:
//   a quote inside an unquoted field, or text after a closing quote, is a malformed record
//     (reported, then reading resumes at the next line);
//   a quoted field still open at the end of the input is one malformed record covering the rest.
// Blank lines between records are skipped (RFC 4180 would read them as one empty field).
// A record whose fields hold more than `max_record_bytes` is malformed ("record is larger than
// 16 MiB"): its text beyond the limit is scanned to find where it ends, but not copied.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace siaran::corpus {

struct CsvRecord {
  size_t line = 0;                  // 1-based line where the record starts
  std::vector<std::string> fields;  // line breaks inside quoted fields come out as "\n"
  std::string error;                // non-empty when the record is malformed: fields are partial
};

class CsvRecords {
 public:
  // `text` must outlive this object.
  CsvRecords(std::string_view text, char delimiter, size_t max_record_bytes = SIZE_MAX);

  // The next record; false at the end of the text.
  bool next(CsvRecord& record);

  // The delimiter a file uses, judged from its first line: whichever of ',', ';' and TAB occurs
  // most often there (',' on a tie). Spreadsheets in Indonesian locales save with ';'.
  static char sniff_delimiter(std::string_view text);

 private:
  bool at_line_end() const;
  void consume_line_end();
  void skip_rest_of_line();
  bool read_quoted(CsvRecord& record, std::string& field);
  bool read_unquoted(CsvRecord& record, std::string& field);
  void append(std::string& field, char c);

  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  size_t line_ = 1;
  size_t max_record_bytes_;
  size_t record_bytes_ = 0;  // bytes of the current record's fields, kept or not
};

}  // namespace siaran::corpus
