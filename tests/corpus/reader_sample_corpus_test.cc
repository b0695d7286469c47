// The sample corpus that ships with Siaran (corpus/sample/releases: original releases in the
// shape of pages as published) must read cleanly: every file one record, furniture gone.
#include <gtest/gtest.h>

#include <filesystem>

#include "corpus/release_text_reader.h"
#include "tests/corpus/reader_test_support.h"

namespace siaran::corpus {
namespace {

using testing::CollectingSink;
using testing::read_file;

TEST(SampleCorpus, EveryReleaseReadsCleanly) {
  const std::filesystem::path folder = ::siaran::testing::source_dir() / "corpus/sample/releases";
  if (!std::filesystem::is_directory(folder)) GTEST_SKIP() << folder << " not present";
  ReleaseTextReader reader;
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    const auto sink = read_file(reader, entry.path());
    const std::string name = entry.path().filename().string();
    ASSERT_TRUE(sink.rejections.empty()) << name << ": " << sink.rejections[0].reason;
    ASSERT_EQ(sink.docs.size(), 1u) << name;
    const Document& doc = sink.docs[0];
    EXPECT_EQ(doc.id, entry.path().stem().string());
    EXPECT_FALSE(doc.title.empty()) << name;
    EXPECT_EQ(doc.body.find(doc.title), std::string::npos)
        << name << ": title repeated in the body";
    EXPECT_EQ(doc.source, "INFO_PAS") << name;
    EXPECT_FALSE(doc.place.empty()) << name;
    EXPECT_NE(doc.author.find('/'), std::string::npos) << name << ": author " << doc.author;
    for (const char* furniture :
         {"INFO_PAS", "Reaction", "Bagikan", "SCROLL TO", "\xC2\xA0", "\nlike", "\nwow"}) {
      EXPECT_EQ(doc.body.find(furniture), std::string::npos) << name << " still has " << furniture;
    }
    EXPECT_NE(doc.body.back(), ')') << name << ": author code left in the body";
  }
  EXPECT_GE(files, 30u);
}

TEST(SampleCorpus, DatelinePlaceIsNotAlwaysTheUnitCity) {
  const std::filesystem::path folder = ::siaran::testing::source_dir() / "corpus/sample/releases";
  const std::filesystem::path rakor = folder / "2024-10-02-ditjenpas-rakor-humas-nasional.txt";
  const std::filesystem::path surabaya = folder / "2025-04-15-lapas-surabaya-cegah-pelarian.txt";
  if (!std::filesystem::exists(rakor) || !std::filesystem::exists(surabaya))
    GTEST_SKIP() << "sample changed";
  ReleaseTextReader reader;
  EXPECT_EQ(read_file(reader, rakor).docs.at(0).place, "Bogor");
  EXPECT_EQ(read_file(reader, surabaya).docs.at(0).place, "Sidoarjo");
}

}  // namespace
}  // namespace siaran::corpus
