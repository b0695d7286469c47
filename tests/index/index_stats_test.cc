#include "index/index_stats.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "index/index_writer.h"
#include "tests/index/index_test_support.h"
#include "tests/support/test_paths.h"

namespace siaran::index {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;
using namespace siaran::index::testing;

TEST(IndexStats, CountsDocumentsDatesUnitsTopicsAndYears) {
  siaran::testing::TempDir tmp;
  DatabaseDir dir(tmp.path() / "db");
  EXPECT_THROW(read_stats(dir), std::runtime_error) << "no index yet";
  {
    IndexWriter writer(dir, WriteMode::Build, {});
    corpus::Document a = release("a", "Satu", "Isi.", "2021-03-09");
    corpus::Document b = release("b", "Dua", "Isi.", "2023-05-17");
    b.unit = "Rutan Kelas I Depok";
    b.topic = "Layanan";
    corpus::Document c = release("c", "Tiga", "Isi.", "2023-01-02");
    corpus::Document d = release("d", "Empat", "Isi.", "");
    d.unit = "";
    for (const auto& doc : {a, b, c, d}) writer.add(doc);
    writer.commit();
  }
  const IndexStats stats = read_stats(dir);
  EXPECT_EQ(stats.documents, 4u);
  EXPECT_EQ(stats.first_date, "2021-03-09");
  EXPECT_EQ(stats.last_date, "2023-05-17");
  EXPECT_EQ(stats.undated, 1u);
  EXPECT_THAT(stats.units, ElementsAre(Pair("Lapas Kelas IIA Cibinong", 2u), Pair("Rutan Kelas I Depok", 1u)));
  EXPECT_THAT(stats.topics, ElementsAre(Pair("Pembinaan", 3u), Pair("Layanan", 1u)));
  EXPECT_THAT(stats.years, ElementsAre(Pair("2021", 1u), Pair("2023", 2u)));
  EXPECT_THAT(stats.regions, ElementsAre(Pair("Jawa Barat", 4u)));
  EXPECT_EQ(stats.stemmer, "snowball");
  EXPECT_EQ(stats.generation, dir.live_generation());
  EXPECT_FALSE(stats.built_at.empty());
  EXPECT_EQ(stats.updated_at, "");
  EXPECT_GT(stats.size_bytes, 0u);
  EXPECT_GE(stats.total_size_bytes, stats.size_bytes);
}

}  // namespace
}  // namespace siaran::index
