#include "analyzers/text_normalizer.h"

#include <gtest/gtest.h>

namespace siaran::analyzers {
namespace {

TEST(TextNormalizer, FoldsAsciiCase) {
  TextNormalizer n;
  EXPECT_EQ(n.fold("Ditjenpas KPK"), "ditjenpas kpk");
}

TEST(TextNormalizer, FullWidthFormsBecomeAscii) {
  TextNormalizer n;
  EXPECT_EQ(n.fold("ＫＰＫ"), "kpk");
  EXPECT_EQ(n.fold("Ｌａｐａｓ"), "lapas");
  EXPECT_EQ(n.fold("５，１２％"), "5,12%");
}

TEST(TextNormalizer, CompatibilityCharactersAndFullCaseFolding) {
  TextNormalizer n;
  EXPECT_EQ(n.fold("ﬁnal"), "final");      // ligature
  EXPECT_EQ(n.fold("STRASSE"), n.fold("Straße"));  // full folding: ß -> ss
  EXPECT_EQ(n.fold("ΣΊΣΥΦΟΣ"), n.fold("σίσυφος"));
}

TEST(TextNormalizer, LatinAccentsAreRemovedOtherMarksKept) {
  TextNormalizer n;
  EXPECT_EQ(n.fold("Pelé"), "pele");
  EXPECT_EQ(n.fold("Pele\u0301"), "pele");  // decomposed input
  EXPECT_EQ(n.fold("İstanbul"), "istanbul");  // dotted capital I: no stray combining dot
  EXPECT_EQ(n.fold("हिंदी"), "हिंदी");         // Devanagari signs are spelling
}

TEST(TextNormalizer, DropsIgnorableCharacters) {
  TextNormalizer n;
  EXPECT_EQ(n.fold("peme\u00ADrintah"), "pemerintah");  // soft hyphen
  EXPECT_EQ(n.fold("ka\u200Bta"), "kata");               // zero-width space
}

TEST(TextNormalizer, InvalidUtf8BecomesReplacementCharacterNeverThrows) {
  TextNormalizer n;
  EXPECT_EQ(n.fold("ab\xFF" "cd"), "ab\uFFFD" "cd");
  EXPECT_NO_THROW(n.fold("\xC3"));
  EXPECT_NO_THROW(n.fold("\xED\xA0\x80"));  // an encoded surrogate
}

TEST(TextNormalizer, DecodeKeepsByteOffsets) {
  auto cps = TextNormalizer::decode("aé\xFFz");
  ASSERT_EQ(cps.size(), 4u);
  EXPECT_EQ(cps[0].value, U'a');
  EXPECT_EQ(cps[1].value, U'é');
  EXPECT_EQ(cps[1].offset, 1u);
  EXPECT_EQ(cps[1].length, 2u);
  EXPECT_EQ(cps[2].value, kReplacementCharacter);
  EXPECT_EQ(cps[2].offset, 3u);
  EXPECT_EQ(cps[2].length, 1u);
  EXPECT_EQ(cps[3].value, U'z');
  EXPECT_EQ(cps[3].offset, 4u);
}

TEST(TextNormalizer, DecodeTruncatedSequenceAtEnd) {
  auto cps = TextNormalizer::decode("ab\xE2\x82");  // first two bytes of "€"
  ASSERT_EQ(cps.size(), 3u);
  EXPECT_EQ(cps[2].value, kReplacementCharacter);
  EXPECT_EQ(cps[2].offset + cps[2].length, 4u);
}

}  // namespace
}  // namespace siaran::analyzers
