#include "corpus/enricher.h"

#include <cstdint>
#include <cstdio>
#include <string_view>

#include "corpus/date_inference.h"
#include "corpus/date_parser.h"
#include "corpus/topic_classifier.h"
#include "corpus/unit_gazetteer.h"
#include "corpus/utf8.h"

namespace siaran::corpus {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

// The first text field that is not clean UTF-8 (or holds a NUL byte), as a rejection reason.
std::optional<std::string> check_text_fields(const Document& doc) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"id", &doc.id},         {"title", &doc.title},   {"url", &doc.url},
      {"date", &doc.date},     {"unit", &doc.unit},     {"region", &doc.region},
      {"topic", &doc.topic},   {"author", &doc.author}, {"body", &doc.body},
      {"source", &doc.source}, {"place", &doc.place},
  };
  for (const auto& [name, value] : fields) {
    if (auto at = find_invalid_utf8(*value))
      return "invalid UTF-8 in field \"" + std::string(name) + "\" at byte " + std::to_string(*at);
    if (auto at = find_nul(*value))
      return "NUL byte in field \"" + std::string(name) + "\" at byte " + std::to_string(*at);
  }
  return std::nullopt;
}

}  // namespace

struct Enricher::Impl {
  explicit Impl(const EnricherOptions& options)
      : dates(DateInferenceOptions{options.date_reference_year}) {}
  DateInference dates;
  UnitGazetteer units;
  TopicClassifier topics;
};

Enricher::Enricher() : Enricher(EnricherOptions{}) {}
Enricher::Enricher(EnricherOptions options) : impl_(std::make_unique<Impl>(options)) {}
Enricher::~Enricher() = default;

const DateInference& Enricher::date_inference() const { return impl_->dates; }
const UnitGazetteer& Enricher::unit_gazetteer() const { return impl_->units; }
const TopicClassifier& Enricher::topic_classifier() const { return impl_->topics; }

std::string Enricher::derive_id(const Document& doc) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a, 64 bit
  auto feed = [&hash](std::string_view s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 0x100000001b3ULL;
    }
  };
  const std::string_view sep = "\x1f";
  feed(doc.source);
  feed(sep);
  feed(doc.title);
  feed(sep);
  feed(doc.date);
  feed(sep);
  feed(doc.url);
  if (blank(doc.title)) {
    feed(sep);
    feed(doc.body);
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "h-%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

std::optional<std::string> Enricher::enrich(Document& doc) const {
  const bool no_title = blank(doc.title), no_body = blank(doc.body);
  if (no_title && no_body) return "empty title and body";
  if (no_body) return "empty body";
  if (auto bad = check_text_fields(doc)) return bad;

  std::string stated_date;
  if (!blank(doc.date)) {
    std::string why;
    auto iso = DateParser::parse_iso(doc.date, &why);
    if (!iso) return "date \"" + doc.date + "\" " + why;
    stated_date = *iso;
  }
  // All checks passed: from here on the record is only filled in.
  doc.date = stated_date;
  if (blank(doc.id)) doc.id = derive_id(doc);

  if (doc.date.empty()) {
    if (auto inferred = impl_->dates.infer(doc.title, doc.body)) {
      doc.date = inferred->date;
      doc.date_inferred = true;
    }
  }

  if (blank(doc.unit)) {
    if (auto issuer = impl_->units.find_issuer(doc.title, doc.body, doc.place)) {
      doc.unit = issuer->unit;
      doc.unit_inferred = true;
      if (blank(doc.region)) doc.region = issuer->region;
    }
  } else if (blank(doc.region)) {
    if (auto stated = impl_->units.lookup(doc.unit)) doc.region = stated->region;
  }
  if (blank(doc.region) && !blank(doc.place)) {
    if (auto province = impl_->units.province_of(doc.place)) doc.region = *province;
  }

  if (blank(doc.topic)) {
    doc.topic = impl_->topics.classify(doc.title, doc.body).topic;
    doc.topic_inferred = true;
  }
  return std::nullopt;
}

}  // namespace siaran::corpus
