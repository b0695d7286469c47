#include <gtest/gtest.h>

#include "corpus/page_furniture.h"
#include "corpus/release_layout.h"
#include "corpus/utf8.h"

namespace siaran::corpus {
namespace {

TEST(PageFurniture, DropsBannersPromosAndShareRows) {
  const PageFurniture furniture;
  const std::string text =
      "Paragraf pertama.\n"
      "SCROLL TO CONTINUE WITH CONTENT\n"
      "ADVERTISEMENT\n"
      "Baca juga: Rutan Lain Gelar Razia\n"
      "Simak juga Video 'Razia Blok Hunian'\n"
      "Tonton juga video \"Pembinaan Kemandirian\"\n"
      "Saksikan Live DetikPagi :\n"
      "Bagikan:\n"
      "Share  Tweet | WhatsApp\n"
      "loading...\n"
      "Paragraf kedua.\n";
  EXPECT_EQ(furniture.clean(text), "Paragraf pertama.\n\nParagraf kedua.");
}

TEST(PageFurniture, KeepsOrdinaryLinesThatMerelyMentionFurnitureWords) {
  const PageFurniture furniture;
  EXPECT_EQ(furniture.clean(
                "Warga binaan belajar cara share pengetahuan.\nIklan layanan masyarakat diputar."),
            "Warga binaan belajar cara share pengetahuan.\n\nIklan layanan masyarakat diputar.");
  EXPECT_EQ(furniture.clean("Nilai akhir 0\nlike"),
            "Nilai akhir 0\n\nlike");  // no reaction heading
}

TEST(PageFurniture, DropsReactionBlocksButNotWhatFollowsThem) {
  const PageFurniture furniture;
  EXPECT_EQ(
      furniture.clean("Isi.\n\nWhat's Your Reaction?\n\nlike\n0\ndislike\n12\nlove\n0\nfunny\n0\n"
                      "angry\n0\nsad\n0\nwow\n0\n\nKomentar pembaca ditutup."),
      "Isi.\n\nKomentar pembaca ditutup.");
  EXPECT_EQ(furniture.clean("Isi.\nApa Reaksi Anda?\nSuka\n3\nSedih\n1"), "Isi.");
}

TEST(PageFurniture, RemovesGluedFragmentsAndScraperDebris) {
  const PageFurniture furniture;
  EXPECT_EQ(furniture.clean(",,,Petugas berjaga. (bbs),,,loading..."), "Petugas berjaga. (bbs)");
  EXPECT_EQ(furniture.clean(" - Petugas berjaga.SCROLL TO CONTINUE WITH CONTENT"),
            "Petugas berjaga.");
  EXPECT_EQ(furniture.clean("Kata NOADVERTISEMENTS tetap."), "Kata NOADVERTISEMENTS tetap.")
      << "a fragment inside a longer word is left alone";
  EXPECT_EQ(furniture.clean("Petugas SCROLL TO CONTINUE WITH CONTENT berjaga."),
            "Petugas berjaga.");
}

TEST(PageFurniture, NormalisesWhiteSpace) {
  const PageFurniture furniture;
  EXPECT_EQ(furniture.clean("  Satu\xC2\xA0\xC2\xA0 dua\tt\xE2\x80\x8Biga  \r\n\r\n\r\n  Empat  "),
            "Satu dua tiga\n\nEmpat");
  EXPECT_EQ(PageFurniture::normalise_spaces("\xEF\xBB\xBF Judul\xE2\x80\xAFRilis "), "Judul Rilis");
  EXPECT_EQ(furniture.clean(""), "");
  EXPECT_TRUE(furniture.paragraphs("\n \n\t\n").empty());
}

TEST(ReleaseLayout, DatelineStyles) {
  struct Case {
    const char* paragraph;
    const char* place;
    const char* source;
    const char* date;
    const char* rest;
  };
  const Case cases[] = {
      {"Sentul, INFO_PAS \xE2\x80\x93 Guna memastikan.", "Sentul", "INFO_PAS", "",
       "Guna memastikan."},
      {"JAKARTA, (ANTARA) - Petugas berjaga.", "Jakarta", "ANTARA", "", "Petugas berjaga."},
      {"Jakarta (ANTARA) -- Petugas berjaga.", "Jakarta", "ANTARA", "", "Petugas berjaga."},
      {"Jakarta - Petugas berjaga.", "Jakarta", "", "", "Petugas berjaga."},
      {"Pangkal-Pinang, INFO_PAS \xE2\x80\x94 Petugas.", "Pangkal-Pinang", "INFO_PAS", "",
       "Petugas."},
      {"BANDA ACEH, KOMPAS.com - Petugas.", "Banda Aceh", "KOMPAS.com", "", "Petugas."},
      {"Cibinong, 13 Desember 2022 - Petugas.", "Cibinong", "", "2022-12-13", "Petugas."},
      {"TRIBUNNEWS.COM - Petugas.", "", "TRIBUNNEWS.COM", "", "Petugas."},
      {"Kapanlagi.com - Petugas.", "", "Kapanlagi.com", "", "Petugas."},
      {"Kab. Cirebon - Petugas.", "Kab. Cirebon", "", "", "Petugas."},
  };
  for (const Case& c : cases) {
    std::string paragraph = c.paragraph;
    const auto dateline = take_dateline(paragraph);
    ASSERT_TRUE(dateline.has_value()) << c.paragraph;
    EXPECT_EQ(dateline->place, c.place) << c.paragraph;
    EXPECT_EQ(dateline->source, c.source) << c.paragraph;
    EXPECT_EQ(dateline->date, c.date) << c.paragraph;
    EXPECT_EQ(paragraph, c.rest) << c.paragraph;
  }
}

TEST(ReleaseLayout, NotDatelines) {
  for (const char* text :
       {"Petugas berjaga - seperti biasa - di pos.", "Presiden Prabowo Subianto - yang hadir.",
        "Kalapas, yang baru dilantik, berkata - ya.", "Sebanyak 20 warga - semua hadir.",
        "- Petugas berjaga.", "Jakarta-Bandung ditempuh dua jam.", "Berita , - Beredar video.",
        "Foto - Petugas berjaga."}) {
    std::string paragraph = text;
    EXPECT_FALSE(take_dateline(paragraph).has_value()) << text;
    EXPECT_EQ(paragraph, text);
  }
}

TEST(ReleaseLayout, AuthorCodes) {
  std::string a = "ucap Kalapas. (O2/afn)";
  EXPECT_EQ(take_author_code(a).value_or(""), "O2/afn");
  EXPECT_EQ(a, "ucap Kalapas.");
  std::string b = "\xE2\x80\x9CSiap,\xE2\x80\x9D ujarnya.  (bbs) ";
  EXPECT_EQ(take_author_code(b).value_or(""), "bbs");
  EXPECT_EQ(b, "\xE2\x80\x9CSiap,\xE2\x80\x9D ujarnya.");
  for (const char* text : {"Komisi Pemberantasan Korupsi (KPK)", "hadir pada Minggu (11/12)",
                           "sesuai arahan. (KPK)", "berlangsung lancar (rls/lpc)", "(dua kata)"}) {
    std::string paragraph = text;
    EXPECT_FALSE(take_author_code(paragraph).has_value()) << text;
    EXPECT_EQ(paragraph, text);
  }
  std::string alone = "(hms/lpb)";
  EXPECT_EQ(take_author_code(alone).value_or(""), "hms/lpb");
  EXPECT_EQ(alone, "");
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_FALSE(find_invalid_utf8("Rutan \xE2\x80\x93 Lapas \xF0\x9F\x98\x80"));
  EXPECT_EQ(find_invalid_utf8("ab\xC3"), 2u);             // truncated
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);      // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("a\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("abc\x80"), 3u);            // lone continuation
  EXPECT_EQ(find_invalid_utf8("\xE0\x80\x80"), 0u);       // overlong 3-byte
  // Long ASCII runs are checked eight bytes at a time: a bad byte is found at every offset.
  for (size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text[at] = '\xC3';  // truncated (or followed by 'a'): invalid
    EXPECT_EQ(find_invalid_utf8(text), at) << at;
    text.replace(at, 1, "\xC3\xA9");  // é: valid
    EXPECT_FALSE(find_invalid_utf8(text)) << at;
  }
  EXPECT_EQ(find_nul(std::string_view("ab\0c", 4)), 2u);
  EXPECT_FALSE(find_nul("abc"));
  EXPECT_EQ(line_of_offset("a\nb\nc", 4), 3u);
}

}  // namespace
}  // namespace siaran::corpus
