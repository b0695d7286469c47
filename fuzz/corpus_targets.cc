// Fuzz targets for the ingest side: the three readers, HTML text extraction and the dates.
#include <sstream>
#include <stdexcept>
#include <string>

#include "corpus/csv_reader.h"
#include "corpus/date_inference.h"
#include "corpus/date_parser.h"
#include "corpus/html_text.h"
#include "corpus/jsonl_reader.h"
#include "corpus/release_text_reader.h"
#include "corpus/utf8.h"
#include "fuzz/fuzz_target.h"

namespace siaran::fuzz {
namespace {

using corpus::Document;

// What every record a reader accepts must satisfy, whatever the input was: text fields are
// valid UTF-8 without NUL, the body is not blank, a date is canonical ISO, the location is a
// line of the input.
class CheckingSink : public corpus::RecordSink {
 public:
  explicit CheckingSink(std::string_view input) : lines_(1) {
    for (char c : input) lines_ += c == '\n';
  }

  void accept(Document doc, const corpus::SourceLocation& where) override {
    for (const std::string* field : {&doc.id, &doc.title, &doc.url, &doc.date, &doc.unit, &doc.region,
                                     &doc.topic, &doc.author, &doc.body, &doc.source, &doc.place}) {
      if (!corpus::is_valid_utf8(*field)) fuzz_fail("accepted record with invalid UTF-8");
      if (corpus::find_nul(*field)) fuzz_fail("accepted record with a NUL byte");
    }
    if (doc.body.find_first_not_of(" \t\r\n\f\v") == std::string::npos) fuzz_fail("accepted an empty body");
    if (!doc.date.empty() && !corpus::DateParser::parse_iso(doc.date)) fuzz_fail("accepted a non-ISO date");
    check_line(where.line);
  }
  void reject(const corpus::Rejection& rejection) override {
    if (rejection.reason.empty()) fuzz_fail("rejection without a reason");
    check_line(rejection.where.line);
  }

 private:
  void check_line(size_t line) const {
    if (line > lines_ + 1) fuzz_fail("record located past the end of the input");
  }
  size_t lines_;
};

}  // namespace

void jsonl_reader(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  std::istringstream in{std::string(text)};
  CheckingSink sink(text);
  corpus::JsonlReader().read(in, "fuzz.jsonl", sink);
}

// The first byte chooses the setup: odd bytes give a fixed header of Document fields (so the
// fuzzer reaches the record rules at once), even bytes let the input bring its own header.
void csv_reader(const uint8_t* data, size_t size) {
  if (size == 0) return;
  std::string text = std::string(as_text(data + 1, size - 1));
  if (data[0] & 1) text = "id,title,date,unit,date_inferred,body\n" + text;
  corpus::ReaderOptions options;
  if (data[0] & 2) options.csv_map = {{"title", "title"}, {"body", "body"}, {"date", "date"}};
  std::istringstream in(text);
  CheckingSink sink(text);
  try {
    corpus::CsvReader(options).read(in, "fuzz.csv", sink);
  } catch (const std::runtime_error&) {
    // A header naming no usable columns: a mistake in the command, reported before any record.
  }
}

void release_text_reader(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  std::istringstream in{std::string(text)};
  CheckingSink sink(text);
  corpus::ReleaseTextReader().read(in, "fuzz-release.txt", sink);
}

void html_text(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  const bool looks = corpus::HtmlText::looks_like_html(text);
  const std::string out = corpus::HtmlText::to_text(text);
  if (corpus::is_valid_utf8(text) && !corpus::is_valid_utf8(out)) fuzz_fail("valid UTF-8 in, invalid out");
  // A character reference is at least 4 bytes and yields at most 4; everything else shrinks.
  if (out.size() > text.size()) fuzz_fail("text grew");
  if (!looks && corpus::HtmlText::text_of(text) != text) fuzz_fail("plain text was changed");
}

// Input: "FORMAT\nTEXT" exercises DateFormat; the whole input goes through DateParser and
// DateInference (first line as the title).
void date_parser(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  if (auto iso = corpus::DateParser::parse(text)) {
    if (!corpus::DateParser::parse_iso(*iso)) fuzz_fail("DateParser::parse gave a non-ISO date");
  }
  std::string why;
  if (auto iso = corpus::DateParser::parse_iso(text, &why)) {
    if (corpus::DateParser::parse_iso(*iso) != iso) fuzz_fail("parse_iso is not idempotent");
  } else if (why.empty()) {
    fuzz_fail("parse_iso failed without saying why");
  }
  const size_t newline = text.find('\n');
  const std::string_view first = text.substr(0, newline);
  const std::string_view rest = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
  try {
    const corpus::DateFormat format{std::string(first)};
    if (auto iso = format.parse(rest)) {
      if (!corpus::DateParser::parse_iso(*iso)) fuzz_fail("DateFormat gave a non-ISO date");
    }
  } catch (const std::invalid_argument&) {
  }
  static const corpus::DateInference inference(corpus::DateInferenceOptions{2024});
  if (auto inferred = inference.infer(first, rest)) {
    if (!corpus::DateParser::parse_iso(inferred->date)) fuzz_fail("DateInference gave a non-ISO date");
    if (inferred->start > inferred->end) fuzz_fail("DateInference range ends before it starts");
  }
}

}  // namespace siaran::fuzz
