#include "analyzers/number_format.h"

#include <gtest/gtest.h>

namespace siaran::analyzers {
namespace {

TEST(NumberFormat, RecognisesNumbers) {
  EXPECT_TRUE(is_number("2022"));
  EXPECT_TRUE(is_number("5,12"));
  EXPECT_TRUE(is_number("1.000.000"));
  EXPECT_FALSE(is_number("5,"));
  EXPECT_FALSE(is_number(",5"));
  EXPECT_FALSE(is_number("5,,1"));
  EXPECT_FALSE(is_number("g20"));
  EXPECT_FALSE(is_number(""));
}

TEST(NumberFormat, ThousandsDotsAreDropped) {
  EXPECT_EQ(canonical_number("1.000.000"), "1000000");
  EXPECT_EQ(canonical_number("10.000"), "10000");
  EXPECT_EQ(canonical_number("1.500,75"), "1500,75");
}

TEST(NumberFormat, EverythingElseIsKept) {
  EXPECT_EQ(canonical_number("5,12"), "5,12");
  EXPECT_EQ(canonical_number("2.5"), "2.5");
  EXPECT_EQ(canonical_number("13.12.2022"), "13.12.2022");
  EXPECT_EQ(canonical_number("1234.000"), "1234.000");
  EXPECT_EQ(canonical_number("1.00"), "1.00");
  EXPECT_EQ(canonical_number("abc"), "abc");
}

}  // namespace
}  // namespace siaran::analyzers
