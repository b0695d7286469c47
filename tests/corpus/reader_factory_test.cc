#include <gtest/gtest.h>

#include <stdexcept>

#include "corpus/csv_reader.h"
#include "corpus/jsonl_reader.h"
#include "corpus/reader.h"
#include "corpus/release_text_reader.h"

namespace siaran::corpus {
namespace {

TEST(ReaderFactory, FormatForPath) {
  EXPECT_EQ(format_for_path("a/b.jsonl"), Format::Jsonl);
  EXPECT_EQ(format_for_path("b.NDJSON"), Format::Jsonl);
  EXPECT_EQ(format_for_path("b.json"), Format::Jsonl);
  EXPECT_EQ(format_for_path("/x/articles.csv"), Format::Csv);
  EXPECT_EQ(format_for_path("x.tsv"), Format::Csv);
  EXPECT_EQ(format_for_path("rilis.txt"), Format::ReleaseText);
  EXPECT_EQ(format_for_path("rilis.md"), Format::ReleaseText);
  EXPECT_EQ(format_for_path("rilis"), Format::ReleaseText);
  EXPECT_EQ(format_for_path("foto.png"), Format::Auto);
  EXPECT_EQ(format_for_path("rilis.pdf"), Format::Auto);
}

TEST(ReaderFactory, ParseFormat) {
  EXPECT_EQ(parse_format("jsonl"), Format::Jsonl);
  EXPECT_EQ(parse_format("CSV"), Format::Csv);
  EXPECT_EQ(parse_format("text"), Format::ReleaseText);
  EXPECT_EQ(parse_format("auto"), Format::Auto);
  EXPECT_THROW(parse_format("xml"), std::invalid_argument);
  EXPECT_THROW(parse_format(""), std::invalid_argument);
}

TEST(ReaderFactory, MakeReaderPicksTheClass) {
  ReaderOptions options;
  EXPECT_NE(dynamic_cast<JsonlReader*>(make_reader(Format::Jsonl, options).get()), nullptr);
  EXPECT_NE(dynamic_cast<CsvReader*>(make_reader(Format::Csv, options).get()), nullptr);
  EXPECT_NE(dynamic_cast<ReleaseTextReader*>(make_reader(Format::ReleaseText, options).get()),
            nullptr);
  EXPECT_THROW(make_reader(Format::Auto, options), std::invalid_argument);
  options.date_format = "%d %Q";
  EXPECT_THROW(make_reader(Format::Csv, options), std::invalid_argument);
}

TEST(ParseCsvMap, ReadsFieldColumnPairs) {
  const auto map = parse_csv_map(
      "id=id, title = judul ,url=tautan,date=tanggal,body=isi_berita,topic=aspek_target,");
  EXPECT_EQ(map.size(), 6u);
  EXPECT_EQ(map.at("title"), "judul");
  EXPECT_EQ(map.at("body"), "isi_berita");
  EXPECT_EQ(map.at("topic"), "aspek_target");
  EXPECT_TRUE(parse_csv_map("").empty());
  EXPECT_EQ(parse_csv_map("Title=Judul Berita").at("title"), "Judul Berita");
}

TEST(ParseCsvMap, NamesTheBadEntry) {
  auto message = [](const std::string& spec) {
    try {
      parse_csv_map(spec);
    } catch (const std::invalid_argument& error) {
      return std::string(error.what());
    }
    return std::string("(no error)");
  };
  EXPECT_EQ(message("title=judul,judul"), "--map entry \"judul\" is not field=column");
  EXPECT_EQ(message("title="), "--map entry \"title=\" needs both a field and a column");
  EXPECT_EQ(message("titel=judul")
                .rfind("--map entry \"titel=judul\": \"titel\" is not a document field "
                       "(did you mean \"title\"?); fields are id, title,",
                       0),
            0u);
  EXPECT_EQ(message("title=a,title=b"), "--map names field \"title\" twice");
}

}  // namespace
}  // namespace siaran::corpus
