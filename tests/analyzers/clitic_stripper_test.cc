#include "analyzers/clitic_stripper.h"

#include <gtest/gtest.h>

namespace siaran::analyzers {
namespace {

std::string strip(std::string_view w) { return CliticStripper::builtin().strip(w); }

TEST(CliticStripper, Particles) {
  EXPECT_EQ(strip("hancurlah"), "hancur");
  EXPECT_EQ(strip("benarkah"), "benar");
  EXPECT_EQ(strip("apapun"), "apa");
  EXPECT_EQ(strip("apatah"), "apa");
}

TEST(CliticStripper, TahOnlyAfterQuestionWords) {
  EXPECT_EQ(strip("siapatah"), "siapa");
  EXPECT_EQ(strip("membantah"), "membantah");
  EXPECT_EQ(strip("mentah"), "mentah");
}

TEST(CliticStripper, Possessives) {
  EXPECT_EQ(strip("bukunya"), "buku");
  EXPECT_EQ(strip("rumahku"), "rumah");
  EXPECT_EQ(strip("dirimu"), "diri");
}

TEST(CliticStripper, ParticleAfterPossessive) {
  EXPECT_EQ(strip("bukumukah"), "buku");
  EXPECT_EQ(strip("kulitkupun"), "kulit");
  EXPECT_EQ(strip("celananya"), "celana");
}

TEST(CliticStripper, Proclitics) {
  EXPECT_EQ(strip("kaulihat"), "lihat");
  EXPECT_EQ(strip("kuambil"), "ambil");
  EXPECT_EQ(strip("kuceritakan"), "ceritakan");
  EXPECT_EQ(strip("kulihatnya"), "lihat");
}

TEST(CliticStripper, WordsThatMerelyBeginWithKu) {
  for (std::string_view w : {"kuat", "kuasa", "kurang", "kuliah", "kualitas", "kaum", "kurangi", "kunci"}) {
    EXPECT_EQ(strip(w), w);
  }
}

TEST(CliticStripper, RemainderMustStayWordSized) {
  // Too short or with a single vowel left: these are roots.
  for (std::string_view w : {"buku", "ilmu", "tamu", "nikah", "salah", "telah", "punya", "hanya",
                             "tanya", "aku", "kamu", "pun", "lah", "nya", "langkah"}) {
    EXPECT_EQ(strip(w), w);
  }
  EXPECT_EQ(strip("nyanyi"), "nyanyi");
  EXPECT_EQ(strip("bentuk"), "bentuk");
}

TEST(CliticStripper, RootsEndingInClitisLettersAreProtected) {
  for (std::string_view w : {"sekolah", "masalah", "berlaku", "pelaku", "bertemu", "bertanya",
                             "pemerintah", "setelah", "sejumlah", "istilah", "penemu"}) {
    EXPECT_EQ(strip(w), w);
  }
  // ...but their own clitics still go.
  EXPECT_EQ(strip("sekolahnya"), "sekolah");
  EXPECT_EQ(strip("masalahnya"), "masalah");
  EXPECT_EQ(strip("pemerintahpun"), "pemerintah");
}

TEST(CliticStripper, AllahNamesKeepLah) {
  EXPECT_EQ(strip("abdullah"), "abdullah");
  EXPECT_EQ(strip("hizbullah"), "hizbullah");
}

TEST(CliticStripper, ProtectedRemainderMayBeShort) {
  EXPECT_EQ(strip("kpknya"), "kpk");
  EXPECT_EQ(strip("uptnya"), "upt");
  EXPECT_EQ(strip("hpnya"), "hpnya");  // not protected, no vowels: left alone
}

TEST(CliticStripper, CustomLists) {
  ProtectedTerms terms(WordList::parse("kamus\n"));
  CliticStripper s(terms, WordList::parse("tulis\n"));
  EXPECT_EQ(s.strip("kutulis"), "tulis");
  EXPECT_EQ(s.strip("kulihat"), "kulihat");  // not a root of this list
  EXPECT_EQ(s.strip("kamusnya"), "kamus");
}

}  // namespace
}  // namespace siaran::analyzers
