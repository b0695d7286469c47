#include "corpus/document_fields.h"

#include <algorithm>
#include <cctype>

namespace siaran::corpus {
namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      const size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

const std::vector<DocumentField>& document_fields() {
  static const std::vector<DocumentField> fields = {
      {"id", FieldType::Text},
      {"title", FieldType::Text},
      {"url", FieldType::Text},
      {"date", FieldType::Text},
      {"date_inferred", FieldType::Flag},
      {"unit", FieldType::Text},
      {"unit_inferred", FieldType::Flag},
      {"region", FieldType::Text},
      {"topic", FieldType::Text},
      {"topic_inferred", FieldType::Flag},
      {"author", FieldType::Text},
      {"body", FieldType::Text},
      {"source", FieldType::Text},
      {"place", FieldType::Text},
  };
  return fields;
}

const DocumentField* find_document_field(std::string_view name) {
  for (const DocumentField& field : document_fields()) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

std::string* text_field(Document& doc, std::string_view name) {
  if (name == "id") return &doc.id;
  if (name == "title") return &doc.title;
  if (name == "url") return &doc.url;
  if (name == "date") return &doc.date;
  if (name == "unit") return &doc.unit;
  if (name == "region") return &doc.region;
  if (name == "topic") return &doc.topic;
  if (name == "author") return &doc.author;
  if (name == "body") return &doc.body;
  if (name == "source") return &doc.source;
  if (name == "place") return &doc.place;
  return nullptr;
}

bool* flag_field(Document& doc, std::string_view name) {
  if (name == "date_inferred") return &doc.date_inferred;
  if (name == "unit_inferred") return &doc.unit_inferred;
  if (name == "topic_inferred") return &doc.topic_inferred;
  return nullptr;
}

std::string document_field_list() {
  std::string out;
  for (const DocumentField& field : document_fields()) {
    if (!out.empty()) out += ", ";
    out += field.name;
  }
  return out;
}

std::optional<std::string_view> closest_document_field(std::string_view name) {
  const std::string wanted = lower(name);
  std::optional<std::string_view> best;
  size_t best_distance = 3;  // more than two edits is a different word, not a typo
  for (const DocumentField& field : document_fields()) {
    const size_t distance = edit_distance(wanted, field.name);
    if (distance < best_distance) best = field.name, best_distance = distance;
  }
  return best;
}

std::optional<bool> parse_flag(std::string_view text) {
  const std::string value = lower(text);
  if (value.empty() || value == "false" || value == "no" || value == "tidak" || value == "0") {
    return false;
  }
  if (value == "true" || value == "yes" || value == "ya" || value == "1") return true;
  return std::nullopt;
}

}  // namespace siaran::corpus
