// TopicClassifier: one release-like text per topic (written for this test), the fallback, and
// the scoring rules (title weight, capped repeats, longest phrase, rule-file errors).
#include "corpus/topic_classifier.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace siaran::corpus {
namespace {

struct Release {
  const char* topic;
  const char* title;
  const char* body;
};

class TopicPerRelease : public ::testing::TestWithParam<Release> {};

TEST_P(TopicPerRelease, GetsItsTopic) {
  const TopicClassifier classifier;
  const Release& r = GetParam();
  const TopicResult result = classifier.classify(r.title, r.body);
  EXPECT_EQ(result.topic, r.topic) << r.title;
  EXPECT_FALSE(result.fallback);
  EXPECT_GE(result.score, TopicClassifier::kMinScore);
  ASSERT_FALSE(result.scores.empty());
  EXPECT_EQ(result.scores.front().topic, r.topic);
}

INSTANTIATE_TEST_SUITE_P(
    Taxonomy, TopicPerRelease,
    ::testing::Values(
        Release{"Kehumasan", "Perkuat Kehumasan, Petugas Ikuti Pelatihan Jurnalistik",
                "Bandung - Sebanyak 40 petugas humas mengikuti pelatihan jurnalistik dan "
                "penulisan siaran pers. Materi meliputi strategi komunikasi di media sosial."},
        Release{"Pembinaan", "Warga Binaan Ikuti Pelatihan Kerja Menjahit",
                "Cibinong - Dalam rangka pembinaan kemandirian, 25 warga binaan mengikuti "
                "pelatihan kerja menjahit selama dua pekan. Peserta yang lulus memperoleh "
                "sertifikat kompetensi."},
        Release{"Keamanan", "Razia Gabungan di Blok Hunian, Petugas Sita Barang Terlarang",
                "Depok - Petugas menggelar razia dan penggeledahan kamar hunian pada malam hari. "
                "Dari penggeledahan itu ditemukan dua ponsel dan senjata tajam rakitan."},
        Release{"Layanan & Kunjungan", "Layanan Kunjungan Tatap Muka Kembali Dibuka",
                "Semarang - Keluarga warga binaan kini dapat mendaftar layanan kunjungan secara "
                "daring. Bagi yang berhalangan, tersedia layanan video call dan penitipan "
                "barang."},
        Release{"Remisi & Integrasi", "Ratusan Narapidana Terima Remisi Kemerdekaan",
                "Tangerang - Sebanyak 312 narapidana menerima remisi umum, 12 di antaranya "
                "langsung bebas. Petugas juga memproses pembebasan bersyarat dan cuti "
                "bersyarat bagi yang memenuhi syarat."},
        Release{"Kesehatan", "Skrining TBC dan HIV untuk Seluruh Warga Binaan",
                "Palembang - Bekerja sama dengan puskesmas setempat, klinik lapas menggelar "
                "pemeriksaan kesehatan, skrining TBC dan tes HIV bagi 900 warga binaan."},
        Release{"Kerja Sama", "Lapas dan Pemkab Teken Nota Kesepahaman",
                "Sleman - Kepala Lapas dan Bupati menandatangani nota kesepahaman serta "
                "perjanjian kerja sama penyediaan lahan pertanian. Kemitraan ini berlaku tiga "
                "tahun."},
        Release{"Reformasi Birokrasi", "Tim Penilai Nasional Tinjau Pembangunan Zona Integritas",
                "Makassar - Tim penilai nasional melakukan evaluasi pembangunan zona integritas "
                "menuju WBK dan WBBM. Inovasi pelayanan dan maklumat pelayanan ikut dinilai."}),
    [](const ::testing::TestParamInfo<Release>& info) {
      std::string name;
      for (const char* c = info.param.topic; *c; ++c)
        if (std::isalpha(static_cast<unsigned char>(*c))) name += *c;
      return name;
    });

TEST(TopicClassifier, TaxonomyIsTheDocumentedOne) {
  const TopicClassifier classifier;
  const std::vector<std::string> expected = {
      "Kehumasan", "Pembinaan", "Keamanan", "Layanan & Kunjungan",
      "Remisi & Integrasi", "Kesehatan", "Kerja Sama", "Reformasi Birokrasi"};
  EXPECT_EQ(classifier.topics(), expected);
}

TEST(TopicClassifier, NothingSpecificIsUmum) {
  const TopicClassifier classifier;
  const TopicResult result =
      classifier.classify("Upacara Hari Senin", "Petugas mengikuti upacara bendera di halaman.");
  EXPECT_EQ(result.topic, "Umum");
  EXPECT_TRUE(result.fallback);
  EXPECT_EQ(result.score, 0);
  EXPECT_TRUE(classifier.classify("", "").fallback);
}

TEST(TopicClassifier, ATitleOutweighsTheBody) {
  const TopicClassifier classifier;
  // Once in the title ("remisi", 3 x 3 = 9) beats twice in the body ("vaksinasi", 2 x 3 = 6).
  const TopicResult result = classifier.classify(
      "Usulan Remisi Dikirim", "Setelah vaksinasi tahap dua, vaksinasi tahap tiga menyusul.");
  EXPECT_EQ(result.topic, "Remisi & Integrasi");
  ASSERT_EQ(result.scores.size(), 2u);
  EXPECT_DOUBLE_EQ(result.scores[0].score, 9.0);
  EXPECT_EQ(result.scores[1].topic, "Kesehatan");
  EXPECT_DOUBLE_EQ(result.scores[1].score, 6.0);
}

TEST(TopicClassifier, RepeatsInTheBodyAreCapped) {
  const TopicClassifier classifier;
  std::string body;
  for (int i = 0; i < 10; ++i) body += "razia ";
  const TopicResult result = classifier.classify("", body);
  EXPECT_EQ(result.topic, "Keamanan");
  EXPECT_DOUBLE_EQ(result.score, 3.0 * TopicClassifier::kMaxBodyRepeats);
}

TEST(TopicClassifier, TheLongestPhraseAtAPositionCountsOnce) {
  const TopicClassifier classifier;
  // "layanan kesehatan" is Kesehatan's; its "layanan" must not also count for Layanan.
  const TopicResult result = classifier.classify("", "Layanan kesehatan dan layanan kesehatan.");
  ASSERT_EQ(result.scores.size(), 1u);
  EXPECT_EQ(result.scores[0].topic, "Kesehatan");
}

TEST(TopicClassifier, CustomRulesAndTheirErrors) {
  auto rules = TopicClassifier::from_rules(
      "# two topics\nSatu\t3\tapel;vaksin*\nDua\t1.5\tkebun sayur\n");
  EXPECT_EQ(rules.topics(), (std::vector<std::string>{"Satu", "Dua"}));
  EXPECT_EQ(rules.classify("Vaksinasi Massal", "").topic, "Satu");  // prefix rule
  const TopicResult weak = rules.classify("Kebun Sayur Panen", "");
  EXPECT_TRUE(weak.fallback);  // 1.5 x 3 = 4.5 < kMinScore
  ASSERT_EQ(weak.scores.size(), 1u);
  EXPECT_DOUBLE_EQ(weak.scores[0].score, 4.5);

  auto error = [](const std::string& tsv) {
    try {
      TopicClassifier::from_rules(tsv);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error("Satu\tx\tapel\n"), "topics.tsv line 1: weight \"x\" is not a positive number");
  EXPECT_EQ(error("Satu\t-2\tapel\n"), "topics.tsv line 1: weight \"-2\" is not a positive number");
  EXPECT_EQ(error("Satu\t2\n"), "topics.tsv line 1: expected: topic <TAB> weight <TAB> phrases");
  EXPECT_EQ(error("Satu\t2\tapel\n\nDua\t1\tApel\n"),
            "topics.tsv line 3: phrase \"Apel\" is listed twice");
  EXPECT_EQ(error("Umum\t2\tapel\n"),
            "topics.tsv line 1: \"Umum\" is the fallback, not a rule topic");
  EXPECT_EQ(error("Satu\t2\tab*\n"),
            "topics.tsv line 1: prefix phrase \"ab*\" is shorter than 3");
  EXPECT_EQ(error("# nothing\n"), "topics.tsv: no rules");
}

}  // namespace
}  // namespace siaran::corpus
