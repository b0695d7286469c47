#include "analyzers/lexicon_stemmer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "analyzers/analyzer.h"
#include "tests/support/test_paths.h"

namespace siaran::analyzers {
namespace {

// The dictionary is a declared dependency (scripts/setup installs hunspell-id): a missing file
// fails these tests rather than skipping them.
class LexiconStemmerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(RootLexicon::kDefaultDictionary))
        << RootLexicon::kDefaultDictionary << " missing: scripts/setup installs hunspell-id";
  }
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Words joined by single spaces (appended one by one: GCC 12 warns falsely, -Wrestrict, on
// const char* + std::string).
void append_word(std::string& out, const std::string& word) {
  if (!out.empty()) out.push_back(' ');
  out.append(word);
}

std::string analyzer_stems(const Analyzer& a, const std::string& text) {
  std::string out;
  for (const Token& t : a.analyze(text)) append_word(out, t.stem);
  return out;
}

TEST_F(LexiconStemmerTest, SastrawiFunctionalCasesAtLeastNinetyPercent) {
  SIARAN_REQUIRE_SHARED(tsv, "stemming/sastrawi-functional.tsv");
  std::ifstream in(tsv);
  ASSERT_TRUE(in) << tsv;
  LexiconStemmer stemmer;
  Analyzer analyzer({StemmerKind::Lexicon, /*drop_stopwords=*/false});
  size_t total = 0, stemmer_right = 0, analyzer_right = 0;
  std::string line, failures;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string word = line.substr(0, tab), expected = line.substr(tab + 1);
    std::istringstream words(lower(word));
    std::string w, got;
    while (words >> w) append_word(got, stemmer.stem(w));
    std::string in_analyzer = analyzer_stems(analyzer, word);
    ++total;
    stemmer_right += got == expected;
    analyzer_right += in_analyzer == expected;
    if (got != expected || in_analyzer != expected) {
      failures += "  " + word + ": stemmer " + got + ", analyzer " + in_analyzer + ", expected " + expected + "\n";
    }
  }
  std::cout << "sastrawi-functional.tsv: stemmer " << stemmer_right << "/" << total << ", analyzer "
            << analyzer_right << "/" << total << "; wrong:\n" << failures;
  ASSERT_GT(total, 80u);
  EXPECT_GE(stemmer_right * 10, total * 9);
  EXPECT_GE(analyzer_right * 10, total * 9);
}

TEST_F(LexiconStemmerTest, WordsOfCorrectionsReleases) {
  LexiconStemmer s;
  const std::pair<const char*, const char*> cases[] = {
      {"peranan", "peran"},          {"menahan", "tahan"},         {"pemasyarakatan", "masyarakat"},
      {"bagian", "bagi"},            {"kepala", "kepala"},         {"pembinaan", "bina"},
      {"dibina", "bina"},            {"binaan", "bina"},           {"kegiatan", "giat"},
      {"pelatihan", "latih"},        {"penggeledahan", "geledah"}, {"pembebasan", "bebas"},
      {"bersyarat", "syarat"},       {"narapidana", "narapidana"}, {"remisi", "remisi"},
      {"asimilasi", "asimilasi"},    {"integrasi", "integrasi"},   {"narkoba", "narkoba"},
      {"kunjungan", "kunjung"},      {"tersangka", "sangka"},      {"terpidana", "pidana"},
      {"penahanan", "tahan"},        {"tahanan", "tahan"},         {"petugas", "tugas"},
      {"pengawasan", "awas"},        {"pelayanan", "layan"},       {"pengamanan", "aman"},
      {"keberhasilan", "hasil"},     {"pemberdayaan", "daya"},     {"kepemimpinan", "pimpin"},
      {"diberikan", "beri"},         {"memberikan", "beri"},       {"penerimaan", "terima"},
      {"rehabilitasi", "rehabilitasi"}, {"bekerjasama", "kerjasama"}, {"dimulai", "mulai"},
      {"menunjukan", "tunjuk"},      {"mengupas", "kupas"},        {"bisikan", "bisik"},
      {"keberadaan", "ada"},         {"mengadakan", "ada"},        {"kepemiluan", "pemilu"},
      {"membiarkan", "biar"},        {"penglihatan", "lihat"},     {"memperkuat", "kuat"},
  };
  for (auto [word, root] : cases) EXPECT_EQ(s.stem(word), root) << word;
}

TEST_F(LexiconStemmerTest, HyphenatedWordsWhenCalledDirectly) {
  LexiconStemmer s;
  EXPECT_EQ(s.stem("kuasa-mu"), "kuasa");
  EXPECT_EQ(s.stem("berbalas-balasan"), "balas");
  EXPECT_EQ(s.stem("meniru-nirukan"), "tiru");
  EXPECT_EQ(s.stem("buku-buku"), "buku");
  EXPECT_EQ(s.stem("anti-korupsi"), "anti-korupsi");
  EXPECT_EQ(s.stem("-"), "-");
}

TEST_F(LexiconStemmerTest, UnknownWordsFallBackToSnowball) {
  LexiconStemmer lexicon;
  SnowballStemmer snowball;
  for (std::string_view w : {"jokowi", "memposting", "dimas", "berlin", "milan", "ditjenpas", "sebanyak5",
                             "pelé", "ab", ""}) {
    if (!lexicon.lexicon().contains(w)) {
      EXPECT_EQ(lexicon.lexicon_root(w), std::nullopt) << w;
      EXPECT_EQ(lexicon.stem(w), snowball.stem(w)) << w;
    }
  }
  // Known words never reach Snowball: it cuts "kepala" to "pala", "berita" to "ita".
  EXPECT_EQ(lexicon.stem("kepala"), "kepala");
  EXPECT_EQ(lexicon.stem("berita"), "berita");
  EXPECT_EQ(lexicon.lexicon_root("menahan"), "tahan");
}

