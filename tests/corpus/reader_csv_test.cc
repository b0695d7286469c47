#include <gtest/gtest.h>

#include <stdexcept>

#include "corpus/csv_reader.h"
#include "corpus/csv_records.h"
#include "tests/corpus/reader_test_support.h"

namespace siaran::corpus {
namespace {

using testing::CollectingSink;
using testing::read_file;
using testing::read_text;
using testing::reader_fixture;

ReaderOptions mapped(std::map<std::string, std::string> map, std::string date_format = "") {
  ReaderOptions options;
  options.format = Format::Csv;
  options.csv_map = std::move(map);
  options.date_format = std::move(date_format);
  return options;
}

const std::map<std::string, std::string> kFixtureMap = {{"id", "no"},      {"title", "judul"},
                                                        {"url", "tautan"}, {"date", "tanggal"},
                                                        {"body", "isi"},   {"topic", "kategori"}};

class CsvFixture : public ::testing::Test {
 protected:
  void SetUp() override { sink = read_file(reader, reader_fixture("releases.csv")); }
  CsvReader reader{mapped(kFixtureMap)};
  CollectingSink sink;
};

TEST_F(CsvFixture, ReadsGoodRecordsAndReportsBadOnesByStartLine) {
  ASSERT_EQ(sink.docs.size(), 4u);
  EXPECT_EQ(sink.docs[0].id, "lpk-01");
  EXPECT_EQ(sink.docs[1].id, "rtn-02");
  EXPECT_EQ(sink.docs[2].id, "bps-05");
  EXPECT_EQ(sink.docs[3].id, "lpka-08");
  EXPECT_EQ(sink.where_accepted[0].line, 2u);
  EXPECT_EQ(sink.where_accepted[1].line, 9u);
  EXPECT_EQ(sink.where_accepted[2].line, 12u);
  EXPECT_EQ(sink.where_accepted[3].line, 17u);

  ASSERT_EQ(sink.rejections.size(), 4u);
  EXPECT_EQ(sink.rejections[0].where.line, 10u);
  EXPECT_EQ(sink.rejections[0].reason, "expected 6 fields, found 5");
  EXPECT_EQ(sink.rejections[1].where.line, 11u);
  EXPECT_EQ(sink.rejections[1].reason,
            "stray quote in field 2 (a field with quotes must be quoted, its quotes doubled)");
  EXPECT_EQ(sink.rejections[2].where.line, 14u);
  EXPECT_EQ(sink.rejections[2].reason, "body is empty");
  EXPECT_EQ(sink.rejections[3].where.line, 15u);  // only furniture: nothing left
  EXPECT_EQ(sink.rejections[3].reason, "body is empty");
}

TEST_F(CsvFixture, CleansTheBodyAndTakesDatelineAndAuthor) {
  const Document& doc = sink.docs[0];
  EXPECT_EQ(doc.title, "Lapas Pekanbaru Gelar Lomba \"Kebersihan Blok\" Antarhunian");
  EXPECT_EQ(doc.url, "https://contoh.go.id/1");
  EXPECT_EQ(doc.date, "2022-12-13");
  EXPECT_EQ(doc.topic, "pembinaan");
  EXPECT_EQ(doc.place, "Pekanbaru");
  EXPECT_EQ(doc.source, "INFO_PAS");
  EXPECT_EQ(doc.author, "hms/lpb");
  EXPECT_EQ(doc.body,
            "Lapas Pekanbaru menggelar lomba kebersihan blok hunian.\n\n"
            "Setiap blok dinilai dari kerapian, kebersihan kamar mandi, dan taman.\n\n"
            "\"Kami ingin warga binaan merasa memiliki lingkungannya,\" kata Kalapas.");
}

TEST_F(CsvFixture, UnreadableDateWithoutFormatLeavesTheDateEmpty) {
  EXPECT_EQ(sink.docs[1].date, "");
  EXPECT_EQ(sink.docs[1].body, "Petugas menggeledah kamar hunian secara rutin.");
  EXPECT_EQ(sink.docs[2].date, "2019-10-07");
  EXPECT_EQ(sink.docs[2].body,
            "Pembimbing kemasyarakatan menyusun penelitian kemasyarakatan.\n\nKlien hadir bersama "
            "keluarga.");
}

TEST_F(CsvFixture, ReadsAgencyDatelines) {
  const Document& doc = sink.docs[3];
  EXPECT_EQ(doc.date, "2019-09-10");
  EXPECT_EQ(doc.place, "Jakarta");
  EXPECT_EQ(doc.source, "ANTARA");
  EXPECT_EQ(doc.body.substr(0, 17), "Anak binaan LPKA ");
}

TEST(CsvReader, MappedColumnMissingFromHeaderIsFatal) {
  CsvReader reader(mapped({{"title", "judul_berita"}, {"body", "isi"}}));
  std::istringstream in("no,judul,isi\n1,a,b\n");
  CollectingSink sink;
  try {
    reader.read(in, "rilis.csv", sink);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(
        error.what(),
        "column \"judul_berita\" (for field \"title\") not in header of rilis.csv: no, judul, isi");
  }
  EXPECT_TRUE(sink.docs.empty());
}

TEST(CsvReader, DefaultMappingNeedsColumnsNamedAsFields) {
  CsvReader plain(mapped({}));
  const auto sink =
      read_text(plain, "id,Title,date,body\nx1,Judul,2022-12-13,Isi rilis.\n", "plain.csv");
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].id, "x1");
  EXPECT_EQ(sink.docs[0].title, "Judul");
  EXPECT_EQ(sink.docs[0].date, "2022-12-13");

