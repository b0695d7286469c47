// index::schema — how a corpus::Document is laid out in Xapian. The one contract between the
// indexer (index/document_builder.h) and the search side (search/): change it here, rebuild the
// index, and both follow.
//
// Free-text terms (from analyzers::Analyzer):
//   body + title   exact form, unprefixed, with positions (phrases); title wdf is kTitleWdf
//                  "Z" + stem, without positions (Xapian's own convention, so MSet::snippet
//                  recognises stemmed matches)
//                  Stopwords get their exact term and position (phrases stay exact, and a query
//                  of nothing but stopwords still finds something) but no stem term.
//   title          "S" + exact (positions), "ZS" + stem  -> the `title:` field
//   unit name      "U" + exact (positions), "ZU" + stem  -> the `unit:` field
//   topic name     "T" + exact (positions), "ZT" + stem  -> the `topic:` field
// Phrase terms (index/phrase_terms.h): "K" + the exact forms of a multi-word name joined by one
//   space ("Kwarga binaan"), boolean, in every document whose title or body holds the name as a
//   phrase; the names are the synonym table's multi-word entries when the generation was built,
//   recorded in kMetaPhraseTerms. The query side filters such a phrase by its term.
// Boolean filter terms (never weighted):
//   "Q" + id                     unique id (update/delete key)
//   "XU" + facet_key(unit)       unit filter        "XT" + facet_key(topic)  topic filter
//   "XR" + facet_key(region)     region filter
//   "Y" + YYYY, "M" + YYYYMM, "D" + YYYYMMDD   date filters
// Values: see Slot. Document data: the JSON of the whole corpus::Document (index/stored_document.h).
// Spelling table (Database::get_spelling_suggestion): the exact forms of title and body words,
// once per occurrence; not numbers, words with digits, or stopwords.
// Synonym table (Database::synonyms_begin, written by index/synonym_store.h from
// analyzers/data/synonyms.txt or a staff file): keys and synonyms are EXACT forms, a multi-word
// entry its words' exact forms joined by one space ("lembaga pemasyarakatan"), never "Z" stems
// and never field-prefixed. Exact, because the entries are fixed names and acronyms: keyed by
// stem, "binaan" (stem bina) would pull "pembinaan" and "membina" into `wbp`. Exact forms are
// already case folded, clitic-stripped and reduplication-collapsed, so "Lapasnya" and
// "lembaga-lembaga pemasyarakatan" still meet their keys. The query parser adds the field prefix.
#pragma once

#include <string>
#include <string_view>

namespace siaran::index::schema {

inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kTitle = "S";
inline constexpr std::string_view kUnitText = "U";
inline constexpr std::string_view kTopicText = "T";
inline constexpr std::string_view kPhrase = "K";
inline constexpr std::string_view kId = "Q";
inline constexpr std::string_view kUnitFilter = "XU";
inline constexpr std::string_view kTopicFilter = "XT";
inline constexpr std::string_view kRegionFilter = "XR";
inline constexpr std::string_view kYear = "Y";
inline constexpr std::string_view kMonth = "M";
inline constexpr std::string_view kDay = "D";

inline constexpr unsigned kTitleWdf = 3;  // a title word counts as three body words

// Positions: the title's words are 1..n, the body's start kTitleBodyGap after the title's last,
// so no phrase matches across the end of the title into the body.
inline constexpr unsigned kTitleBodyGap = 100;

enum Slot : unsigned {
  kDateSlot = 0,     // "YYYYMMDD" (sortable as a string; "" when the date is unknown)
  kYearSlot = 1,     // "YYYY"      (facet)
  kMonthSlot = 2,    // "YYYY-MM"   (facet)
  kUnitSlot = 3,     // unit as displayed (facet)
  kTopicSlot = 4,    // topic as displayed (facet)
  kRegionSlot = 5,   // region as displayed (facet)
  kHashSlot = 6,     // content hash: `update` skips a document whose hash is unchanged
};

// Database metadata keys.
inline constexpr std::string_view kMetaSchemaVersion = "siaran:schema";
inline constexpr std::string_view kMetaStemmer = "siaran:stemmer";   // analyzers::StemmerKind name
inline constexpr std::string_view kMetaBuiltAt = "siaran:built_at";  // ISO 8601 UTC
inline constexpr std::string_view kMetaUpdatedAt = "siaran:updated_at";  // last update/delete, ISO 8601 UTC
// The synonym table's origin (index/synonym_store.h): "shipped", a file path or "none"; the file's
// declared version; a fingerprint of its normalised content; its number of groups.
inline constexpr std::string_view kMetaSynonymsSource = "siaran:synonyms_source";
inline constexpr std::string_view kMetaSynonymsVersion = "siaran:synonyms_version";
inline constexpr std::string_view kMetaSynonymsFingerprint = "siaran:synonyms_fingerprint";
inline constexpr std::string_view kMetaSynonymsGroups = "siaran:synonyms_groups";
// The phrases indexed as phrase terms (index/phrase_terms.h), one per line; absent: none.
inline constexpr std::string_view kMetaPhraseTerms = "siaran:phrase_terms";
inline constexpr std::string_view kSchemaVersion = "1";

// The filter-term key of a facet value: case folded, spaces kept as '_'. "Lapas Kelas IIA
// Cibinong" -> "lapas_kelas_iia_cibinong". Same function at index and query time.
std::string facet_key(std::string_view value);

}  // namespace siaran::index::schema
