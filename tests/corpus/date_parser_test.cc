#include "corpus/date_parser.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace siaran::corpus {
namespace {

struct DateCase {
  const char* text;
  const char* iso;  // nullptr: must not parse
};

class DateParserTable : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateParserTable, ParsesOrRefuses) {
  const DateCase& c = GetParam();
  const auto parsed = DateParser::parse(c.text);
  if (c.iso) {
    ASSERT_TRUE(parsed.has_value()) << c.text;
    EXPECT_EQ(*parsed, c.iso) << c.text;
  } else {
    EXPECT_FALSE(parsed.has_value()) << c.text << " gave " << parsed.value_or("");
  }
}

INSTANTIATE_TEST_SUITE_P(SharedDataStyles, DateParserTable,
                         ::testing::Values(DateCase{"27 Maret 2019", "2019-03-27"},
                                           DateCase{"Oktober 07, 2019", "2019-10-07"},
                                           DateCase{"10-Sep-19", "2019-09-10"},
                                           DateCase{"2019-09-11", "2019-09-11"},
                                           DateCase{"2023-05-02T09:30:00", "2023-05-02T09:30:00"},
                                           DateCase{"2023-05-02T09:30", "2023-05-02T09:30:00"},
                                           DateCase{"31 Juli 2019", "2019-07-31"},
                                           DateCase{"05 Juli 2019", "2019-07-05"}));

INSTANTIATE_TEST_SUITE_P(
    MonthNames, DateParserTable,
    ::testing::Values(
        DateCase{"1 Januari 2020", "2020-01-01"}, DateCase{"3 Feb 2021", "2021-02-03"},
        DateCase{"3 Pebruari 2021", "2021-02-03"}, DateCase{"9 Mei 2022", "2022-05-09"},
        DateCase{"9 May 2022", "2022-05-09"}, DateCase{"17 Agustus 1945", "1945-08-17"},
        DateCase{"17 Aug 1945", "1945-08-17"}, DateCase{"17 Agt 1945", "1945-08-17"},
        DateCase{"1 Okt 2019", "2019-10-01"}, DateCase{"1 Oct 2019", "2019-10-01"},
        DateCase{"10 Nop 2019", "2019-11-10"}, DateCase{"25 Des 2019", "2019-12-25"},
        DateCase{"25 Dec 2019", "2019-12-25"}, DateCase{"25 DESEMBER 2019", "2019-12-25"},
        DateCase{"December 25, 2019", "2019-12-25"}, DateCase{"Sept. 2, 2019", "2019-09-02"},
        DateCase{"2 Sep. 2019", "2019-09-02"}, DateCase{"30 Juni 2019", "2019-06-30"}));

INSTANTIATE_TEST_SUITE_P(
    WeekdaysTimesAndNumbers, DateParserTable,
    ::testing::Values(DateCase{"Selasa, 13 Desember 2022", "2022-12-13"},
                      DateCase{"Jum'at 7 Juni 2019", "2019-06-07"},
                      DateCase{"Monday, October 7, 2019", "2019-10-07"},
                      DateCase{"13 Desember 2022 09:30", "2022-12-13T09:30:00"},
                      DateCase{"13 Desember 2022, pukul 9.30 WIB", "2022-12-13T09:30:00"},
                      DateCase{"13 Desember 2022 9:05 PM", "2022-12-13T21:05:00"},
                      DateCase{"13 Desember 2022 12:00 AM", "2022-12-13T00:00:00"},
                      DateCase{"2022-12-13 21:05:07", "2022-12-13T21:05:07"},
                      DateCase{"2022-12-13T21:05:07+07:00", "2022-12-13T21:05:07"},
                      DateCase{"2022-12-13T21:05:07Z", "2022-12-13T21:05:07"},
                      DateCase{"2022/12/13", "2022-12-13"}, DateCase{"21/10/2025", "2025-10-21"},
                      DateCase{"21-10-2025", "2025-10-21"},
                      DateCase{"21.10.2025 20:43", "2025-10-21T20:43:00"},
                      DateCase{"\xC2\xA0 27\xC2\xA0Maret 2019 ", "2019-03-27"},
                      DateCase{"10-Sep-2019", "2019-09-10"}, DateCase{"1-Jan-70", "1970-01-01"},
                      DateCase{"1-Jan-68", "2068-01-01"}));

INSTANTIATE_TEST_SUITE_P(
    Refused, DateParserTable,
    ::testing::Values(DateCase{"", nullptr}, DateCase{"   ", nullptr}, DateCase{"-", nullptr},
                      DateCase{"kemarin", nullptr}, DateCase{"September 2019", nullptr},
                      DateCase{"2022-13-45", nullptr}, DateCase{"2019-02-29", nullptr},
                      DateCase{"29 Februari 2019", nullptr}, DateCase{"31 April 2020", nullptr},
                      DateCase{"0000-01-01", nullptr}, DateCase{"9999-12-31", nullptr},
                      DateCase{"1 Januari 1899", nullptr}, DateCase{"1 Januari 2101", nullptr},
                      DateCase{"10/21/2025 20:43", nullptr},  // US order needs a DateFormat
                      DateCase{"13 Desember 2022 25:00", nullptr},
                      DateCase{"13 Desember 2022 10:61", nullptr},
                      DateCase{"13 Desember 2022 13:00 PM", nullptr},
                      DateCase{"13 Desember 2022 lalu", nullptr},
                      DateCase{"13 Desembre 2022", nullptr}, DateCase{"Rabu", nullptr},
                      DateCase{"10 Sep 19", nullptr},  // two-digit years only in 10-Sep-19
                      DateCase{"2019-09-11T", nullptr}, DateCase{"20190911", nullptr}));

