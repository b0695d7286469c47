#include "web/i18n.h"

#include <gtest/gtest.h>

namespace siaran::web {
namespace {

TEST(I18n, EveryStringExistsInBothLanguages) {
  for (int i = 0; i < static_cast<int>(Text::kCount); ++i) {
    const auto text = static_cast<Text>(i);
    EXPECT_FALSE(tr(text, Lang::Id).empty()) << i;
    EXPECT_FALSE(tr(text, Lang::En).empty()) << i;
  }
}

TEST(I18n, IndonesianByDefaultEnglishWithEn) {
  EXPECT_EQ(parse_lang(""), Lang::Id);
  EXPECT_EQ(parse_lang("id"), Lang::Id);
  EXPECT_EQ(parse_lang("fr"), Lang::Id);
  EXPECT_EQ(parse_lang("en"), Lang::En);
  EXPECT_EQ(parse_lang("EN"), Lang::En);
  EXPECT_EQ(parse_lang("english"), Lang::Id);
  EXPECT_EQ(tr(Text::SearchButton, Lang::Id), "Cari");
  EXPECT_EQ(tr(Text::SearchButton, Lang::En), "Search");
  EXPECT_EQ(lang_code(Lang::En), "en");
}

TEST(I18n, FormatFillsPlaceholdersInOrder) {
  EXPECT_EQ(format("{} dari {}", {"1", "3"}), "1 dari 3");
  EXPECT_EQ(format("{} and {}", {"only"}), "only and {}");
  EXPECT_EQ(format("no placeholder", {"x"}), "no placeholder");
  EXPECT_EQ(format("{}", {"{}"}), "{}");  // an argument is not re-expanded
}

TEST(I18n, CountsUseTheLocaleSeparator) {
  EXPECT_EQ(format_count(0, Lang::Id), "0");
  EXPECT_EQ(format_count(999, Lang::Id), "999");
  EXPECT_EQ(format_count(1380, Lang::Id), "1.380");
  EXPECT_EQ(format_count(1234567, Lang::En), "1,234,567");
}

TEST(I18n, DatesInWords) {
  EXPECT_EQ(format_date("2022-11-05", Lang::Id), "5 November 2022");
  EXPECT_EQ(format_date("2023-08-17", Lang::Id), "17 Agustus 2023");
  EXPECT_EQ(format_date("2023-08-17", Lang::En), "17 August 2023");
  EXPECT_EQ(format_date("2022-03-24T09:30:00", Lang::Id), "24 Maret 2022, 09.30");
  EXPECT_EQ(format_date("2022-03-24T09:30:00", Lang::En), "24 March 2022, 09:30");
  EXPECT_EQ(format_date("2022-05", Lang::Id), "Mei 2022");
  EXPECT_EQ(format_date("2022", Lang::En), "2022");
}

TEST(I18n, OddDatesAreShownAsGiven) {
  EXPECT_EQ(format_date("2022-13-01", Lang::Id), "2022-13-01");
  EXPECT_EQ(format_date("kemarin", Lang::Id), "kemarin");
  EXPECT_EQ(format_date("", Lang::Id), "");
  EXPECT_EQ(format_date("2022-11-00", Lang::Id), "2022-11-00");
  EXPECT_EQ(month_name(0, Lang::Id), "");
  EXPECT_EQ(month_name(12, Lang::Id), "Desember");
}

}  // namespace
}  // namespace siaran::web