  std::istringstream typo("id,titel,body\nx1,Judul,Isi.\n");
  CollectingSink ignored;
  EXPECT_THROW(plain.read(typo, "typo.csv", ignored), std::runtime_error);
  std::istringstream no_body("id,title\nx1,Judul\n");
  EXPECT_THROW(plain.read(no_body, "nobody.csv", ignored), std::runtime_error);
}

TEST(CsvReader, DateFormatMismatchIsARejection) {
  CsvReader reader(mapped({{"id", "id"}, {"title", "judul"}, {"date", "tanggal"}, {"body", "isi"}},
                          "%m/%d/%Y %H:%M"));
  const auto sink = read_file(reader, reader_fixture("us_dates.csv"));
  ASSERT_EQ(sink.docs.size(), 3u);
  EXPECT_EQ(sink.docs[0].date, "2025-10-21T20:43:00");
  EXPECT_EQ(sink.docs[1].date, "2025-01-02T07:05:00");
  EXPECT_EQ(sink.docs[2].date, "");  // an empty date is not a mismatch
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].where.line, 4u);
  EXPECT_EQ(sink.rejections[0].reason,
            "date \"21/10/2025 20:43\" does not match --date-format \"%m/%d/%Y %H:%M\"");
}

TEST(CsvReader, BadDateFormatIsRefusedUpFront) {
  EXPECT_THROW(CsvReader(mapped({{"body", "isi"}}, "%Y-%m")), std::invalid_argument);
}

TEST(CsvReader, DerivesIdsFromFileStemAndLineWhenNoIdColumn) {
  CsvReader reader(mapped({{"title", "judul"}, {"body", "isi"}}));
  const auto sink = read_text(reader, "judul,isi\nSatu,\"Isi\nsatu.\"\nDua,Isi dua.\n",
                              "/data/kanwil/berita.csv");
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[0].id, "berita-2");
  EXPECT_EQ(sink.docs[1].id, "berita-4");
}

TEST(CsvReader, ReportsInvalidUtf8AndNulNamingTheColumn) {
  CsvReader reader(mapped({{"id", "id"}, {"title", "judul"}, {"body", "isi"}}));
  std::string text = "id,judul,isi,catatan\n";
  text += "1,Baik,Isi.,\xFF catatan tak dipetakan boleh rusak\n";
  text += "2,Rusak \xE2\x82,Isi.,x\n";
  const char with_nul[] = "3,Judul,Isi \0 NUL.,x\n";
  text += std::string(with_nul, sizeof with_nul - 1);
  text += "4,Baik,Isi.,x\n";
  const auto sink = read_text(reader, text, "bytes.csv");
  ASSERT_EQ(sink.docs.size(), 2u);
  ASSERT_EQ(sink.rejections.size(), 2u);
  EXPECT_EQ(sink.rejections[0].where.line, 3u);
  EXPECT_EQ(sink.rejections[0].reason,
            "invalid UTF-8 in column \"judul\" (field \"title\") at byte 6");
  EXPECT_EQ(sink.rejections[1].where.line, 4u);
  EXPECT_EQ(sink.rejections[1].reason,
            "NUL character in column \"isi\" (field \"body\") at byte 4");
}

