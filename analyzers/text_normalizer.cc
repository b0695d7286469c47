#include "analyzers/text_normalizer.h"

#include <stdexcept>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace siaran::analyzers {

TextNormalizer::TextNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  nfd_ = icu::Normalizer2::getNFDInstance(status);
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU normalisation data unavailable: ") + u_errorName(status));
  }
}

std::vector<CodePoint> TextNormalizer::decode(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);  // advances past the maximal ill-formed subpart on error
    out.push_back({c < 0 ? kReplacementCharacter : static_cast<char32_t>(c),
                   static_cast<uint32_t>(start), static_cast<uint32_t>(i - start)});
  }
  return out;
}

std::string TextNormalizer::fold(std::string_view text) const {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return fold_unicode(text);
  }
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string TextNormalizer::fold_unicode(std::string_view text) const {
  // fromUTF8 replaces ill-formed sequences with U+FFFD.
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_casefold_->normalize(s, status);
  if (U_FAILURE(status)) folded = s;  // cannot happen for valid UTF-16; keep the text rather than lose it

  // Remove combining marks that sit on a Latin letter: decompose, drop, recompose. Marks on other
  // scripts (Devanagari vowel signs, Arabic harakat) are part of the spelling and stay.
  status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfd_->normalize(folded, status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString kept;
    bool dropped = false;
    UScriptCode base_script = USCRIPT_COMMON;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
      UChar32 c = decomposed.char32At(i);
      if (u_charType(c) == U_NON_SPACING_MARK) {
        if (base_script == USCRIPT_LATIN) {
          dropped = true;
          continue;
        }
      } else {
        UErrorCode script_status = U_ZERO_ERROR;
        base_script = uscript_getScript(c, &script_status);
      }
      kept.append(c);
    }
    if (dropped) {
      status = U_ZERO_ERROR;
      icu::UnicodeString composed = nfc_->normalize(kept, status);
      if (U_SUCCESS(status)) folded = composed;
    }
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace siaran::analyzers
