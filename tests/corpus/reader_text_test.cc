#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "corpus/release_text_reader.h"
#include "tests/corpus/reader_test_support.h"

namespace siaran::corpus {
namespace {

using testing::CollectingSink;
using testing::read_file;
using testing::read_text;
using testing::reader_fixture;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

size_t count_paragraphs(const std::string& body) {
  size_t count = body.empty() ? 0 : 1;
  for (size_t at = body.find("\n\n"); at != std::string::npos; at = body.find("\n\n", at + 2))
    ++count;
  return count;
}

std::string last_paragraph(const std::string& body) {
  const size_t at = body.rfind("\n\n");
  return at == std::string::npos ? body : body.substr(at + 2);
}

TEST(ReleaseTextReader, ReadsAReleaseAsPublished) {
  ReleaseTextReader reader;
  const auto sink = read_file(reader, reader_fixture("text/lapas-cibinong-pramuka.txt"));
  ASSERT_TRUE(sink.rejections.empty()) << sink.rejections[0].reason;
  ASSERT_EQ(sink.docs.size(), 1u);
  const Document& doc = sink.docs[0];
  EXPECT_EQ(sink.where_accepted[0].line, 1u);
  EXPECT_EQ(doc.id, "lapas-cibinong-pramuka");
  EXPECT_EQ(doc.title, "Lapas Cibinong Kukuhkan Gugus Depan Pramuka Warga Binaan");
  EXPECT_EQ(doc.place, "Cibinong");
  EXPECT_EQ(doc.source, "INFO_PAS");
  EXPECT_EQ(doc.author, "rls/lpc");
  EXPECT_EQ(doc.date, "");  // "Senin (14/8)" has no year: that is the Enricher's job
  EXPECT_FALSE(contains(doc.body, doc.title)) << "the repeated headline must be dropped";
  EXPECT_EQ(doc.body.rfind("Lembaga Pemasyarakatan (Lapas) Kelas IIA Cibinong", 0), 0u) << doc.body;
  EXPECT_EQ(count_paragraphs(doc.body), 3u) << doc.body;
  EXPECT_EQ(last_paragraph(doc.body),
            "Pengukuhan dihadiri perwakilan Kwartir Cabang dan jajaran pejabat struktural Lapas.");
  for (const char* furniture : {"Reaction", "Bagikan", "WhatsApp", "like", "dislike", "wow"}) {
    EXPECT_FALSE(contains(doc.body, furniture)) << furniture;
  }
}

TEST(ReleaseTextReader, FrontMatterFillsWhatThePageDoesNotShow) {
  ReleaseTextReader reader;
  const auto sink = read_file(reader, reader_fixture("text/rutan-depok-front-matter.md"));
  ASSERT_TRUE(sink.rejections.empty()) << sink.rejections[0].reason;
  ASSERT_EQ(sink.docs.size(), 1u);
  const Document& doc = sink.docs[0];
  EXPECT_EQ(doc.id, "rutan-depok-front-matter");
  EXPECT_EQ(doc.url, "https://contoh.go.id/berita/rutan-depok-layanan");
  EXPECT_EQ(doc.date, "2023-07-05");
  EXPECT_EQ(doc.unit, "Rutan Kelas I Depok");
  EXPECT_EQ(doc.title, "Rutan Depok Luncurkan Layanan Kunjungan Daring");
  EXPECT_EQ(doc.place, "Jakarta");
  EXPECT_EQ(doc.source, "ANTARA");
  EXPECT_EQ(count_paragraphs(doc.body), 3u) << doc.body;
  EXPECT_FALSE(contains(doc.body, "SCROLL"));
  EXPECT_EQ(doc.author, "");
}

TEST(ReleaseTextReader, RejectsFilesWithoutARelease) {
  ReleaseTextReader reader;
  const auto title_only = read_file(reader, reader_fixture("text/hanya-judul.txt"));
  ASSERT_EQ(title_only.rejections.size(), 1u);
  EXPECT_EQ(title_only.rejections[0].where.line, 1u);
  EXPECT_EQ(title_only.rejections[0].reason,
            "body is empty: the file has a title but no text below it");
  const auto empty = read_file(reader, reader_fixture("text/kosong.txt"));
  ASSERT_EQ(empty.rejections.size(), 1u);
  EXPECT_EQ(empty.rejections[0].reason, "no text: the file is empty");
  const auto typo = read_file(reader, reader_fixture("text/front-matter-salah.txt"));
  ASSERT_EQ(typo.rejections.size(), 1u);
  EXPECT_EQ(typo.rejections[0].reason,
            "front matter line 2: unknown field \"titel\" (did you mean \"title\"?)");
  EXPECT_TRUE(title_only.docs.empty() && empty.docs.empty() && typo.docs.empty());
}

TEST(ReleaseTextReader, RejectsNulAndInvalidUtf8WithTheirLine) {
  ReleaseTextReader reader;
  const char with_nul[] = "Judul\nIsi \0 rusak.\n";
  const auto nul = read_text(reader, std::string(with_nul, sizeof with_nul - 1), "nul.txt");
  ASSERT_EQ(nul.rejections.size(), 1u);
  EXPECT_EQ(nul.rejections[0].reason, "NUL byte at line 2 (byte 10)");
  const auto bad = read_text(reader, "Judul\n\nIsi \xC0\xAF rusak.\n", "bad.txt");
  ASSERT_EQ(bad.rejections.size(), 1u);
  EXPECT_EQ(bad.rejections[0].reason, "invalid UTF-8 at line 3 (byte 11)");
}

TEST(ReleaseTextReader, DatelineDatesAndPlainDatelines) {
  ReleaseTextReader reader;
  const auto dated =
      read_text(reader,
                "Kanwil Gelar Rapat Kerja\r\n\r\nBANDUNG, 13 Desember 2022 — Kantor Wilayah "
                "menggelar rapat kerja akhir tahun.\r\n",
                "/arsip/rapat-kerja.txt");
  ASSERT_EQ(dated.docs.size(), 1u);
  EXPECT_EQ(dated.docs[0].place, "Bandung");
  EXPECT_EQ(dated.docs[0].date, "2022-12-13");
  EXPECT_EQ(dated.docs[0].source, "");
  EXPECT_EQ(dated.docs[0].body, "Kantor Wilayah menggelar rapat kerja akhir tahun.");
  EXPECT_EQ(dated.docs[0].id, "rapat-kerja");

  const auto plain =
      read_text(reader, "Judul\nBanda Aceh - Petugas melakukan razia.\n", "razia.txt");
  ASSERT_EQ(plain.docs.size(), 1u);
  EXPECT_EQ(plain.docs[0].place, "Banda Aceh");
  EXPECT_EQ(plain.docs[0].body, "Petugas melakukan razia.");

  const auto none = read_text(
      reader, "Judul\nKepala Lapas Kelas IIA - yang baru dilantik - meninjau blok.\n", "bukan.txt");
  ASSERT_EQ(none.docs.size(), 1u);
  EXPECT_EQ(none.docs[0].place, "");
  EXPECT_EQ(none.docs[0].body, "Kepala Lapas Kelas IIA - yang baru dilantik - meninjau blok.");
}

TEST(ReleaseTextReader, FrontMatterDateNeedsToBeReadable) {
  ReleaseTextReader reader;
  const auto sink = read_text(reader, "---\ndate: kapan-kapan\n---\nJudul\nIsi.\n", "x.txt");
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].reason,
            "front matter line 2: date \"kapan-kapan\" is not a date we can read");
  const auto unclosed = read_text(reader, "---\ndate: 2022-12-13\nJudul\nIsi.\n", "y.txt");
  ASSERT_EQ(unclosed.rejections.size(), 1u);
  EXPECT_EQ(
      unclosed.rejections[0].reason,
      "front matter line 3: \"Judul\" is not \"field: value\" (is the closing \"---\" missing?)");
  const auto open = read_text(reader, "---\ndate: 2022-12-13\n", "z.txt");
  ASSERT_EQ(open.rejections.size(), 1u);
  EXPECT_EQ(open.rejections[0].reason,
            "front matter opened by \"---\" on line 1 is never closed by \"---\"");
}

