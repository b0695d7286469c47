#include "corpus/jsonl_reader.h"

// RapidJSON with its SSE2 paths, which skip whitespace and scan strings 16 bytes at a time (the
// byte-at-a-time string loop was most of the reading thread's parsing time). They are compiled
// into a namespace of this file's own: other files use RapidJSON without SSE2, and the same
// templates must not be defined two ways in one program.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#define RAPIDJSON_NAMESPACE siaran_jsonl_rapidjson
#define RAPIDJSON_NAMESPACE_BEGIN namespace siaran_jsonl_rapidjson {
#define RAPIDJSON_NAMESPACE_END }
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <vector>

#include "corpus/date_parser.h"
#include "corpus/document_fields.h"
#include "corpus/html_text.h"
#include "corpus/reader_support.h"
#include "corpus/utf8.h"

namespace siaran::corpus {
namespace {

namespace rj = siaran_jsonl_rapidjson;

// The SSE2 scans read whole aligned 16-byte blocks, up to 15 bytes past the terminating NUL: the
// parsed copy of a line carries that many NULs of its own.
constexpr size_t kSimdPadding = 16;
constexpr size_t kKeptPaddedBytes = 1 << 20;

using reader_support::in_quotes;
using reader_support::reject_at;

const char* type_name(const rj::Value& value) {
  switch (value.GetType()) {
    case rj::kNullType:
      return "null";
    case rj::kFalseType:
    case rj::kTrueType:
      return "a boolean";
    case rj::kObjectType:
      return "an object";
    case rj::kArrayType:
      return "an array";
    case rj::kStringType:
      return "a string";
    case rj::kNumberType:
      return "a number";
  }
  return "a value";
}

std::string join(const std::vector<std::string>& problems) {
  std::string out;
  for (const std::string& problem : problems) {
    if (!out.empty()) out += "; ";
    out += problem;
  }
  return out;
}

// Checks a string value for NUL and invalid UTF-8; returns the problem, empty when fine.
std::string string_problem(std::string_view name, std::string_view value) {
  if (const auto nul = find_nul(value)) {
    return "NUL character in field " + in_quotes(name) + " at byte " + std::to_string(*nul);
  }
  if (const auto bad = find_invalid_utf8(value)) {
    return "invalid UTF-8 in field " + in_quotes(name) + " at byte " + std::to_string(*bad);
  }
  return {};
}

}  // namespace

std::optional<std::string> JsonlReader::parse_record(std::string_view line, Document& doc) {
  if (const auto nul = find_nul(line)) {
    return "NUL byte at column " + std::to_string(*nul + 1);
  }
  // The parsed values live in a buffer on this stack frame (a release of ~3 kB fits), so a record
  // costs no heap allocation for the DOM: measured at 1M records, the default allocator's 64 kB
  // chunk, allocated and freed per record, was a tenth of the reading thread's time.
  using PoolAllocator = rj::MemoryPoolAllocator<rj::CrtAllocator>;
  alignas(8) char value_buffer[16384];
  alignas(8) char stack_buffer[1024];
  PoolAllocator value_allocator(value_buffer, sizeof value_buffer);
  PoolAllocator stack_allocator(stack_buffer, sizeof stack_buffer);
  rj::GenericDocument<rj::UTF8<>, PoolAllocator, PoolAllocator> json(
      &value_allocator, sizeof stack_buffer, &stack_allocator);
  // Parsed in place in a NUL-terminated copy (the line holds no NUL, checked above): RapidJSON
  // then decodes each string where it stands, with its SSE2 scan, instead of growing its parse
  // stack and copying every string into the DOM; same values, same error offsets. `json`'s
  // strings point into the copy. Its buffer is kept for the thread's next record (one malloc per
  // record cost more than the copy), unless an outsized record made it large.
  thread_local std::string padded;
  if (padded.capacity() > kKeptPaddedBytes) std::string().swap(padded);
  padded.assign(line);
  padded.append(kSimdPadding, '\0');
  json.ParseInsitu(padded.data());
  if (json.HasParseError()) {
    return "invalid JSON at column " + std::to_string(json.GetErrorOffset() + 1) + ": " +
           rj::GetParseError_En(json.GetParseError());
  }
  if (!json.IsObject()) return std::string("expected a JSON object, found ") + type_name(json);

  doc = Document{};
  std::vector<std::string> problems;
  std::set<std::string, std::less<>> seen;
  for (const auto& member : json.GetObject()) {
    const std::string_view name(member.name.GetString(), member.name.GetStringLength());
    if (find_invalid_utf8(name) || find_nul(name)) {
      problems.push_back("a field name is not valid UTF-8");
      continue;
    }
    const DocumentField* field = find_document_field(name);
    if (!field) {
      std::string problem = "unknown field " + in_quotes(name);
      if (const auto hint = closest_document_field(name))
        problem += " (did you mean " + in_quotes(*hint) + "?)";
      problems.push_back(std::move(problem));
      continue;
    }
    if (!seen.insert(std::string(name)).second) {
      problems.push_back("field " + in_quotes(name) + " appears twice");
      continue;
    }
    const rj::Value& value = member.value;
    if (value.IsNull()) continue;
    if (field->type == FieldType::Flag) {
      if (!value.IsBool()) {
        problems.push_back("field " + in_quotes(name) + " must be true or false, found " +
                           type_name(value));
      } else {
        *flag_field(doc, name) = value.GetBool();
      }
      continue;
    }
    if (!value.IsString()) {
      problems.push_back("field " + in_quotes(name) + " must be a string, found " +
                         type_name(value));
      continue;
    }
    const std::string_view text(value.GetString(), value.GetStringLength());
    if (std::string problem = string_problem(name, text); !problem.empty()) {
      problems.push_back(std::move(problem));
      continue;
    }
    if (name == "title") {
      std::string title = HtmlText::text_of(text);
      std::replace(title.begin(), title.end(), '\n', ' ');  // block tags in a title end no paragraph
      doc.title = std::move(title);
    } else if (name == "body") {
      doc.body = HtmlText::text_of(text);
      if (doc.body.find_first_not_of(" \t\r\n\f\v") == std::string::npos &&
          text.find_first_not_of(" \t\r\n\f\v") != std::string_view::npos) {
        problems.push_back("field \"body\" holds only HTML markup, no text");
      }
    } else {
      *text_field(doc, name) = std::string(text);
    }
  }

  if (!doc.date.empty()) {
    std::string why;
    if (auto iso = DateParser::parse_iso(doc.date, &why)) {
      doc.date = *iso;
    } else {
      problems.push_back("field \"date\": " + in_quotes(doc.date) + " " + why);
    }
  }
  bool body_named = false;
  for (const std::string& problem : problems) {
    body_named = body_named || problem.find("\"body\"") != std::string::npos;
  }
  if (!body_named && doc.body.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    problems.push_back("body is empty");
  }
  if (!problems.empty()) return join(problems);
  return std::nullopt;
}

namespace {

// Splits a stream into lines through a buffer of its own, scanned with memchr: istream::get of
// 64 kB chunks cost a copy more and a stream sentry per call (an eighth of the reading thread's
// time at 1M records). Keeps at most `limit` bytes of a line, so an oversized record is measured,
// not held. in.read() still sets the stream's eof/bad bits, so a read error is seen as before.
class LineSplitter {
 public:
  explicit LineSplitter(std::istream& in) : in_(in), buffer_(1 << 18) {}

