#include "index/schema.h"

#include <gtest/gtest.h>

namespace siaran::index::schema {
namespace {

TEST(FacetKey, FoldsCaseAndJoinsWordsWithUnderscores) {
  EXPECT_EQ(facet_key("Lapas Kelas IIA Cibinong"), "lapas_kelas_iia_cibinong");
  EXPECT_EQ(facet_key("Remisi & Integrasi"), "remisi_&_integrasi");
}

TEST(FacetKey, SpellingsOfOneNameAgree) {
  const std::string key = facet_key("Rutan Kelas I Depok");
  EXPECT_EQ(facet_key("RUTAN KELAS I DEPOK"), key);
  EXPECT_EQ(facet_key("  Rutan   Kelas\tI Depok \n"), key);
  EXPECT_EQ(facet_key("Rutan\u00A0Kelas I Depok"), key);           // no-break space
  EXPECT_EQ(facet_key("\uFF32utan Kelas I Depok"), key);            // fullwidth R
}

TEST(FacetKey, NonAsciiIsFoldedNotDropped) {
  EXPECT_EQ(facet_key("ÇAĞRI"), facet_key("çağri"));
  EXPECT_FALSE(facet_key("Ελλάδα").empty());
}

TEST(FacetKey, EmptyAndBlankGiveEmpty) {
  EXPECT_EQ(facet_key(""), "");
  EXPECT_EQ(facet_key(" \t "), "");
}

TEST(FacetKey, StaysShortEnoughForAXapianTermOnACharacterBoundary) {
  std::string long_name;
  for (int i = 0; i < 150; ++i) long_name += "ж";  // two bytes each
  const std::string key = facet_key(long_name);
  EXPECT_LE(key.size(), 200u);
  EXPECT_GE(key.size(), 190u);
  EXPECT_EQ(key.size() % 2, 0u) << "cut inside a character";
  EXPECT_EQ(key, facet_key(long_name + "x"));
}

}  // namespace
}  // namespace siaran::index::schema
