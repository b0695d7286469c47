#include "analyzers/analyzer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace siaran::analyzers {
namespace {

std::vector<std::string> exacts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.exact);
  return out;
}

using Strings = std::vector<std::string>;

TEST(Analyzer, ReduplicationIsOneTokenAtOnePosition) {
  Analyzer a;
  std::string text = "Kata-kata buku-buku berlari-lari anak-anaknya sayur-sayuran sayur-mayur";
  auto tokens = a.analyze(text);
  EXPECT_EQ(exacts(tokens), (Strings{"kata", "buku", "berlari", "anak", "sayuran", "sayur", "mayur"}));
  EXPECT_EQ(tokens[0].surface, "Kata-kata");
  EXPECT_EQ(tokens[3].surface, "anak-anaknya");
  EXPECT_EQ(tokens[2].stem, "lari");
  EXPECT_EQ(tokens[4].stem, "sayur");
  for (size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(tokens[i].position, i + 1);
}

TEST(Analyzer, CliticAfterAHyphenAndConfixedReduplication) {
  Analyzer a;
  auto tokens = a.analyze("kuasa-Mu KPK-nya berbalas-balasan meniru-nirukan");
  EXPECT_EQ(exacts(tokens), (Strings{"kuasa", "kpk", "berbalasan", "menirukan"}));
  EXPECT_EQ(tokens[0].surface, "kuasa-Mu");
  EXPECT_EQ(tokens[1].kind, TokenKind::Acronym);
  EXPECT_EQ(tokens[2].stem, "balas");
  for (size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(tokens[i].position, i + 1);
}

TEST(Analyzer, HyphenatedCompoundsAreTheirParts) {
  Analyzer a;
  auto tokens = a.analyze("Prabowo-Gibran Covid-19");
  EXPECT_EQ(exacts(tokens), (Strings{"prabowo", "gibran", "covid", "19"}));
  EXPECT_EQ(tokens[1].surface, "Gibran");
  EXPECT_EQ(tokens[3].kind, TokenKind::Number);
}

TEST(Analyzer, CliticsAreStrippedIntoExact) {
  Analyzer a;
  EXPECT_EQ(exacts(a.analyze("Bukunya kaulihat bukumukah sekolahnya")),
            (Strings{"buku", "lihat", "buku", "sekolah"}));
}

TEST(Analyzer, PercentMatchesPersen) {
  Analyzer a;
  auto with_sign = a.analyze("inflasi 5,12%");
  auto with_word = a.analyze("inflasi 5,12 persen");
  EXPECT_EQ(exacts(with_sign), exacts(with_word));
  EXPECT_EQ(exacts(with_sign), (Strings{"inflasi", "5,12", "persen"}));
  EXPECT_EQ(with_sign[2].surface, "%");
  EXPECT_EQ(with_sign[1].kind, TokenKind::Number);
}

TEST(Analyzer, Numbers) {
  Analyzer a;
  auto tokens = a.analyze("Rp1.000.000 atau 2,5 juta pada 13/12/2022");
  EXPECT_EQ(exacts(tokens), (Strings{"rp", "1000000", "atau", "2,5", "juta", "pada", "13", "12", "2022"}));
  EXPECT_EQ(tokens[1].surface, "1.000.000");
  EXPECT_EQ(tokens[1].stem, "1000000");
}

TEST(Analyzer, CaseAndCompatibilityForms) {
  Analyzer a;
  auto full_width = a.analyze("ＫＰＫ");
  ASSERT_EQ(full_width.size(), 1u);
  EXPECT_EQ(full_width[0].exact, "kpk");
  EXPECT_EQ(full_width[0].kind, TokenKind::Acronym);
  EXPECT_EQ(exacts(a.analyze("LAPAS lapas Lapas")), (Strings{"lapas", "lapas", "lapas"}));
}

TEST(Analyzer, AcronymsAndProtectedTerms) {
  Analyzer a;
  auto tokens = a.analyze("UPT WBP U.P.T. Kemenkumham KemenPAN Ditjenpas PRESIDEN Lapas Kelas IIA");
  ASSERT_EQ(tokens.size(), 10u);
  EXPECT_EQ(tokens[0].kind, TokenKind::Acronym);
  EXPECT_EQ(tokens[1].kind, TokenKind::Acronym);
  EXPECT_EQ(tokens[2].kind, TokenKind::Acronym);
  EXPECT_EQ(tokens[2].exact, "upt");
  EXPECT_EQ(tokens[2].surface, "U.P.T.");
  EXPECT_EQ(tokens[3].kind, TokenKind::Word);
  EXPECT_EQ(tokens[4].kind, TokenKind::Acronym);
  EXPECT_EQ(tokens[6].kind, TokenKind::Word);  // a headline word in capitals
  EXPECT_EQ(tokens[9].exact, "iia");
  EXPECT_EQ(tokens[9].stem, "iia");
  EXPECT_TRUE(tokens[9].is_protected);
  for (int i : {0, 1, 2, 3, 4, 5, 7}) {
    EXPECT_TRUE(tokens[i].is_protected) << tokens[i].surface;
    EXPECT_EQ(tokens[i].stem, tokens[i].exact) << tokens[i].surface;
  }
}

TEST(Analyzer, MeasuredCollisionsAreLeftUnstemmed) {
  Analyzer a;
  for (std::string_view w : {"berita", "media", "menteri", "kepala", "ditjenpas", "kemenkumham"}) {
    EXPECT_EQ(a.stem(w), w);
  }
  EXPECT_EQ(a.stem("membaca"), "baca");  // ordinary words are still stemmed
  EXPECT_EQ(a.stem("iii"), "iii");
}

TEST(Analyzer, StopwordsKeepPositions) {
  Analyzer a;
  auto tokens = a.analyze("Lapas yang ada di Cibinong itulah");
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_FALSE(tokens[0].stopword);
  EXPECT_TRUE(tokens[1].stopword);
  EXPECT_TRUE(tokens[2].stopword);
  EXPECT_TRUE(tokens[3].stopword);
  EXPECT_FALSE(tokens[4].stopword);
  EXPECT_TRUE(tokens[5].stopword);  // "itulah" -> "itu"
  EXPECT_EQ(tokens[4].position, 5u);
  EXPECT_EQ(tokens[1].exact, "yang");

  Analyzer keep({StemmerKind::Snowball, /*drop_stopwords=*/false});
  for (const Token& t : keep.analyze("Lapas yang ada di Cibinong")) EXPECT_FALSE(t.stopword);
}

TEST(Analyzer, OffsetsPointIntoTheOriginalText) {
  Analyzer a;
  std::string text = "Café\xFF" "Ｌａｐａｓ—\xC3 kata-kata, bukunya 5,12% \xE2\x82";
  auto tokens = a.analyze(text);
  EXPECT_EQ(exacts(tokens), (Strings{"cafe", "lapas", "kata", "buku", "5,12", "persen"}));
  for (const Token& t : tokens) {
    ASSERT_LE(t.offset + t.surface.size(), text.size());
    EXPECT_EQ(t.surface.data(), text.data() + t.offset);
  }
  EXPECT_EQ(tokens[1].surface, "Ｌａｐａｓ");
  EXPECT_EQ(tokens[2].surface, "kata-kata");
}

TEST(Analyzer, OverlongTokensAreDropped) {
  Analyzer a;
  std::string text = "awal " + std::string(500, 'x') + " akhir";
  EXPECT_EQ(exacts(a.analyze(text)), (Strings{"awal", "akhir"}));
}

TEST(Analyzer, TokenStemAlwaysEqualsStemOfExact) {
  Analyzer a;
  for (const Token& t : a.analyze("Para petugas Lapas melaksanakan pembinaan WBP di 2022, 5% "
                                  "kata-kata kebijakan-kebijakan kaulihat Ma'ruf")) {
    EXPECT_EQ(t.stem, a.stem(t.exact)) << t.surface;
  }
}

TEST(Analyzer, NoStemmer) {
  Analyzer a({StemmerKind::None, true});
  auto tokens = a.analyze("pembinaan bukunya");
  EXPECT_EQ(tokens[0].stem, "pembinaan");
  EXPECT_EQ(tokens[1].stem, "buku");
  EXPECT_EQ(a.options().stemmer, StemmerKind::None);
}

TEST(Analyzer, MoveKeepsWorking) {
  Analyzer a;
  Analyzer b(std::move(a));
  EXPECT_EQ(b.stem("membaca"), "baca");
}

TEST(StemmerKindNames, RoundTrip) {
  for (StemmerKind kind : {StemmerKind::Snowball, StemmerKind::None, StemmerKind::Lexicon}) {
    EXPECT_EQ(parse_stemmer_kind(to_string(kind)), kind);
  }
  EXPECT_STREQ(to_string(StemmerKind::Snowball), "snowball");
  EXPECT_STREQ(to_string(StemmerKind::None), "none");
  EXPECT_STREQ(to_string(StemmerKind::Lexicon), "lexicon");
  EXPECT_THROW(parse_stemmer_kind("Snowball"), std::invalid_argument);
  try {
    parse_stemmer_kind("hunspell");
    ADD_FAILURE() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "unknown stemmer \"hunspell\" (expected \"snowball\", \"lexicon\" or \"none\")");
  }
}

TEST(WriteAnalysis, OneLinePerToken) {
  Analyzer a;
  std::istringstream in("Ditjenpas membina warga binaan yang\n\nkata-kata\n");
  std::ostringstream out;
  write_analysis(in, out, a);
  EXPECT_EQ(out.str(),
            "Ditjenpas\t=ditjenpas\n"
            "membina\tbina\n"
            "warga\twarga\n"
            "binaan\tbina\n"
            "yang\t(stop)\n"
            "kata-kata\tkata\n");
}

}  // namespace
}  // namespace siaran::analyzers
