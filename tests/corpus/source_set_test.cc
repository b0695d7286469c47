#include "corpus/source_set.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "tests/corpus/reader_test_support.h"

namespace siaran::corpus {
namespace {

namespace fs = std::filesystem;
using siaran::testing::TempDir;
using testing::CollectingSink;

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> relative(const std::vector<std::string>& files, const fs::path& base) {
  std::vector<std::string> out;
  for (const std::string& file : files)
    out.push_back(file == "-" ? file : fs::path(file).lexically_relative(base).string());
  return out;
}

// A corpus folder as staff keep it: releases next to a README, a licence, dotfiles and images.
class SourceSetTree : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path& root = dir.path();
    write(root / "arsip/b-rilis.txt",
          "Lapas Gelar Upacara\n\nCibinong, INFO_PAS - Upacara berlangsung khidmat.\n");
    write(root / "arsip/a-daftar.csv", "judul,isi\nRilis CSV,Isi rilis dari CSV.\nRilis kedua,\n");
    write(root / "arsip/sub/c-kanonik.jsonl",
          "{\"title\":\"Tanpa id\",\"body\":\"Isi rilis kanonik.\"}\n{\"judul\":\"salah\"}\n");
    write(root / "arsip/README.md", "# Arsip rilis\n\nFolder ini berisi rilis.\n");
    write(root / "arsip/LICENSE", "Hak cipta.\n");
    write(root / "arsip/.catatan.txt", "Catatan pribadi\n\nBukan rilis.\n");
    write(root / "arsip/.git/HEAD.txt", "ref\n\nref\n");
    write(root / "arsip/foto.png", "\x89PNG");
    write(root / "arsip/b-rilis.txt~", "cadangan editor\n\nisi\n");
  }
  ReaderOptions csv_options() const {
    ReaderOptions options;
    options.csv_map = {{"title", "judul"}, {"body", "isi"}};
    return options;
  }
  TempDir dir;
};

TEST_F(SourceSetTree, ListsReleaseFilesSortedAndSkipsFolderFurniture) {
  const SourceSet set({(dir.path() / "arsip").string()}, csv_options());
  EXPECT_EQ(relative(set.files(), dir.path()),
            (std::vector<std::string>{"arsip/a-daftar.csv", "arsip/b-rilis.txt",
                                      "arsip/sub/c-kanonik.jsonl"}));
}

TEST_F(SourceSetTree, ExplicitFilesAreKeptAndDuplicatesListedOnce) {
  const fs::path root = dir.path() / "arsip";
  const SourceSet set(
      {(root / "README.md").string(), root.string(), (root / "b-rilis.txt").string(), "-"},
      csv_options());
  EXPECT_EQ(relative(set.files(), dir.path()),
            (std::vector<std::string>{"arsip/README.md", "arsip/a-daftar.csv", "arsip/b-rilis.txt",
                                      "arsip/sub/c-kanonik.jsonl", "-"}));
}

TEST_F(SourceSetTree, MissingSourceIsAnError) {
  const SourceSet set({(dir.path() / "tidak-ada").string()}, {});
  try {
    set.files();
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("tidak-ada\" does not exist"), std::string::npos)
        << error.what();
  }
}

TEST_F(SourceSetTree, ReadsEveryFormatThroughTheEnricher) {
  const SourceSet set({(dir.path() / "arsip").string(), (dir.path() / "arsip/foto.png").string()},
                      csv_options());
  const Enricher enricher;
  CollectingSink sink;
  set.read_all(sink, enricher);

  ASSERT_EQ(sink.docs.size(), 3u);
  EXPECT_EQ(sink.docs[0].title, "Rilis CSV");
  EXPECT_EQ(sink.docs[0].id, "a-daftar-2");
  EXPECT_EQ(sink.docs[1].title, "Lapas Gelar Upacara");
  EXPECT_EQ(sink.docs[1].place, "Cibinong");
  EXPECT_EQ(sink.docs[1].id, "b-rilis");
  EXPECT_EQ(sink.docs[2].title, "Tanpa id");
  EXPECT_FALSE(sink.docs[2].id.empty()) << "the Enricher assigns an id when the source has none";
  EXPECT_EQ(fs::path(sink.where_accepted[2].file).filename(), "c-kanonik.jsonl");
  EXPECT_EQ(sink.where_accepted[2].line, 1u);

  ASSERT_EQ(sink.rejections.size(), 3u);
  EXPECT_EQ(fs::path(sink.rejections[0].where.file).filename(), "a-daftar.csv");
  EXPECT_EQ(sink.rejections[0].where.line, 3u);
  EXPECT_EQ(sink.rejections[0].reason, "body is empty");
  EXPECT_EQ(fs::path(sink.rejections[1].where.file).filename(), "c-kanonik.jsonl");
  EXPECT_EQ(sink.rejections[1].where.line, 2u);
  EXPECT_EQ(fs::path(sink.rejections[2].where.file).filename(), "foto.png");
  EXPECT_EQ(sink.rejections[2].where.line, 0u);
  EXPECT_EQ(sink.rejections[2].reason,
            "unknown file type \".png\": name its format with --format (jsonl, csv or text)");
}

TEST_F(SourceSetTree, AMappingMistakeStopsTheRun) {
  ReaderOptions options;
  options.csv_map = {{"title", "headline"}, {"body", "isi"}};
  const SourceSet set({(dir.path() / "arsip").string()}, options);
  const Enricher enricher;
  CollectingSink sink;
  EXPECT_THROW(set.read_all(sink, enricher), std::runtime_error);
}

TEST_F(SourceSetTree, ExplicitFormatAppliesToEveryFile) {
  write(dir.path() / "lain/rilis.dat", "{\"id\":\"d1\",\"title\":\"Dat\",\"body\":\"Isi.\"}\n");
  ReaderOptions options;
  options.format = Format::Jsonl;
  const SourceSet set({(dir.path() / "lain").string()}, options);
  EXPECT_EQ(relative(set.files(), dir.path()), (std::vector<std::string>{"lain/rilis.dat"}));
  const Enricher enricher;
  CollectingSink sink;
  set.read_all(sink, enricher);
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].id, "d1");
}

TEST(SourceSet, DashReadsJsonlFromStdin) {
  std::istringstream input(
      "{\"id\":\"s1\",\"title\":\"Dari stdin\",\"body\":\"Isi.\"}\n\nbukan json\n");
  std::streambuf* saved = std::cin.rdbuf(input.rdbuf());
  const SourceSet set({"-"}, {});
  const Enricher enricher;
  CollectingSink sink;
  set.read_all(sink, enricher);
  std::cin.rdbuf(saved);
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].id, "s1");
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].where.file, "-");
  EXPECT_EQ(sink.rejections[0].where.line, 3u);
}

}  // namespace
}  // namespace siaran::corpus
