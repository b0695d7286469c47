// The readers against the real exports in ../shared (read, never copied; skipped when absent).
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "corpus/csv_reader.h"
#include "tests/corpus/reader_test_support.h"

namespace siaran::corpus {
namespace {

using testing::CollectingSink;

CollectingSink read_csv(const std::filesystem::path& path, const std::string& map,
                        const std::string& date_format) {
  ReaderOptions options;
  options.format = Format::Csv;
  options.csv_map = parse_csv_map(map);
  options.date_format = date_format;
  CsvReader reader(options);
  std::ifstream in(path, std::ios::binary);
  CollectingSink sink;
  reader.read(in, path.string(), sink);
  return sink;
}

TEST(SharedData, Detik2025ArticlesWithMapAndDateFormat) {
  SIARAN_REQUIRE_SHARED(csv, "corpus/detik-2025/articles.csv");
  const auto sink =
      read_csv(csv, "id=id,title=judul,url=tautan,date=tanggal,body=isi_berita,topic=aspek_target",
               "%m/%d/%Y %H:%M");
  for (const Rejection& rejection : sink.rejections) {
    ADD_FAILURE() << rejection.where.file << ":" << rejection.where.line << ": "
                  << rejection.reason;
  }
  ASSERT_EQ(sink.docs.size(), 1000u);
  std::set<std::string> ids;
  for (const Document& doc : sink.docs) {
    ids.insert(doc.id);
    ASSERT_EQ(doc.date.size(), 19u) << doc.id << " date " << doc.date;
    EXPECT_EQ(doc.date.substr(0, 5), "2025-") << doc.id;
    EXPECT_EQ(doc.date[10], 'T') << doc.id;
    EXPECT_FALSE(doc.title.empty()) << doc.id;
    EXPECT_EQ(doc.url.rfind("https://", 0), 0u) << doc.id;
    EXPECT_FALSE(doc.topic.empty()) << doc.id;
    EXPECT_EQ(doc.body.find("SCROLL TO CONTINUE WITH CONTENT"), std::string::npos) << doc.id;
    EXPECT_EQ(doc.body.find("ADVERTISEMENT"), std::string::npos) << doc.id;
    EXPECT_EQ(doc.body.find("\n\n\n"), std::string::npos) << doc.id;
  }
  EXPECT_EQ(ids.size(), 1000u) << "ids come from the id column and are unique";
  // Bodies span many lines in the file: records are reported where they start, in order.
  for (size_t i = 1; i < sink.where_accepted.size(); ++i) {
    EXPECT_LT(sink.where_accepted[i - 1].line, sink.where_accepted[i].line);
  }
}

TEST(SharedData, ClickId2019FilesAllDatesParse) {
  const char* names[] = {"fimela", "kapanlagi", "pos_metro", "tribunnews"};
  size_t files_read = 0;
  for (const char* name : names) {
    const std::string relative = std::string("corpus/clickid-2019/") + name + ".csv";
    const auto csv = ::siaran::testing::shared_path(relative);
    if (csv.empty()) continue;
    ++files_read;
    const auto sink = read_csv(
        csv, "title=title,date=date,body=content,url=url,topic=category,source=source", "");
    size_t dated = 0;
    std::set<std::string> ids;
    for (const Document& doc : sink.docs) {
      dated += !doc.date.empty();
      ids.insert(doc.id);
      EXPECT_EQ(doc.id.rfind(std::string(name) + "-", 0), 0u) << doc.id;
      EXPECT_EQ(doc.date.substr(0, 4), "2019") << name << " " << doc.id;
      EXPECT_EQ(doc.body.find("loading..."), std::string::npos) << doc.id;
    }
    for (const Rejection& rejection : sink.rejections) {
      EXPECT_EQ(rejection.reason, "body is empty")
          << rejection.where.file << ":" << rejection.where.line;
    }
    EXPECT_EQ(dated, sink.docs.size()) << name << ": every date must parse";
    EXPECT_EQ(ids.size(), sink.docs.size()) << name << ": derived ids must be unique";
    EXPECT_GT(sink.docs.size(), 200u) << name;
    std::cout << "[ clickid ] " << name << ": " << sink.docs.size() << " records, " << dated
              << " dated, " << sink.rejections.size() << " rejected\n";
  }
  if (files_read == 0) GTEST_SKIP() << "../shared/corpus/clickid-2019 not present; skipped";
}

}  // namespace
}  // namespace siaran::corpus
