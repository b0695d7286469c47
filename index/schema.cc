#include "index/schema.h"

#include "analyzers/text_normalizer.h"

namespace siaran::index::schema {
namespace {

// Xapian refuses terms over 245 bytes; a filter prefix is at most two bytes. Facet values are
// names, so a cut this long only ever affects garbage, and it is the same at query time.
constexpr size_t kMaxFacetKeyBytes = 200;

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string facet_key(std::string_view value) {
  // NFKC + case folding, as the analyzer folds words: "LAPAS", "Lapas" and "ｌａｐａｓ" agree,
  // and a no-break space becomes a plain one.
  static const analyzers::TextNormalizer normalizer;
  const std::string folded = normalizer.fold(value);

  std::string key;
  key.reserve(folded.size());
  bool pending_space = false;
  for (unsigned char c : folded) {
    if (is_space(c)) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key.push_back('_');
    pending_space = false;
    key.push_back(static_cast<char>(c));
  }
  if (key.size() > kMaxFacetKeyBytes) {
    size_t cut = kMaxFacetKeyBytes;
    while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    key.resize(cut);
  }
  return key;
}

}  // namespace siaran::index::schema
