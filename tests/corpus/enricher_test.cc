// Enricher: rejections, stated fields never overwritten, *_inferred flags, derived ids; and the
// real data in ../shared (the seed release, 1,000 Detik articles) when it is present.
#include "corpus/enricher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/date_inference.h"
#include "tests/support/test_paths.h"

namespace siaran::corpus {
namespace {

Document release(std::string title, std::string body) {
  Document doc;
  doc.title = std::move(title);
  doc.body = std::move(body);
  doc.source = "INFO_PAS";
  return doc;
}

const char* kCibinongBody =
    "Cibinong, INFO_PAS - Lapas Kelas IIA Cibinong menggelar razia dan penggeledahan kamar "
    "hunian, Selasa (13/12). Kegiatan rutin sepanjang 2022 ini menyasar barang terlarang.\n\n"
    "Kegiatan ini mendukung arahan Direktorat Jenderal Pemasyarakatan.";

TEST(Enricher, DerivesAndMarksWhatIsNotStated) {
  const Enricher enricher;
  Document doc = release("Razia Kamar Hunian", kCibinongBody);
  ASSERT_EQ(enricher.enrich(doc), std::nullopt);
  EXPECT_EQ(doc.date, "2022-12-13");
  EXPECT_TRUE(doc.date_inferred);
  EXPECT_EQ(doc.unit, "Lapas Kelas IIA Cibinong");
  EXPECT_TRUE(doc.unit_inferred);
  EXPECT_EQ(doc.region, "Jawa Barat");
  EXPECT_EQ(doc.topic, "Keamanan");
  EXPECT_TRUE(doc.topic_inferred);
  EXPECT_EQ(doc.id, Enricher::derive_id(release("Razia Kamar Hunian", kCibinongBody)));
}

TEST(Enricher, NeverOverwritesStatedFields) {
  const Enricher enricher;
  Document doc = release("Razia Kamar Hunian", kCibinongBody);
  doc.id = "rilis-7";
  doc.date = "2023-01-05";
  doc.unit = "Kanwil Kemenkumham Jawa Barat";
  doc.region = "Jawa Barat";
  doc.topic = "Berita Utama";
  const Document stated = doc;
  ASSERT_EQ(enricher.enrich(doc), std::nullopt);
  EXPECT_EQ(doc, stated);
  EXPECT_FALSE(doc.date_inferred);
  EXPECT_FALSE(doc.unit_inferred);
  EXPECT_FALSE(doc.topic_inferred);
}

TEST(Enricher, KeepsInferredFlagsAReaderAlreadySet) {
  // A re-imported enriched record says its date was inferred: that stays true.
  const Enricher enricher;
  Document doc = release("Razia", kCibinongBody);
  doc.date = "2022-12-13";
  doc.date_inferred = true;
  ASSERT_EQ(enricher.enrich(doc), std::nullopt);
  EXPECT_EQ(doc.date, "2022-12-13");
  EXPECT_TRUE(doc.date_inferred);
}

TEST(Enricher, FillsTheRegionOfAStatedUnit) {
  const Enricher enricher;
  Document doc = release("Apel Pagi", "Petugas mengikuti apel pagi.");
  doc.unit = "Rutan Klas I Depok";
  ASSERT_EQ(enricher.enrich(doc), std::nullopt);
  EXPECT_EQ(doc.unit, "Rutan Klas I Depok") << "a stated unit is kept as written";
  EXPECT_FALSE(doc.unit_inferred);
  EXPECT_EQ(doc.region, "Jawa Barat");
}

TEST(Enricher, RegionFromTheDatelinePlaceWhenNoUnitIsKnown) {
  const Enricher enricher;
  Document doc = release("Apel Pagi", "Petugas mengikuti apel pagi.");
  doc.place = "Sentul";
  ASSERT_EQ(enricher.enrich(doc), std::nullopt);
  EXPECT_TRUE(doc.unit.empty());
  EXPECT_FALSE(doc.unit_inferred);
  EXPECT_EQ(doc.region, "Jawa Barat");
}

TEST(Enricher, LeavesWhatItCannotDeriveEmpty) {
  const Enricher enricher;
  Document doc = release("Apel Pagi", "Petugas mengikuti apel pagi.");
  ASSERT_EQ(enricher.enrich(doc), std::nullopt);
  EXPECT_TRUE(doc.date.empty());
  EXPECT_FALSE(doc.date_inferred);
  EXPECT_TRUE(doc.unit.empty());
  EXPECT_TRUE(doc.region.empty());
  EXPECT_EQ(doc.topic, "Umum");
  EXPECT_TRUE(doc.topic_inferred);
}

TEST(Enricher, NormalisesAStatedDate) {
  const Enricher enricher;
  Document doc = release("Apel", "Petugas apel.");
  doc.date = "2022-12-13T09:30";
  ASSERT_EQ(enricher.enrich(doc), std::nullopt);
  EXPECT_EQ(doc.date, "2022-12-13T09:30:00");
  EXPECT_FALSE(doc.date_inferred);
}

TEST(Enricher, RejectsWhatCannotBeIndexedAndLeavesItUnchanged) {
  const Enricher enricher;
  struct Bad {
    Document doc;
    std::string reason;
  };
  std::vector<Bad> cases;
  cases.push_back({release("", ""), "empty title and body"});
  cases.push_back({release(" \n\t", "  \n\n "), "empty title and body"});
  cases.push_back({release("Judul Saja", ""), "empty body"});
  cases.push_back({release("Judul Saja", "\n  \n"), "empty body"});
  cases.push_back({release("Judul \xff rusak", "Isi."), "invalid UTF-8 in field \"title\" at byte 6"});
  cases.push_back({release("Judul", "Isi \xc3("), "invalid UTF-8 in field \"body\" at byte 4"});
  cases.push_back({release("Judul", std::string("Isi\0lagi", 8)), "NUL byte in field \"body\" at byte 3"});
  Document bad_place = release("Judul", "Isi.");
  bad_place.place = "Sentul\xe2\x82";
  cases.push_back({bad_place, "invalid UTF-8 in field \"place\" at byte 6"});
  Document bad_date = release("Judul", "Isi.");
  bad_date.date = "2022-13-01";
  cases.push_back({bad_date, "date \"2022-13-01\" is not a real calendar date"});
  Document not_iso = release("Judul", "Isi.");
  not_iso.date = "13 Desember 2022";
  cases.push_back({not_iso, ""});  // reason text belongs to DateParser; only its presence matters

  for (Bad& bad : cases) {
    const Document before = bad.doc;
    const auto reason = enricher.enrich(bad.doc);
    ASSERT_TRUE(reason.has_value()) << "accepted: " << before.title;
    if (!bad.reason.empty()) EXPECT_EQ(*reason, bad.reason);
    else EXPECT_EQ(reason->rfind("date \"13 Desember 2022\" ", 0), 0u) << *reason;
    EXPECT_EQ(bad.doc, before) << *reason;
  }
}

TEST(Enricher, DerivedIdsAreStableAndDistinct) {
  Document a = release("Razia Kamar Hunian", "Isi pertama.");
  Document b = a;
  b.body = "Isi yang sudah diperbaiki.";  // corrected body: still the same release
  EXPECT_EQ(Enricher::derive_id(a), Enricher::derive_id(b));
  Document c = a;
  c.title = "Razia Kamar Hunian Blok B";
  EXPECT_NE(Enricher::derive_id(a), Enricher::derive_id(c));
  Document d = a;
  d.url = "https://example.org/rilis/2";
  EXPECT_NE(Enricher::derive_id(a), Enricher::derive_id(d));
  // Without a title the body tells releases apart.
  Document e = release("", "Isi satu."), f = release("", "Isi dua.");
  EXPECT_NE(Enricher::derive_id(e), Enricher::derive_id(f));

  const std::string id = Enricher::derive_id(a);
  EXPECT_EQ(id.size(), 18u);
  EXPECT_EQ(id.rfind("h-", 0), 0u);

  // The id is taken before the date is inferred: improving inference never changes it.
  const Enricher enricher;
  Document g = release("Razia Kamar Hunian", kCibinongBody);
  ASSERT_EQ(enricher.enrich(g), std::nullopt);
  ASSERT_TRUE(g.date_inferred);
  Document h = release("Razia Kamar Hunian", kCibinongBody);
  EXPECT_EQ(g.id, Enricher::derive_id(h));

  Document stated = release("Razia", "Isi.");
  stated.id = "  ";
  ASSERT_EQ(enricher.enrich(stated), std::nullopt);
  EXPECT_EQ(stated.id.rfind("h-", 0), 0u) << "a blank id is replaced";
}

// The real release in ../shared: title on its first line, then the page as published.
TEST(EnricherSharedData, SeedReleaseResolvesToItsEvent) {
  SIARAN_REQUIRE_SHARED(path, "corpus/seed/ditjenpas-lokakarya-kehumasan.txt");
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  const std::string page = text.str();
  const size_t first_break = page.find('\n');
  ASSERT_NE(first_break, std::string::npos);
  Document doc = release(page.substr(0, first_break), page.substr(first_break + 1));

  const Enricher enricher;
  const auto inferred = enricher.date_inference().infer(doc.title, doc.body);
  ASSERT_TRUE(inferred);
  EXPECT_EQ(inferred->start, "2022-12-11");
  EXPECT_EQ(inferred->end, "2022-12-13");
  EXPECT_GE(inferred->confidence, 0.9);

  ASSERT_EQ(enricher.enrich(doc), std::nullopt);
  EXPECT_EQ(doc.date, "2022-12-13");
  EXPECT_TRUE(doc.date_inferred);
  EXPECT_EQ(doc.unit, "Ditjenpas");
  EXPECT_TRUE(doc.unit_inferred);
  EXPECT_EQ(doc.region, "DKI Jakarta");
  EXPECT_EQ(doc.topic, "Kehumasan");
  EXPECT_TRUE(doc.topic_inferred);
}

// Minimal RFC 4180 reading, enough for articles.csv (quoted fields, "" escapes, newlines).
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

long days(const std::string& iso) {
  using namespace std::chrono;
  const int y = std::stoi(iso.substr(0, 4));
  const unsigned m = std::stoul(iso.substr(5, 2)), d = std::stoul(iso.substr(8, 2));
  return sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count();
}

// Every Detik article goes through the Enricher; and where the article states its publication
// time, the date inferred from its text alone mostly lands on or just before it.
TEST(EnricherSharedData, DetikArticlesEnrichAndDatesAgreeWithPublication) {
  SIARAN_REQUIRE_SHARED(path, "corpus/detik-2025/articles.csv");
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const auto rows = read_csv(text.str());
  ASSERT_GT(rows.size(), 1u);
  ASSERT_EQ(rows[0], (std::vector<std::string>{"id", "judul", "tautan", "tanggal", "isi_berita",
                                                 "aspek_target"}));
  const Enricher enricher;
  size_t accepted = 0, dated = 0, agreeing = 0;
  for (size_t r = 1; r < rows.size(); ++r) {
    ASSERT_EQ(rows[r].size(), 6u) << "CSV row " << r;
    Document doc;
    doc.id = rows[r][0];
    doc.title = rows[r][1];
    doc.url = rows[r][2];
    doc.body = rows[r][4];
    doc.source = "detik.com";
    if (enricher.enrich(doc)) continue;
    ++accepted;
    EXPECT_FALSE(doc.topic.empty());
    if (!doc.date_inferred) continue;
    ++dated;
    // tanggal is "%m/%d/%Y %H:%M".
    const std::string& stamp = rows[r][3];
    const size_t a = stamp.find('/'), b = stamp.find('/', a + 1);
    char published[16];
    std::snprintf(published, sizeof published, "%04d-%02d-%02d", std::stoi(stamp.substr(b + 1, 4)),
                  std::stoi(stamp.substr(0, a)), std::stoi(stamp.substr(a + 1, b - a - 1)));
    const long lag = days(published) - days(doc.date.substr(0, 10));
    if (lag >= 0 && lag <= 2) ++agreeing;
  }
  EXPECT_EQ(rows.size() - 1, 1000u);
  EXPECT_GE(accepted, 990u);
  EXPECT_GE(dated, 800u) << "most news articles name the day they report on";
  EXPECT_GE(agreeing * 100, dated * 85) << agreeing << " of " << dated
                                        << " inferred dates within 2 days before publication";
}

}  // namespace
}  // namespace siaran::corpus
