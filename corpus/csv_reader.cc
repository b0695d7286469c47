#include "corpus/csv_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "corpus/csv_records.h"
#include "corpus/document_fields.h"
#include "corpus/html_text.h"
#include "corpus/reader_support.h"
#include "corpus/release_layout.h"
#include "corpus/utf8.h"

namespace siaran::corpus {
namespace {

using reader_support::in_quotes;
using reader_support::lowered;
using reader_support::reject_at;

std::string header_list(const std::vector<std::string>& header) {
  std::string out;
  for (const std::string& name : header) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::string file_stem(const std::string& file) {
  if (file == "-") return "stdin";
  return std::filesystem::path(file).stem().string();
}

}  // namespace

CsvReader::CsvReader(ReaderOptions options) : options_(std::move(options)) {
  if (!options_.date_format.empty()) date_format_.emplace(options_.date_format);
}

std::vector<CsvReader::Column> CsvReader::resolve_columns(const std::vector<std::string>& header,
                                                          const std::string& file) const {
  std::vector<Column> columns;
  auto find_column = [&](const std::string& name) {
    size_t found = header.size();
    for (size_t i = 0; i < header.size(); ++i) {
      if (header[i] != name) continue;
      if (found != header.size()) {
        throw std::runtime_error("column " + in_quotes(name) + " appears twice in the header of " +
                                 file);
      }
      found = i;
    }
    return found;
  };
  if (!options_.csv_map.empty()) {
    for (const auto& [field, column] : options_.csv_map) {
      const size_t index = find_column(column);
      if (index == header.size()) {
        throw std::runtime_error("column " + in_quotes(column) + " (for field " + in_quotes(field) +
                                 ") not in header of " + file + ": " + header_list(header));
      }
      columns.push_back({field, column, index});
    }
  } else {
    for (size_t i = 0; i < header.size(); ++i) {
      const std::string field = lowered(header[i]);
      if (!find_document_field(field)) {
        throw std::runtime_error("column " + in_quotes(header[i]) + " of " + file +
                                 " is not a document field (" + document_field_list() +
                                 "); choose columns with --map field=column");
      }
      for (const Column& earlier : columns) {
        if (earlier.field == field) {
          throw std::runtime_error("column " + in_quotes(header[i]) +
                                   " appears twice in the header of " + file);
        }
      }
      columns.push_back({field, header[i], i});
    }
  }
  bool has_body = false;
  for (const Column& column : columns) has_body = has_body || column.field == "body";
  if (!has_body) {
    throw std::runtime_error("no column of " + file + " is mapped to \"body\" (header: " +
                             header_list(header) + "); add body=COLUMN to --map");
  }
  return columns;
}

std::optional<std::string> CsvReader::fill(Document& doc, const std::vector<Column>& columns,
                                           const std::vector<std::string>& fields) const {
  std::string problems;
  auto problem = [&problems](std::string text) {
    problems += (problems.empty() ? "" : "; ") + text;
  };
  std::vector<std::string> paragraphs;
  for (const Column& column : columns) {
    const std::string& value = fields[column.index];
    const std::string named =
        "column " + in_quotes(column.name) +
        (column.name == column.field ? "" : " (field " + in_quotes(column.field) + ")");
    if (const auto nul = find_nul(value)) {
      problem("NUL character in " + named + " at byte " + std::to_string(*nul));
      continue;
    }
    if (const auto bad = find_invalid_utf8(value)) {
      problem("invalid UTF-8 in " + named + " at byte " + std::to_string(*bad));
      continue;
    }
    if (column.field == "body") {
      paragraphs = furniture_.paragraphs(HtmlText::text_of(value));
      continue;
    }
    const std::string text =
        PageFurniture::normalise_spaces(column.field == "title" ? HtmlText::text_of(value) : value);
    if (bool* flag = flag_field(doc, column.field)) {
      if (const auto parsed = parse_flag(text)) {
        *flag = *parsed;
      } else {
        problem(named + " must be true or false, found " + in_quotes(text));
      }
      continue;
    }
    if (column.field != "date") {
      *text_field(doc, column.field) = text;
      continue;
    }
    if (text.empty() || text == "-") continue;
    if (date_format_) {
      if (auto iso = date_format_->parse(text)) {
        doc.date = *iso;
      } else {
        problem("date " + in_quotes(text) + " does not match --date-format " +
                in_quotes(date_format_->pattern()));
      }
    } else if (auto iso = DateParser::parse(text)) {
      doc.date = *iso;  // an unreadable date stays empty: the Enricher infers one from the text
    }
  }
  if (!problems.empty()) return problems;
  take_release_layout(paragraphs, doc);
  doc.body = join_paragraphs(paragraphs);
  if (doc.body.empty()) return std::string("body is empty");
  return std::nullopt;
}

void CsvReader::read(std::istream& in, const std::string& file, RecordSink& sink) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = std::move(buffer).str();
  if (in.bad()) {
    reject_at(sink, file, 0, "read error");
    return;
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);

  CsvRecords records(text, CsvRecords::sniff_delimiter(text), options_.max_record_bytes);
  CsvRecord header;
  if (!records.next(header)) {
    reject_at(sink, file, 1, "empty file: a CSV file needs a header row naming its columns");
    return;
  }
  if (!header.error.empty()) {
    reject_at(sink, file, header.line, "malformed header row: " + header.error);
    return;
  }
  for (std::string& name : header.fields) name = PageFurniture::normalise_spaces(name);
  const std::vector<Column> columns = resolve_columns(header.fields, file);
  const bool has_id = std::any_of(columns.begin(), columns.end(),
                                  [](const Column& column) { return column.field == "id"; });
  const std::string stem = file_stem(file);

  CsvRecord record;
  while (records.next(record)) {
    const SourceLocation where{file, record.line};
    if (!record.error.empty()) {
      reject_at(sink, file, record.line, record.error);
      continue;
    }
    if (record.fields.size() != header.fields.size()) {
      reject_at(sink, file, record.line,
                "expected " + std::to_string(header.fields.size()) + " fields, found " +
                    std::to_string(record.fields.size()));
      continue;
    }
    Document doc;
    if (auto reason = fill(doc, columns, record.fields)) {
      reject_at(sink, file, record.line, std::move(*reason));
      continue;
    }
    if (!has_id) doc.id = stem + "-" + std::to_string(record.line);
    sink.accept(std::move(doc), where);
  }
}

}  // namespace siaran::corpus
