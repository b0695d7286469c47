#include "index/document_builder.h"

#include <algorithm>
#include <cstdint>

#include "index/schema.h"
#include "index/stored_document.h"

namespace siaran::index {
namespace {

using analyzers::Token;

std::string str(std::string_view s) { return std::string(s); }

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A spelling suggestion is a word; numbers, codes with digits, stopwords (never worth correcting
// to) and one-letter tokens are not. Very long tokens are not words either.
bool is_spelling_word(const Token& token) {
  return !token.stopword && token.kind != analyzers::TokenKind::Number && token.exact.size() >= 2 &&
         token.exact.size() <= 64 && !has_digit(token.exact);
}

// Adds one text's tokens under `prefix`: the exact form with its position (base + token
// position), and "Z" + prefix + stem without one, both with `wdf` per occurrence. Stopwords keep
// their exact term and position only. Returns the last position used (base when no tokens).
unsigned add_text(Xapian::Document& doc, const std::vector<Token>& tokens, std::string_view prefix,
                  unsigned base, unsigned wdf) {
  const std::string exact_prefix = str(prefix);
  const std::string stem_prefix = str(schema::kStemPrefix) + exact_prefix;
  unsigned last = base;
  for (const Token& token : tokens) {
    if (token.exact.empty()) continue;
    last = base + token.position;
    doc.add_posting(exact_prefix + token.exact, last, wdf);
    if (!token.stopword && !token.stem.empty()) doc.add_term(stem_prefix + token.stem, wdf);
  }
  return last;
}

// "2022-11-05" or "2022-11-05T09:30:00" -> "20221105"; "" when `date` is empty.
std::string day_of(const std::string& date) {
  if (date.empty()) return "";
  auto digits = [&](size_t from, size_t count) {
    for (size_t i = from; i < from + count; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
    }
    return true;
  };
  bool iso = date.size() >= 10 && digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' &&
             digits(8, 2) && (date.size() == 10 || date[10] == 'T');
  if (!iso) throw RejectedDocument("date \"" + date + "\" is not ISO 8601 (YYYY-MM-DD)");
  return date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
}

// Facet filter term and value; nothing for an empty field.
void add_facet(Xapian::Document& doc, std::string_view filter_prefix, unsigned slot, const std::string& value) {
  if (value.empty()) return;
  const std::string key = schema::facet_key(value);
  if (!key.empty()) doc.add_boolean_term(str(filter_prefix) + key);
  doc.add_value(slot, value);
}

// FNV-1a, 64 bits: stable across runs, platforms and compilers (std::hash is none of these).
class Fnv1a {
 public:
  void add(std::string_view bytes) {
    // The length first, so ("ab", "c") and ("a", "bc") differ.
    const uint64_t size = bytes.size();
    for (int i = 0; i < 8; ++i) byte(static_cast<unsigned char>(size >> (8 * i)));
    for (unsigned char c : bytes) byte(c);
  }
  void add(bool flag) { byte(flag ? 1 : 0); }
  std::string hex() const {
    static const char digits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 0; i < 16; ++i) out[15 - i] = digits[(hash_ >> (4 * i)) & 0xF];
    return out;
  }

 private:
  void byte(unsigned char c) {
    hash_ ^= c;
    hash_ *= 0x100000001b3ULL;
  }
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace

DocumentBuilder::DocumentBuilder(const analyzers::Analyzer& analyzer) : analyzer_(analyzer) {}

PreparedRecord prepare_record(const corpus::Document& doc) {
  if (doc.id.empty()) throw RejectedDocument("empty id");
  if (doc.id.size() > kMaxIdBytes) {
    throw RejectedDocument("id is " + std::to_string(doc.id.size()) + " bytes long (at most " +
                           std::to_string(kMaxIdBytes) + ")");
  }
  PreparedRecord prepared;
  prepared.id_term = str(schema::kId) + doc.id;
  prepared.day = day_of(doc.date);
  try {
    prepared.data = to_json(doc);
  } catch (const std::invalid_argument& e) {
    throw RejectedDocument(e.what());
  }
  prepared.content_hash = content_hash(doc);
  return prepared;
}

BuiltDocument DocumentBuilder::build(const corpus::Document& doc) const { return build(doc, prepare_record(doc)); }

BuiltDocument DocumentBuilder::build(const corpus::Document& doc, PreparedRecord prepared) const {
  const std::string& day = prepared.day;
  BuiltDocument built;
  Xapian::Document& x = built.xapian;
  x.set_data(std::move(prepared.data));

  // Free text. The title counts kTitleWdf times in the shared space and once under its prefix.
  const std::vector<Token> title = analyzer_.analyze(doc.title);
  const std::vector<Token> body = analyzer_.analyze(doc.body);
  const unsigned title_end = add_text(x, title, "", 0, schema::kTitleWdf);
  add_text(x, title, schema::kTitle, 0, 1);
  add_text(x, body, "", title.empty() ? 0 : title_end + schema::kTitleBodyGap, 1);
  phrases_.add_terms(x, title);  // each text on its own: no phrase runs from title into body
  phrases_.add_terms(x, body);
  add_text(x, analyzer_.analyze(doc.unit), schema::kUnitText, 0, 1);
  add_text(x, analyzer_.analyze(doc.topic), schema::kTopicText, 0, 1);

  // Filters and values.
  built.id_term = std::move(prepared.id_term);
  x.add_boolean_term(built.id_term);
  add_facet(x, schema::kUnitFilter, schema::kUnitSlot, doc.unit);
  add_facet(x, schema::kTopicFilter, schema::kTopicSlot, doc.topic);
  add_facet(x, schema::kRegionFilter, schema::kRegionSlot, doc.region);
  if (!day.empty()) {
    x.add_boolean_term(str(schema::kYear) + day.substr(0, 4));
    x.add_boolean_term(str(schema::kMonth) + day.substr(0, 6));
    x.add_boolean_term(str(schema::kDay) + day);
    x.add_value(schema::kDateSlot, day);
    x.add_value(schema::kYearSlot, day.substr(0, 4));
    x.add_value(schema::kMonthSlot, day.substr(0, 4) + "-" + day.substr(4, 2));
  }
  built.content_hash = std::move(prepared.content_hash);
  x.add_value(schema::kHashSlot, built.content_hash);

  for (const std::vector<Token>* tokens : {&title, &body}) {
    for (const Token& token : *tokens) {
      if (is_spelling_word(token)) built.spelling_words.push_back(token.exact);
    }
  }
  return built;
}

std::vector<std::string> DocumentBuilder::spelling_words(const corpus::Document& doc) const {
  std::vector<std::string> words;
  for (const std::string* text : {&doc.title, &doc.body}) {
    for (const Token& token : analyzer_.analyze(*text)) {
      if (is_spelling_word(token)) words.push_back(token.exact);
    }
  }
  return words;
}

std::string content_hash(const corpus::Document& doc) {
  Fnv1a h;
  for (const std::string* field : {&doc.id, &doc.title, &doc.url, &doc.date, &doc.unit, &doc.region,
                                   &doc.topic, &doc.author, &doc.body, &doc.source, &doc.place}) {
    h.add(*field);
  }
  h.add(doc.date_inferred);
  h.add(doc.unit_inferred);
  h.add(doc.topic_inferred);
  return h.hex();
}

}  // namespace siaran::index
