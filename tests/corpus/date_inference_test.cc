// DateInference: the mention styles of Indonesian releases, year resolution by weekday and
// context, ranges, and the choice of a release's date. Texts are written for these tests.
#include "corpus/date_inference.h"

#include <gtest/gtest.h>

#include <string>

namespace siaran::corpus {
namespace {

struct Case {
  const char* name;
  const char* text;
  const char* start;  // "" = no date expected
  const char* end;
  double confidence;
};

class DateMentionStyles : public ::testing::TestWithParam<Case> {};

TEST_P(DateMentionStyles, ResolvesTheReleaseDate) {
  const Case& c = GetParam();
  const DateInference inference;
  const auto result = inference.infer("", c.text);
  if (std::string(c.start).empty()) {
    EXPECT_FALSE(result.has_value()) << "inferred " << result->date << " from " << result->evidence;
    return;
  }
  ASSERT_TRUE(result.has_value()) << c.text;
  EXPECT_EQ(result->start, c.start);
  EXPECT_EQ(result->end, c.end);
  EXPECT_EQ(result->date, c.end) << "the release's date is the end of the range";
  EXPECT_DOUBLE_EQ(result->confidence, c.confidence);
}

INSTANTIATE_TEST_SUITE_P(
    Styles, DateMentionStyles,
    ::testing::Values(
        Case{"DayRangeWithYear", "Pelatihan dilaksanakan tanggal 8-10 November 2022 di Bogor.",
             "2022-11-08", "2022-11-10", 1.0},
        Case{"DayRangeWithSpacedDash", "Kegiatan berlangsung 8 - 10 November 2022.", "2022-11-08",
             "2022-11-10", 1.0},
        Case{"DayRangeSd", "Kegiatan berlangsung 8 s.d. 10 November 2022.", "2022-11-08",
             "2022-11-10", 1.0},
        Case{"DayRangeSampaiDengan", "Berlangsung 8 sampai dengan 10 November 2022.",
             "2022-11-08", "2022-11-10", 1.0},
        Case{"WeekdayParenthesesYearFromText",
             "Tahun 2022 ditutup dengan kegiatan pada Selasa (13/12) di aula.", "2022-12-13",
             "2022-12-13", 0.9},
        Case{"NumericWithYear", "Surat itu diterima pada 13/12/2022 oleh petugas.", "2022-12-13",
             "2022-12-13", 1.0},
        Case{"NumericWithDashes", "Surat itu diterima pada 13-12-2022.", "2022-12-13",
             "2022-12-13", 1.0},
        Case{"ParenthesesWithYear", "Hal itu disampaikan Kalapas (21/10/2025).", "2025-10-21",
             "2025-10-21", 1.0},
        Case{"WeekdayCommaDayMonthYear", "Kegiatan digelar Senin, 5 Juni 2023 di lapangan.",
             "2023-06-05", "2023-06-05", 1.0},
        Case{"DayMonthNearestYear", "Pada 2023 lalu, tepatnya 5 Juni, warga binaan panen.",
             "2023-06-05", "2023-06-05", 0.6},
        Case{"AbbreviatedMonth", "Ditetapkan 13 Des. 2022.", "2022-12-13", "2022-12-13", 1.0},
        Case{"IsoDate", "Data per 2022-12-13 menunjukkan kenaikan.", "2022-12-13", "2022-12-13",
             1.0},
        Case{"WeekdayRangeYearFromText",
             "Lokakarya 2022 digelar mulai Minggu (11/12) hingga Selasa (13/12) di Sentul.",
             "2022-12-11", "2022-12-13", 0.9},
        Case{"CrossMonthRangeBorrowsYear", "Pameran dibuka 30 November - 2 Desember 2022.",
             "2022-11-30", "2022-12-02", 1.0},
        Case{"CrossYearWeekdayRange",
             "Sepanjang 2022, libur akhir tahun Jumat (30/12) sampai Senin (2/1) dijaga ketat.",
             "2022-12-30", "2023-01-02", 0.75},
        Case{"JumatWithApostrophe", "Tahun 2024: senam bersama Jum'at (7/6) pagi.", "2024-06-07",
             "2024-06-07", 0.9},
        Case{"JumatWithCurlyApostrophe", "Tahun 2024: senam bersama Jum\u2019at (7/6) pagi.",
             "2024-06-07", "2024-06-07", 0.9},
        Case{"WeekdayFitsTheNextYear", "Program sejak 2022 berlanjut; Senin (5/6) panen raya.",
             "2023-06-05", "2023-06-05", 0.75},
        Case{"TwoDigitYearAfterWeekday", "Rapat digelar Selasa (13/12/22).", "2022-12-13",
             "2022-12-13", 1.0},
        Case{"HijriYearGivesContext",
             "Remisi Khusus Idul Fitri 1442 Hijriah diserahkan Kamis (13/5) di aula.",
             "2021-05-13", "2021-05-13", 0.9},
        Case{"AhadIsSunday", "Pada tahun 2022, Ahad (11/12) diadakan bakti sosial.",
             "2022-12-11", "2022-12-11", 0.9},
        // Nothing to resolve with: no date, no year, or numbers that are not dates.
        Case{"NoDateAtAll", "Warga binaan mengikuti pelatihan menjahit.", "", "", 0},
        Case{"YearAlone", "Target tahun 2022 tercapai.", "", "", 0},
        Case{"LoneFractionIsNotADate", "Sebanyak (1/2) kuota terisi pada 2022.", "", "", 0},
        Case{"TwoDigitYearNeedsAWeekday", "Nomor surat 13/12/22 diarsipkan.", "", "", 0},
        Case{"NotARealDate", "Tercatat 31/02/2022 di berkas.", "", "", 0},
        Case{"WeekdayWithoutAnyYear", "Razia digelar Senin (5/6) malam.", "", "", 0},
        Case{"DecimalsAreNotYears", "Senin (5/6) tercatat 2023,5 ton hasil panen.", "", "", 0},
        Case{"RegulationYearIsNotContext",
             "Sesuai UU Nomor 22 Tahun 2022, razia digelar Senin (5/6).", "", "", 0}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(DateInference, MentionsCarryTheirTextZoneAndOffset) {
  const DateInference inference;
  const std::string body = "Jakarta - Kegiatan 2022 digelar Selasa (13/12).\n\nSebelumnya 8-10 November 2022.";
  const auto mentions = inference.mentions("Rapat 5 Desember 2022", body);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_TRUE(mentions[0].in_title);
  EXPECT_TRUE(mentions[0].in_lead);
  EXPECT_EQ(mentions[0].text, "5 Desember 2022");
  EXPECT_EQ(mentions[0].offset, 6u);
  EXPECT_FALSE(mentions[1].in_title);
  EXPECT_TRUE(mentions[1].in_lead);
  EXPECT_TRUE(mentions[1].has_weekday);
  EXPECT_EQ(mentions[1].text, "Selasa (13/12)");
  EXPECT_EQ(body.substr(mentions[1].offset, mentions[1].text.size()), mentions[1].text);
  EXPECT_FALSE(mentions[2].in_lead);
  EXPECT_EQ(mentions[2].start, "2022-11-08");
}

TEST(DateInference, PrefersTheLatestWeekdayMentionOverDeadlinesAndHistory) {
  const DateInference inference;
  const auto result = inference.infer(
      "", "Sejak 1 Januari 2023 program berjalan. Panen digelar Senin (5/6) di kebun Lapas. "
          "Pendaftaran gelombang berikut ditutup 30 Desember 2023.");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->date, "2023-06-05");
  EXPECT_EQ(result->evidence, "Senin (5/6)");
}

TEST(DateInference, WithoutWeekdaysTakesTheLatestMention) {
  const DateInference inference;
  const auto result =
      inference.infer("", "Kegiatan 3 Maret 2023 dilanjutkan pada 17 Maret 2023 di aula.");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->date, "2023-03-17");
}

TEST(DateInference, YearsWrittenInDatesOutrankBareTargetYears) {
  // 13 December is a Tuesday in both 2022 and 2033; "2033" stands alone and is nearer.
  const DateInference inference;
  const auto result = inference.infer(
      "", "Program sejak 1 Maret 2022 berjalan baik. Menuju target 2033, Selasa (13/12) digelar "
          "evaluasi.");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->date, "2022-12-13");
}

TEST(DateInference, AWeekdayThatContradictsTheYearFixesAOneOffYearTypo) {
  const DateInference inference;
  // 20 October is a Monday in 2025, not in 2026; the text is about 2025.
  auto fixed = inference.infer("", "Sepanjang 2025 capaian naik, kata dia, Senin (20/10/2026).");
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->date, "2025-10-20");
  EXPECT_DOUBLE_EQ(fixed->confidence, 0.7);
  // Without 2025 in the text the year stays as written, with less confidence.
  auto kept = inference.infer("", "Capaian naik, kata dia, Senin (20/10/2026).");
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->date, "2026-10-20");
  EXPECT_DOUBLE_EQ(kept->confidence, 0.8);
}