TEST(CsvReader, UnterminatedQuoteIsReportedAtItsRecord) {
  CsvReader reader(mapped({{"title", "judul"}, {"body", "isi"}}));
  const auto sink =
      read_text(reader, "judul,isi\nBaik,Isi.\nBuruk,\"Isi tanpa penutup\nbaris dua\n", "open.csv");
  ASSERT_EQ(sink.docs.size(), 1u);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].where.line, 3u);
  EXPECT_EQ(sink.rejections[0].reason,
            "quoted field 2 opened at line 3 is not closed before the end of the file");
}

TEST(CsvReader, TextAfterClosingQuoteIsAStrayQuote) {
  CsvReader reader(mapped({{"title", "judul"}, {"body", "isi"}}));
  const auto sink = read_text(reader, "judul,isi\n\"Judul\" lanjut,Isi.\nBaik,Isi.\n", "after.csv");
  ASSERT_EQ(sink.docs.size(), 1u);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].where.line, 2u);
  EXPECT_EQ(
      sink.rejections[0].reason.rfind("stray quote: text after the closing quote of field 1", 0),
      0u);
}

TEST(CsvReader, SemicolonsCrlfBomAndFlags) {
  CsvReader reader(mapped({{"title", "judul"}, {"body", "isi"}, {"topic_inferred", "tebakan"}}));
  const auto sink = read_text(reader,
                              "\xEF\xBB\xBFjudul;isi;tebakan\r\nSatu;\"Isi; dengan titik "
                              "koma\";ya\r\nDua;Isi dua.;mungkin\r\n",
                              "excel.csv");
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].body, "Isi; dengan titik koma");
  EXPECT_TRUE(sink.docs[0].topic_inferred);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].where.line, 3u);
  EXPECT_EQ(
      sink.rejections[0].reason,
      "column \"tebakan\" (field \"topic_inferred\") must be true or false, found \"mungkin\"");
}

TEST(CsvReader, EmptyFileAndHeaderOnly) {
  CsvReader reader(mapped({{"body", "isi"}}));
  const auto empty = read_text(reader, "", "empty.csv");
  ASSERT_EQ(empty.rejections.size(), 1u);
  EXPECT_EQ(empty.rejections[0].reason,
            "empty file: a CSV file needs a header row naming its columns");
  const auto header_only = read_text(reader, "isi\n", "header.csv");
  EXPECT_TRUE(header_only.docs.empty());
  EXPECT_TRUE(header_only.rejections.empty());
}

TEST(CsvRecords, SplitsQuotedFieldsAndCountsLines) {
  const std::string text = "a,\"b\n\"\"c\"\"\",d\n\n\"\",x,\n";
  CsvRecords records(text, ',');
  CsvRecord record;
  ASSERT_TRUE(records.next(record));
  EXPECT_EQ(record.line, 1u);
  EXPECT_EQ(record.fields, (std::vector<std::string>{"a", "b\n\"c\"", "d"}));
  ASSERT_TRUE(records.next(record));
  EXPECT_EQ(record.line, 4u);
  EXPECT_EQ(record.fields, (std::vector<std::string>{"", "x", ""}));
  EXPECT_FALSE(records.next(record));
}

TEST(CsvRecords, SniffsTheDelimiterFromTheHeader) {
  EXPECT_EQ(CsvRecords::sniff_delimiter("a,b,c\n"), ',');
  EXPECT_EQ(CsvRecords::sniff_delimiter("a;b;c\n1,5;2;3"), ';');
  EXPECT_EQ(CsvRecords::sniff_delimiter("a\tb\tc\n"), '\t');
  EXPECT_EQ(CsvRecords::sniff_delimiter("judul\n"), ',');
}

}  // namespace
}  // namespace siaran::corpus