// Random stacks of affixes around random and real roots: the answer is always the word itself, a
// root of the lexicon, or Snowball's stem, and every reading's root is in the lexicon.
TEST_F(LexiconStemmerTest, AnswersAreRootsOrSnowballForRandomAffixStacks) {
  const char* pieces[] = {"me", "mem", "men", "meng", "meny", "menge", "pe", "pem", "pen", "peng",
                          "peny", "per", "ber", "be", "ter", "te", "di", "ke", "se", "ku", "kau",
                          "an", "kan", "i", "isasi", "nya", "ku", "mu", "lah", "kah", "pun", "k",
                          "a", "e", "r", "tahan", "ajar", "bina", "kupas", "ada", "satu", "-", "é"};
  LexiconStemmer lexicon;
  ConfixStripper stripper(lexicon.lexicon());
  SnowballStemmer snowball;
  std::mt19937 rng(5);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1), length(0, 8);
  for (int round = 0; round < 20000; ++round) {
    std::string word;
    for (size_t n = length(rng); n > 0; --n) word += pieces[pick(rng)];
    std::string stem = lexicon.stem(word);
    if (word.find('-') == std::string::npos) {
      EXPECT_TRUE(stem == word || lexicon.lexicon().contains(stem) || stem == snowball.stem(word))
          << word << " -> " << stem;
    }
    for (const ConfixStripper::Reading& r : stripper.readings(word)) {
      ASSERT_TRUE(lexicon.lexicon().contains(r.root)) << word << ": " << r.analysis;
      ASSERT_GE(r.root.size(), 3u) << word;
    }
  }
}

TEST_F(LexiconStemmerTest, ProtectedTermsWinInTheAnalyzer) {
  Analyzer a({StemmerKind::Lexicon, true});
  auto tokens = a.analyze("Kepala Lapas pemasyarakatan tahanan pembinaan");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].stem, "kepala");
  EXPECT_EQ(tokens[1].stem, "lapas");
  EXPECT_EQ(tokens[2].stem, "pemasyarakatan") << "protected, though the lexicon reads masyarakat";
  EXPECT_EQ(tokens[3].stem, "tahanan");
  EXPECT_EQ(tokens[4].stem, "bina");
  for (int i = 0; i < 4; ++i) EXPECT_TRUE(tokens[i].is_protected) << tokens[i].surface;
  EXPECT_EQ(LexiconStemmer().stem("pemasyarakatan"), "masyarakat");
}

TEST_F(LexiconStemmerTest, TwoThreadsShareOneLexicon) {
  const std::vector<std::string> words = {"peranan", "menahan", "pembinaan", "kegiatan", "jokowi",
                                          "pengawasan", "keberhasilan", "bersyarat", "memberikan"};
  std::vector<std::string> expected;
  {
    LexiconStemmer s;
    for (const std::string& w : words) expected.push_back(s.stem(w));
  }
  auto work = [&](std::vector<std::string>& out, const RootLexicon*& lexicon) {
    Analyzer analyzer({StemmerKind::Lexicon, true});
    LexiconStemmer s;
    lexicon = &s.lexicon();
    for (int round = 0; round < 200; ++round) {
      for (const std::string& w : words) {
        std::string a = s.stem(w), b = analyzer.stem(w);
        if (round == 0) out.push_back(a);
        if (a != b) out.push_back("disagree: " + w);
      }
    }
  };
  std::vector<std::string> first, second;
  const RootLexicon *first_lexicon = nullptr, *second_lexicon = nullptr;
  std::thread t1(work, std::ref(first), std::ref(first_lexicon));
  std::thread t2(work, std::ref(second), std::ref(second_lexicon));
  t1.join();
  t2.join();
  EXPECT_EQ(first, expected);
  EXPECT_EQ(second, expected);
  EXPECT_EQ(first_lexicon, second_lexicon);
  EXPECT_EQ(first_lexicon, RootLexicon::shared().get());
}

TEST_F(LexiconStemmerTest, MissingDictionaryFailsTheStemmerNotSilently) {
  testing::TempDir dir;
  auto missing = dir.path() / "id_ID.dic";
  try {
    LexiconStemmer stemmer(missing);
    ADD_FAILURE() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("lexicon stemmer needs " + missing.string() +
                                         " (Debian package hunspell-id)"),
              std::string::npos)
        << e.what();
  }
}

TEST_F(LexiconStemmerTest, SelectableEverywhere) {
  EXPECT_EQ(parse_stemmer_kind("lexicon"), StemmerKind::Lexicon);
  EXPECT_EQ(make_stemmer(StemmerKind::Lexicon)->stem("menahan"), "tahan");
  Analyzer a({StemmerKind::Lexicon, true});
  EXPECT_EQ(a.stem("peranan"), "peran");
  Xapian::Stem stem = a.xapian_stem();
  EXPECT_EQ(stem.get_description(), "Xapian::Stem(siaran-indonesian-lexicon)");
  EXPECT_EQ(stem("Menahan"), "tahan");
  EXPECT_EQ(stem("Kepala"), "kepala");
}

}  // namespace
}  // namespace siaran::analyzers
