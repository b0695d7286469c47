// corpus::Reader — turns one source stream into Document records, reporting bad records instead
// of stopping. Concrete readers: JsonlReader (canonical), CsvReader (column mapping),
// ReleaseTextReader (a release as published on the web). corpus::SourceSet picks one per file.
#pragma once

#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <string>

#include "corpus/document.h"

namespace siaran::corpus {

// Where a record came from: "file:line" in every report a user sees.
struct SourceLocation {
  std::string file;
  size_t line = 0;  // 1-based line where the record starts
};

// A record that could not be read. Nothing else is lost: reading continues after it.
struct Rejection {
  SourceLocation where;
  std::string reason;  // one clear sentence, e.g. "invalid UTF-8 in field \"body\" at byte 57"
};

enum class Format { Auto, Jsonl, Csv, ReleaseText };

// The largest record a reader takes: a JSONL line, a CSV record, a release text file. A release
// is a few kB of text; a record this large is a broken export (a file concatenated into one
// field, a binary pasted in) and is rejected with its size, without being held in memory: the
// JSONL and release-text readers never keep more than this of one record. Large enough for any
// release with generous room, small enough that analysing and indexing one record stays cheap.
inline constexpr size_t kMaxRecordBytes = 16u << 20;  // 16 MiB

// "16 MiB" for messages about byte limits.
std::string describe_bytes(size_t bytes);

struct ReaderOptions {
  Format format = Format::Auto;
  size_t max_record_bytes = kMaxRecordBytes;
  // CSV only: model field -> CSV column, e.g. {"title","judul"}. Empty = columns named as fields.
  std::map<std::string, std::string> csv_map;
  // strptime-style format for the source's dates, e.g. "%m/%d/%Y %H:%M". Empty = the built-in
  // parsers (ISO 8601 and the Indonesian/English styles of corpus/date_parser.h).
  std::string date_format;
};

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void accept(Document doc, const SourceLocation& where) = 0;
  virtual void reject(const Rejection& rejection) = 0;
};

class Reader {
 public:
  virtual ~Reader() = default;
  // Reads every record of `in` (named `file` in reports) into `sink`.
  virtual void read(std::istream& in, const std::string& file, RecordSink& sink) = 0;
};

// The reader for `format` (Auto is resolved by the caller from the file name). Throws
// std::invalid_argument for Format::Auto or a bad options.date_format.
std::unique_ptr<Reader> make_reader(Format format, const ReaderOptions& options);

// ".jsonl"/".ndjson"/".json" -> Jsonl, ".csv"/".tsv" -> Csv, ".txt"/".text"/".md"/no extension
// -> ReleaseText (extensions in any case). Any other extension -> Auto: not a format we read.
Format format_for_path(const std::string& path);

// "jsonl" | "csv" | "text" (also "auto", and the aliases "ndjson", "txt"); throws
// std::invalid_argument otherwise.
Format parse_format(const std::string& name);

// Parses "--map id=id,title=judul,..." into a field->column map; throws std::invalid_argument
// naming the bad entry, an unknown model field or a field named twice. Spaces around names are
// ignored, empty entries skipped; column names cannot contain ','.
std::map<std::string, std::string> parse_csv_map(const std::string& spec);

}  // namespace siaran::corpus