// The real release in ../shared, read as published (its text is never copied here).
TEST(ReleaseTextReader, SharedSeedRelease) {
  SIARAN_REQUIRE_SHARED(seed, "corpus/seed/ditjenpas-lokakarya-kehumasan.txt");
  std::ifstream raw(seed);
  std::string first_line;
  std::getline(raw, first_line);

  ReleaseTextReader reader;
  const auto sink = read_file(reader, seed);
  ASSERT_TRUE(sink.rejections.empty()) << sink.rejections[0].reason;
  ASSERT_EQ(sink.docs.size(), 1u);
  const Document& doc = sink.docs[0];
  EXPECT_EQ(doc.id, "ditjenpas-lokakarya-kehumasan");
  EXPECT_EQ(doc.title, first_line);
  EXPECT_FALSE(contains(doc.body, doc.title)) << "title must appear once, as the title";
  EXPECT_EQ(doc.place, "Sentul");
  EXPECT_EQ(doc.source, "INFO_PAS");
  EXPECT_EQ(doc.author, "O2/afn");
  EXPECT_FALSE(contains(doc.body, "Sentul, INFO_PAS"));
  EXPECT_FALSE(contains(doc.body, "(O2/afn)"));
  EXPECT_FALSE(contains(doc.body, "What's Your Reaction"));
  EXPECT_FALSE(contains(doc.body, "\xC2\xA0")) << "no-break spaces are normalised";
  EXPECT_EQ(count_paragraphs(doc.body), 5u);
  const std::string last = last_paragraph(doc.body);
  EXPECT_EQ(last.back(), '.') << last;
  for (const char* counter : {"\nlike", "\ndislike", "\nwow", "\n0"})
    EXPECT_FALSE(contains(doc.body, counter)) << counter;
}

}  // namespace
}  // namespace siaran::corpus
