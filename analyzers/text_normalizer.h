// analyzers::TextNormalizer — the Unicode layer of the analyzer.
//
// decode() turns raw bytes into code points that remember where they came from, so tokens can
// point into the ORIGINAL text (Token::surface/offset) while their terms are built from the
// normalised form. fold() gives the normalised form of one token: ICU NFKC with full case folding
// (NFKC_Casefold: "ＫＰＫ" -> "kpk", "ﬁ" -> "fi", soft hyphens and zero-width characters
// dropped), then accents on Latin letters removed ("Pelé" -> "pele") because Indonesian writers
// use them inconsistently in foreign names. Invalid UTF-8 never throws: each ill-formed sequence
// becomes U+FFFD, which no word contains.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace siaran::analyzers {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// One code point of the analysed text and the bytes it was decoded from.
struct CodePoint {
  char32_t value = 0;   // kReplacementCharacter for an ill-formed byte sequence
  uint32_t offset = 0;  // byte offset in the original text
  uint32_t length = 0;  // bytes it covers in the original text (1..4)
};

class TextNormalizer {
 public:
  // Loads ICU's normalisation data; throws std::runtime_error if ICU is broken (never because
  // of the input text).
  TextNormalizer();

  // Every code point of `text`. An ill-formed sequence (a stray continuation byte, a truncated
  // or overlong sequence, a surrogate) becomes one U+FFFD covering its maximal ill-formed
  // subpart, as the Unicode standard recommends. Texts over 4 GiB are not supported.
  static std::vector<CodePoint> decode(std::string_view text);

  // NFKC + full case folding + Latin accent removal, as UTF-8. ASCII takes a fast path.
  std::string fold(std::string_view text) const;

 private:
  std::string fold_unicode(std::string_view text) const;

  const icu::Normalizer2* nfkc_casefold_;
  const icu::Normalizer2* nfd_;
  const icu::Normalizer2* nfc_;
};

}  // namespace siaran::analyzers
