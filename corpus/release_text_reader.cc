#include "corpus/release_text_reader.h"

#include <cctype>
#include <filesystem>
#include <algorithm>

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

// Takes the next line (without its "\n" or "\r\n") off the front of `text`.
std::string_view next_line(std::string_view& text) {
  const size_t end = text.find('\n');
  std::string_view line = text.substr(0, end);
  text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool same_heading(std::string_view a, std::string_view b) { return lowered(a) == lowered(b); }

}  // namespace

ReleaseTextReader::ReleaseTextReader(ReaderOptions options) : options_(std::move(options)) {
  if (!options_.date_format.empty()) date_format_.emplace(options_.date_format);
}

std::optional<std::string> ReleaseTextReader::read_front_matter(std::string_view& text,
                                                                Document& doc) const {
  std::string_view rest = text;
  if (PageFurniture::normalise_spaces(next_line(rest)) != "---") return std::nullopt;
  size_t line_number = 1;
  for (;;) {
    if (rest.empty())
      return std::string("front matter opened by \"---\" on line 1 is never closed by \"---\"");
    const std::string line = PageFurniture::normalise_spaces(next_line(rest));
    ++line_number;
    if (line == "---") break;
    if (line.empty()) continue;
    const std::string at = "front matter line " + std::to_string(line_number) + ": ";
    const size_t colon = line.find(':');
    if (colon == std::string::npos) {
      return at + in_quotes(line) + " is not \"field: value\" (is the closing \"---\" missing?)";
    }
    const std::string key = lowered(PageFurniture::normalise_spaces(line.substr(0, colon)));
    const std::string value = PageFurniture::normalise_spaces(line.substr(colon + 1));
    const DocumentField* field = find_document_field(key);
    if (!field || key == "body") {
      std::string reason = at + "unknown field " + in_quotes(key);
      if (key == "body") return at + "the body is the text below the front matter, not a field";
      if (const auto hint = closest_document_field(key))
        reason += " (did you mean " + in_quotes(*hint) + "?)";
      return reason;
    }
    if (bool* flag = flag_field(doc, key)) {
      const auto parsed = parse_flag(value);
      if (!parsed) return at + in_quotes(key) + " must be true or false, found " + in_quotes(value);
      *flag = *parsed;
    } else if (key == "date" && !value.empty()) {
      auto iso = date_format_ ? date_format_->parse(value) : DateParser::parse(value);
      if (!iso) {
        return at + "date " + in_quotes(value) +
               (date_format_ ? " does not match --date-format " + in_quotes(date_format_->pattern())
                             : std::string(" is not a date we can read"));
      }
      doc.date = *iso;
    } else {
      *text_field(doc, key) = value;
    }
  }
  text = rest;
  return std::nullopt;
}

std::optional<std::string> ReleaseTextReader::parse(std::string_view text, const std::string& file,
                                                    Document& doc) const {
  doc = Document{};
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (const auto nul = find_nul(text)) {
    return "NUL byte at line " + std::to_string(line_of_offset(text, *nul)) + " (byte " +
           std::to_string(*nul) + ")";
  }
  if (const auto bad = find_invalid_utf8(text)) {
    return "invalid UTF-8 at line " + std::to_string(line_of_offset(text, *bad)) + " (byte " +
           std::to_string(*bad) + ")";
  }
  if (auto problem = read_front_matter(text, doc)) return problem;

  std::vector<std::string> paragraphs = furniture_.paragraphs(HtmlText::text_of(text));
  if (paragraphs.empty() && doc.title.empty()) return std::string("no text: the file is empty");
  size_t first_body = 0;
  if (doc.title.empty()) {
    doc.title = paragraphs[0];
    first_body = 1;
  } else if (!paragraphs.empty() && same_heading(paragraphs[0], doc.title)) {
    first_body = 1;
  }
  if (first_body < paragraphs.size() && same_heading(paragraphs[first_body], doc.title))
    ++first_body;
  paragraphs.erase(paragraphs.begin(),
                   paragraphs.begin() + static_cast<std::ptrdiff_t>(first_body));

  take_release_layout(paragraphs, doc);
  doc.body = join_paragraphs(paragraphs);
  if (doc.body.empty())
    return std::string("body is empty: the file has a title but no text below it");
  if (doc.id.empty() && file != "-") doc.id = std::filesystem::path(file).stem().string();
  return std::nullopt;
}

void ReleaseTextReader::read(std::istream& in, const std::string& file, RecordSink& sink) {
  // At most one byte over the limit is read: enough to tell the file is too large.
  std::string text;
  const size_t wanted = options_.max_record_bytes + 1;
  char chunk[1 << 16];
  while (text.size() < wanted) {
    in.read(chunk, static_cast<std::streamsize>(std::min(sizeof chunk, wanted - text.size())));
    text.append(chunk, static_cast<size_t>(in.gcount()));
    if (!in) break;
  }
  if (in.bad()) {
    reject_at(sink, file, 0, "read error");
    return;
  }
  if (text.size() > options_.max_record_bytes) {
    reject_at(sink, file, 1,
              "file is larger than " + describe_bytes(options_.max_record_bytes) +
                  ", the limit for one release (is it really a press release?)");
    return;
  }
  Document doc;
  if (auto reason = parse(text, file, doc)) {
    reject_at(sink, file, 1, std::move(*reason));
  } else {
    sink.accept(std::move(doc), SourceLocation{file, 1});
  }
}

}  // namespace siaran::corpus