TEST(DateParser, LeapYears) {
  EXPECT_EQ(DateParser::parse("29 Februari 2020").value_or(""), "2020-02-29");
  EXPECT_EQ(DateParser::parse("2000-02-29").value_or(""), "2000-02-29");
  EXPECT_FALSE(DateParser::parse("1900-02-29"));  // divisible by 100, not by 400
  EXPECT_FALSE(DateParser::parse("2100-02-29"));
}

TEST(DateParser, YearRangeBoundsAreInclusive) {
  EXPECT_EQ(DateParser::parse("1900-01-01").value_or(""), "1900-01-01");
  EXPECT_EQ(DateParser::parse("2100-12-31").value_or(""), "2100-12-31");
}

TEST(DateParserIso, AcceptsTheCanonicalForms) {
  EXPECT_EQ(DateParser::parse_iso("2022-12-13").value_or(""), "2022-12-13");
  EXPECT_EQ(DateParser::parse_iso("2022-12-13T09:30").value_or(""), "2022-12-13T09:30:00");
  EXPECT_EQ(DateParser::parse_iso("2022-12-13T09:30:15").value_or(""), "2022-12-13T09:30:15");
}

TEST(DateParserIso, SaysWhyItRefuses) {
  std::string why;
  EXPECT_FALSE(DateParser::parse_iso("2022-13-45", &why));
  EXPECT_EQ(why, "is not a real calendar date");
  EXPECT_FALSE(DateParser::parse_iso("27 Maret 2019", &why));
  EXPECT_NE(why.find("is not ISO 8601"), std::string::npos);
  EXPECT_FALSE(DateParser::parse_iso("2022-12-13 09:30", &why));
  EXPECT_NE(why.find("is not ISO 8601"), std::string::npos);
  EXPECT_FALSE(DateParser::parse_iso("2022-12-13T24:00", &why));
  EXPECT_EQ(why, "has an impossible time of day");
  EXPECT_FALSE(DateParser::parse_iso("0000-01-01", &why));
  EXPECT_EQ(why, "has a year outside 1900..2100");
  EXPECT_FALSE(DateParser::parse_iso("2022-1-13", &why));
}

TEST(DateFormat, ReadsUsStyleDatesWithTime) {
  const DateFormat format("%m/%d/%Y %H:%M");
  EXPECT_EQ(format.parse("10/21/2025 20:43").value_or(""), "2025-10-21T20:43:00");
  EXPECT_EQ(format.parse("1/2/2025 7:05").value_or(""), "2025-01-02T07:05:00");
  EXPECT_FALSE(format.parse("21/10/2025 20:43"));  // month 21
  EXPECT_FALSE(format.parse("10/21/2025"));        // time missing
  EXPECT_FALSE(format.parse("10/21/2025 20:43 extra"));
  EXPECT_FALSE(format.parse("02/30/2024 10:00"));
}

TEST(DateFormat, MonthNamesInBothLanguagesRegardlessOfLocale) {
  const DateFormat format("%d %B %Y");
  EXPECT_EQ(format.parse("27 Maret 2019").value_or(""), "2019-03-27");
  EXPECT_EQ(format.parse("27 March 2019").value_or(""), "2019-03-27");
  EXPECT_EQ(format.parse("27 mar 2019").value_or(""), "2019-03-27");
  const DateFormat short_year("%d-%b-%y");
  EXPECT_EQ(short_year.parse("10-Sep-19").value_or(""), "2019-09-10");
  const DateFormat weekday("%A, %d %B %Y %H.%M %Z");
  EXPECT_EQ(weekday.parse("Selasa, 13 Desember 2022 09.30 WIB").value_or(""),
            "2022-12-13T09:30:00");
  EXPECT_FALSE(weekday.parse("Besok, 13 Desember 2022 09.30 WIB"));
}

TEST(DateFormat, RejectsUnusableFormats) {
  EXPECT_THROW(DateFormat("%m/%d"), std::invalid_argument);  // no year
  EXPECT_THROW(DateFormat("%Y-%m"), std::invalid_argument);  // no day
  EXPECT_THROW(DateFormat("%Y-%m-%d %Q"), std::invalid_argument);
  EXPECT_THROW(DateFormat("%Y-%m-%d %"), std::invalid_argument);
  EXPECT_NO_THROW(DateFormat("%Y-%m-%dT%T"));
}

TEST(DateFormat, PmAndLiteralPercent) {
  EXPECT_EQ(DateFormat("%d/%m/%Y %H:%M %p").parse("13/12/2022 9:30 pm").value_or(""),
            "2022-12-13T21:30:00");
  EXPECT_EQ(DateFormat("%%%Y%m%d").parse("%20221213").value_or(""), "2022-12-13");
  EXPECT_EQ(DateFormat("%Y%m%d%H%M").parse("202212130930").value_or(""), "2022-12-13T09:30:00");
}

TEST(MonthNames, BothLanguagesAndAbbreviations) {
  EXPECT_EQ(month_from_name("Mei"), 5);
  EXPECT_EQ(month_from_name("MAY"), 5);
  EXPECT_EQ(month_from_name("agustus"), 8);
  EXPECT_EQ(month_from_name("Okt."), 10);
  EXPECT_EQ(month_from_name("Des"), 12);
  EXPECT_FALSE(month_from_name("Rabu"));
  EXPECT_FALSE(month_from_name(""));
  EXPECT_TRUE(is_weekday_name("Jum'at"));
  EXPECT_TRUE(is_weekday_name("minggu"));
  EXPECT_FALSE(is_weekday_name("Maret"));
}

}  // namespace
}  // namespace siaran::corpus
