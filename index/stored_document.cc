#include "index/stored_document.h"

#include <stdexcept>
#include <string_view>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace siaran::index {
namespace {

using corpus::Document;

// The fields in the order of corpus::Document and of the README's schema table, each *_inferred
// flag after its field. One table drives both directions, so a field cannot be written but not read.
enum class Kind { Text, Flag };
struct Field {
  Kind kind;
  const char* name;
  std::string Document::*text = nullptr;
  bool Document::*flag = nullptr;
};

const Field kFields[] = {
    {Kind::Text, "id", &Document::id},
    {Kind::Text, "title", &Document::title},
    {Kind::Text, "url", &Document::url},
    {Kind::Text, "date", &Document::date},
    {Kind::Flag, "date_inferred", nullptr, &Document::date_inferred},
    {Kind::Text, "unit", &Document::unit},
    {Kind::Flag, "unit_inferred", nullptr, &Document::unit_inferred},
    {Kind::Text, "region", &Document::region},
    {Kind::Text, "topic", &Document::topic},
    {Kind::Flag, "topic_inferred", nullptr, &Document::topic_inferred},
    {Kind::Text, "author", &Document::author},
    {Kind::Text, "body", &Document::body},
    {Kind::Text, "source", &Document::source},
    {Kind::Text, "place", &Document::place},
};

}  // namespace

std::string to_json(const Document& doc) {
  // Sized for the whole record up front: grown by doubling from 256 bytes, a 3 kB release cost
  // four reallocations and copies.
  size_t capacity = 256;
  for (const Field& field : kFields) {
    if (field.kind == Kind::Text) capacity += (doc.*field.text).size() + 16;
  }
  rapidjson::StringBuffer buffer(nullptr, capacity + capacity / 8);
  // UTF-8 is written as is (not \u-escaped), so stored data stays compact and readable; the
  // encoding is validated so a bad byte fails here rather than in every later reader.
  rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                    rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>
      writer(buffer);
  bool ok = writer.StartObject();
  for (const Field& field : kFields) {
    ok = ok && writer.Key(field.name);
    if (field.kind == Kind::Text) {
      const std::string& value = doc.*field.text;
      if (!writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()))) {
        throw std::invalid_argument(std::string("invalid UTF-8 in field \"") + field.name + "\"");
      }
    } else {
      ok = ok && writer.Bool(doc.*field.flag);
    }
  }
  ok = ok && writer.EndObject();
  if (!ok) throw std::runtime_error("cannot write document \"" + doc.id + "\" as JSON");
  return std::string(buffer.GetString(), buffer.GetSize());
}

Document from_json(const std::string& json) {
  rapidjson::Document parsed;
  parsed.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (parsed.HasParseError()) {
    throw std::runtime_error(std::string("stored document is not valid JSON: ") +
                             rapidjson::GetParseError_En(parsed.GetParseError()) + " at byte " +
                             std::to_string(parsed.GetErrorOffset()));
  }
  if (!parsed.IsObject()) throw std::runtime_error("stored document is not a JSON object");

  Document doc;
  // Keys this version does not know are passed over: an index written by a newer Siaran stays
  // readable. Known keys must have their type.
  for (const Field& field : kFields) {
    auto member = parsed.FindMember(field.name);
    if (member == parsed.MemberEnd()) continue;
    const rapidjson::Value& value = member->value;
    if (field.kind == Kind::Text) {
      if (!value.IsString()) {
        throw std::runtime_error(std::string("stored document: \"") + field.name + "\" is not a string");
      }
      (doc.*field.text).assign(value.GetString(), value.GetStringLength());
    } else {
      if (!value.IsBool()) {
        throw std::runtime_error(std::string("stored document: \"") + field.name + "\" is not true or false");
      }
      doc.*field.flag = value.GetBool();
    }
  }
  return doc;
}

}  // namespace siaran::index
