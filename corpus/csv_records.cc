#include "corpus/csv_records.h"

#include "corpus/reader.h"

namespace siaran::corpus {

CsvRecords::CsvRecords(std::string_view text, char delimiter, size_t max_record_bytes)
    : text_(text), delimiter_(delimiter), max_record_bytes_(max_record_bytes) {}

void CsvRecords::append(std::string& field, char c) {
  if (++record_bytes_ <= max_record_bytes_) field += c;
}

char CsvRecords::sniff_delimiter(std::string_view text) {
  const std::string_view first_line = text.substr(0, text.find('\n'));
  size_t commas = 0, semicolons = 0, tabs = 0;
  for (char c : first_line) {
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

bool CsvRecords::at_line_end() const {
  return pos_ >= text_.size() || text_[pos_] == '\n' ||
         (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
}

void CsvRecords::consume_line_end() {
  if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_, ++line_;
}

void CsvRecords::skip_rest_of_line() {
  while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
  consume_line_end();
}

// At an opening quote. Reads to the closing quote; false when the record is malformed.
bool CsvRecords::read_quoted(CsvRecord& record, std::string& field) {
  const size_t opened_at = line_;
  ++pos_;
  for (;;) {
    if (pos_ >= text_.size()) {
      record.error = "quoted field " + std::to_string(record.fields.size() + 1) +
                     " opened at line " + std::to_string(opened_at) +
                     " is not closed before the end of the file";
      return false;
    }
    const char c = text_[pos_];
    if (c == '"') {
      if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
        append(field, '"'), pos_ += 2;
        continue;
      }
      ++pos_;
      break;
    }
    if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
      ++pos_;  // "\r\n" inside a field becomes "\n"
      continue;
    }
    if (c == '\n') ++line_;
    append(field, c), ++pos_;
  }
  if (!at_line_end() && text_[pos_] != delimiter_) {
    record.error = "stray quote: text after the closing quote of field " +
                   std::to_string(record.fields.size() + 1) +
                   " (a quote inside a field must be doubled)";
    skip_rest_of_line();
    return false;
  }
  return true;
}

bool CsvRecords::read_unquoted(CsvRecord& record, std::string& field) {
  while (!at_line_end() && text_[pos_] != delimiter_) {
    if (text_[pos_] == '"') {
      record.error = "stray quote in field " + std::to_string(record.fields.size() + 1) +
                     " (a field with quotes must be quoted, its quotes doubled)";
      skip_rest_of_line();
      return false;
    }
    append(field, text_[pos_++]);
  }
  return true;
}

bool CsvRecords::next(CsvRecord& record) {
  // Skip blank lines (only white space) between records.
  for (;;) {
    size_t end = pos_;
    while (end < text_.size() && (text_[end] == ' ' || text_[end] == '\t' || text_[end] == '\r'))
      ++end;
    if (end < text_.size() && text_[end] == '\n') {
      pos_ = end + 1, ++line_;
      continue;
    }
    if (end >= text_.size()) pos_ = end;
    break;
  }
  if (pos_ >= text_.size()) return false;

  record.line = line_;
  record.fields.clear();
  record.error.clear();
  record_bytes_ = 0;
  for (;;) {
    std::string field;
    const bool ok = pos_ < text_.size() && text_[pos_] == '"' ? read_quoted(record, field)
                                                              : read_unquoted(record, field);
    if (!ok) return true;
    record.fields.push_back(std::move(field));
    if (pos_ < text_.size() && text_[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    consume_line_end();
    if (record_bytes_ > max_record_bytes_) {
      record.fields.clear();
      record.error = "record is " + std::to_string(record_bytes_) + " bytes; the limit is " +
                     describe_bytes(max_record_bytes_) + " per record";
    }
    return true;
  }
}

}  // namespace siaran::corpus