  // The next line (without its '\n') into `line`, at most `limit` bytes of it; `length` receives
  // the whole line's length. False at the end of the input.
  bool next(std::string& line, size_t limit, size_t& length) {
    line.clear();
    length = 0;
    bool got = false;
    for (;;) {
      if (pos_ == end_ && !refill()) return got;
      const char* start = buffer_.data() + pos_;
      const char* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
      const size_t n = newline ? static_cast<size_t>(newline - start) : end_ - pos_;
      if (length < limit) line.append(start, std::min(n, limit - length));
      length += n;
      got = true;
      pos_ += n;
      if (newline) {
        ++pos_;
        return true;
      }
    }
  }

 private:
  bool refill() {
    if (!in_.good()) return false;
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    pos_ = 0;
    end_ = static_cast<size_t>(in_.gcount());
    return end_ > 0;
  }

  std::istream& in_;
  std::vector<char> buffer_;
  size_t pos_ = 0, end_ = 0;
};

}  // namespace

void JsonlReader::read(std::istream& in, const std::string& file, RecordSink& sink) {
  std::string line;
  size_t number = 0, length = 0;
  LineSplitter lines(in);
  while (lines.next(line, max_record_bytes_ + 1, length)) {
    ++number;
    if (length > max_record_bytes_) {
      reject_at(sink, file, number,
                "record is " + std::to_string(length) + " bytes; the limit is " + describe_bytes(max_record_bytes_) +
                    " per record");
      continue;
    }
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    Document doc;
    if (auto reason = parse_record(line, doc)) {
      reject_at(sink, file, number, std::move(*reason));
    } else {
      sink.accept(std::move(doc), SourceLocation{file, number});
    }
  }
  if (in.bad()) reject_at(sink, file, number + 1, "read error after this line");
}

}  // namespace siaran::corpus