TEST(DateInference, RangesTooLongForOneEventAreTwoDates) {
  const DateInference inference;
  const auto mentions = inference.mentions("", "Periode 5 Januari - 20 Mei 2022 dievaluasi.");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].start, "2022-01-05");
  EXPECT_EQ(mentions[0].end, "2022-01-05");
  EXPECT_EQ(mentions[0].text, "5 Januari");
  EXPECT_EQ(mentions[1].start, "2022-05-20");
}

TEST(DateInference, ReferenceYearIsALastResortForWeekdays) {
  const DateInference guessing(DateInferenceOptions{2025});
  const auto result = guessing.infer("", "Razia digelar Senin (5/6) malam.");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->date, "2023-06-05");  // the latest year up to 2025 with 5 June on a Monday
  EXPECT_DOUBLE_EQ(result->confidence, 0.3);
}

TEST(DateInference, MentionsNeverSpanTitleAndBody) {
  const DateInference inference;
  EXPECT_TRUE(inference.mentions("Rapat tanggal 5", "Juni 2023 dibahas anggaran.").empty());
}

TEST(DateInference, WeekdayHelpers) {
  EXPECT_EQ(weekday_of(2022, 12, 11), 6);  // Sunday
  EXPECT_EQ(weekday_of(2022, 12, 13), 1);  // Tuesday
  EXPECT_EQ(weekday_of(2024, 2, 29), 3);   // Thursday
  EXPECT_EQ(weekday_from_indonesian("senin"), 0);
  EXPECT_EQ(weekday_from_indonesian("jumat"), 4);
  EXPECT_EQ(weekday_from_indonesian("minggu"), 6);
  EXPECT_EQ(weekday_from_indonesian("ahad"), 6);
  EXPECT_EQ(weekday_from_indonesian("pekan"), -1);
}

}  // namespace
}  // namespace siaran::corpus
