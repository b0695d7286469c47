#include "corpus/reader.h"

#include <cctype>
#include <filesystem>
#include <stdexcept>

#include "corpus/csv_reader.h"
#include "corpus/document_fields.h"
#include "corpus/jsonl_reader.h"
#include "corpus/reader_support.h"
#include "corpus/release_text_reader.h"

namespace siaran::corpus {
namespace {

using reader_support::lowered;
using reader_support::trimmed;

}  // namespace

std::unique_ptr<Reader> make_reader(Format format, const ReaderOptions& options) {
  switch (format) {
    case Format::Jsonl:
      return std::make_unique<JsonlReader>(options);
    case Format::Csv:
      return std::make_unique<CsvReader>(options);
    case Format::ReleaseText:
      return std::make_unique<ReleaseTextReader>(options);
    case Format::Auto:
      break;
  }
  throw std::invalid_argument(
      "make_reader needs a concrete format; resolve Auto with format_for_path()");
}

std::string describe_bytes(size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

Format format_for_path(const std::string& path) {
  const std::string extension = lowered(std::filesystem::path(path).extension().string());
  if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json") return Format::Jsonl;
  if (extension == ".csv" || extension == ".tsv") return Format::Csv;
  if (extension == ".txt" || extension == ".md" || extension == ".text" || extension.empty()) {
    return Format::ReleaseText;
  }
  return Format::Auto;
}

Format parse_format(const std::string& name) {
  const std::string key = lowered(trimmed(name));
  if (key == "auto") return Format::Auto;
  if (key == "jsonl" || key == "ndjson") return Format::Jsonl;
  if (key == "csv") return Format::Csv;
  if (key == "text" || key == "txt") return Format::ReleaseText;
  throw std::invalid_argument("unknown format \"" + name + "\" (use jsonl, csv, text or auto)");
}

std::map<std::string, std::string> parse_csv_map(const std::string& spec) {
  std::map<std::string, std::string> map;
  size_t pos = 0;
  while (pos <= spec.size()) {
    const size_t end = std::min(spec.find(',', pos), spec.size());
    const std::string entry = trimmed(std::string_view(spec).substr(pos, end - pos));
    pos = end + 1;
    if (entry.empty()) continue;
    const size_t equals = entry.find('=');
    if (equals == std::string::npos) {
      throw std::invalid_argument("--map entry \"" + entry + "\" is not field=column");
    }
    const std::string field = lowered(trimmed(std::string_view(entry).substr(0, equals)));
    const std::string column = trimmed(std::string_view(entry).substr(equals + 1));
    if (field.empty() || column.empty()) {
      throw std::invalid_argument("--map entry \"" + entry + "\" needs both a field and a column");
    }
    if (!find_document_field(field)) {
      std::string message =
          "--map entry \"" + entry + "\": \"" + field + "\" is not a document field";
      if (const auto hint = closest_document_field(field))
        message += " (did you mean \"" + std::string(*hint) + "\"?)";
      throw std::invalid_argument(message + "; fields are " + document_field_list());
    }
    if (!map.emplace(field, column).second) {
      throw std::invalid_argument("--map names field \"" + field + "\" twice");
    }
  }
  return map;
}

}  // namespace siaran::corpus
