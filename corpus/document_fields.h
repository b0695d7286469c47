// The fields of corpus::Document by name, for the readers that map named source data onto a
// Document: JSONL keys, CSV column mappings (--map title=judul) and release-text front matter
// all use exactly these names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/document.h"

namespace siaran::corpus {

enum class FieldType { Text, Flag };

struct DocumentField {
  std::string_view name;  // e.g. "title", "date_inferred"
  FieldType type;
};

// Every field in declaration order: id, title, url, date, date_inferred, unit, ...
const std::vector<DocumentField>& document_fields();

// The field called `name` (exact, lower case), nullptr when there is none.
const DocumentField* find_document_field(std::string_view name);

// The storage of a field of `doc`; nullptr when `name` is not a field of that type.
std::string* text_field(Document& doc, std::string_view name);
bool* flag_field(Document& doc, std::string_view name);

// "id, title, url, ..." for error messages that list what is allowed.
std::string document_field_list();

// The field name closest to a misspelt `name` (at most two edits away), for "did you mean"
// hints: "titel" -> "title". std::nullopt when nothing is close.
std::optional<std::string_view> closest_document_field(std::string_view name);

// Reads a flag as written in CSV or front matter: true/false, yes/no, ya/tidak, 1/0 (any case).
// Empty means false. std::nullopt when the text is none of those.
std::optional<bool> parse_flag(std::string_view text);

}  // namespace siaran::corpus
