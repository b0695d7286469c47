#include "analyzers/stemmer.h"

#include <new>
#include <stdexcept>

#include <libstemmer.h>

#include "analyzers/lexicon_stemmer.h"

namespace siaran::analyzers {

StemmerKind parse_stemmer_kind(std::string_view name) {
  if (name == "snowball") return StemmerKind::Snowball;
  if (name == "none") return StemmerKind::None;
  if (name == "lexicon") return StemmerKind::Lexicon;
  throw std::invalid_argument("unknown stemmer \"" + std::string(name) +
                              "\" (expected \"snowball\", \"lexicon\" or \"none\")");
}

const char* to_string(StemmerKind kind) {
  switch (kind) {
    case StemmerKind::Snowball: return "snowball";
    case StemmerKind::None: return "none";
    case StemmerKind::Lexicon: return "lexicon";
  }
  return "unknown";
}

SnowballStemmer::SnowballStemmer() : stemmer_(sb_stemmer_new("indonesian", "UTF_8")) {
  if (!stemmer_) throw std::runtime_error("libstemmer has no \"indonesian\" algorithm for UTF_8");
}

SnowballStemmer::~SnowballStemmer() { sb_stemmer_delete(stemmer_); }

std::string SnowballStemmer::stem(std::string_view word) {
  const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (!out) throw std::bad_alloc();  // libstemmer's only failure mode
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

std::unique_ptr<Stemmer> make_stemmer(StemmerKind kind) {
  switch (kind) {
    case StemmerKind::Snowball: return std::make_unique<SnowballStemmer>();
    case StemmerKind::None: return std::make_unique<NoStemmer>();
    case StemmerKind::Lexicon: return std::make_unique<LexiconStemmer>();
  }
  throw std::invalid_argument("unknown StemmerKind");
}

CachedStemmer::CachedStemmer(std::unique_ptr<Stemmer> inner, size_t capacity)
    : inner_(std::move(inner)), capacity_(capacity == 0 ? 1 : capacity) {}

std::string CachedStemmer::stem(std::string_view word) {
  if (auto it = cache_.find(word); it != cache_.end()) return it->second;
  std::string result = inner_->stem(word);
  if (cache_.size() >= capacity_) cache_.clear();
  cache_.emplace(std::string(word), result);
  return result;
}

}  // namespace siaran::analyzers
