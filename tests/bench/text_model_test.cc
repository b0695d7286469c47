// bench::TextModel: learns word and sentence statistics from text and generates new sentences
// that never copy more than kMaxVerbatimRun consecutive source words.
#include "bench/text_model.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "tests/bench/bench_test_support.h"

namespace siaran::bench {
namespace {

using testing::split_words;

// Three short "releases" written for this test (not taken from any real source). Small on
// purpose: with few successors per word the bigram chain would replay the source at length if
// the verbatim guard did not stop it.
const std::vector<std::string> kSourceTexts = {
    "Petugas Lapas Kelas IIA Bogor memeriksa kamar hunian warga binaan pada Senin pagi. "
    "Pemeriksaan dilakukan untuk mencegah masuknya barang terlarang ke dalam blok hunian. "
    "Kepala Lapas mengatakan bahwa kegiatan ini rutin dilaksanakan setiap pekan. "
    "Petugas tidak menemukan telepon genggam maupun senjata tajam di kamar hunian. "
    "Terima kasih!",
    "Warga binaan mengikuti pelatihan menjahit yang diselenggarakan oleh balai latihan kerja. "
    "Pelatihan ini diharapkan memberi bekal keterampilan bagi warga binaan setelah bebas nanti. "
    "Kepala Lapas berharap warga binaan dapat membuka usaha sendiri setelah kembali ke masyarakat. "
    "Apakah pelatihan ini akan dilanjutkan tahun depan? Kepala Lapas menjawab bahwa kegiatan "
    "ini akan terus dilaksanakan bersama mitra kerja.",
    "Layanan kunjungan keluarga kembali dibuka setelah renovasi ruang kunjungan selesai. "
    "Keluarga warga binaan wajib mendaftar terlebih dahulu melalui layanan pendaftaran kunjungan. "
    "Petugas memeriksa setiap barang titipan sebelum diserahkan kepada warga binaan. "
    "Kepala Lapas mengimbau keluarga agar tidak membawa barang terlarang saat berkunjung. "
    "Kegiatan kunjungan berjalan tertib dan lancar pada hari pertama.",
};

TextModel learned(const std::vector<std::string>& texts) {
  TextModel model;
  for (const std::string& text : texts) model.learn(text);
  model.finish();
  return model;
}

// A word as it may appear in generated text: the model capitalises a sentence's first word and
// may end a sentence with its own '.', so compare without those two differences.
std::string normalised(std::string word) {
  while (!word.empty() && std::string_view(".,;:!?-").find(word.back()) != std::string_view::npos)
    word.pop_back();
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') word[0] += 'a' - 'A';
  return word;
}

std::string joined(const std::vector<std::string>& words, size_t from, size_t n) {
  std::string s;
  for (size_t i = from; i < from + n; ++i) s += (i > from ? " " : "") + words[i];
  return s;
}

TEST(TextModelTest, CountsWordsAndSentencesOfWhatItLearned) {
  TextModel model;
  model.learn("Petugas memeriksa kamar. Petugas memeriksa tas pengunjung.");
  model.learn("Kamar bersih");  // a text without final punctuation still is a sentence
  model.finish();
  // Petugas, memeriksa, kamar., tas, pengunjung., Kamar, bersih
  EXPECT_EQ(model.vocabulary_size(), 7u);
  EXPECT_EQ(model.sentence_count(), 3u);
  EXPECT_FALSE(model.empty());
}

TEST(TextModelTest, QuotesAndBracketsAreNotWords) {
  TextModel model;
  model.learn("\xE2\x80\x9CKami siap,\xE2\x80\x9D ujar petugas (humas). \"Terima kasih.\" ( )");
  model.learn("Program (Pembangunan);- selesai.");
  model.finish();
  // Kami, siap,, ujar, petugas, humas., Terima, kasih., Program, Pembangunan;-, selesai.
  EXPECT_EQ(model.vocabulary_size(), 10u);
  EXPECT_EQ(model.sentence_count(), 3u);
  std::vector<uint32_t> context;
  for (uint64_t seed = 0; seed < 200; ++seed) {
    Random rng(seed);
    std::string out;
    model.sentence(rng, context, out);
    for (const char* bad : {"\"", "(", ")", "\xE2\x80\x9C", "\xE2\x80\x9D"})
      ASSERT_EQ(out.find(bad), std::string::npos) << "seed " << seed << ": " << out;
  }
}

TEST(TextModelTest, EmptyModelRefusesToFinish) {
  TextModel model;
  EXPECT_TRUE(model.empty());
  model.learn("");
  model.learn("  \n\t ");
  model.learn("\"\" ( ) \xE2\x80\x9C\xE2\x80\x9D");  // only quotes and brackets: no words
  EXPECT_TRUE(model.empty());
  EXPECT_EQ(model.sentence_count(), 0u);
  EXPECT_THROW(model.finish(), std::runtime_error);
}

TEST(TextModelTest, SentencesAreCapitalisedAndEndWithAStop) {
  const TextModel model = learned(kSourceTexts);
  for (uint64_t seed = 0; seed < 300; ++seed) {
    Random rng(seed);
    std::vector<uint32_t> context;
    for (int i = 0; i < 10; ++i) {
      std::string out;
      model.sentence(rng, context, out);
      ASSERT_FALSE(out.empty());
      EXPECT_TRUE(out[0] >= 'A' && out[0] <= 'Z') << "seed " << seed << ": " << out;
      EXPECT_NE(std::string_view(".!?").find(out.back()), std::string_view::npos)
          << "seed " << seed << ": " << out;
      EXPECT_EQ(out.find("  "), std::string::npos) << out;
      EXPECT_NE(out[0], ' ');
      EXPECT_LE(split_words(out).size(), 60u) << out;
    }
  }
}

TEST(TextModelTest, SentenceAppendsToWhatIsThere) {
  const TextModel model = learned(kSourceTexts);
  Random rng(5);
  std::vector<uint32_t> context;
  std::string out = "Bogor, INFO_PAS - ";
  model.sentence(rng, context, out);
  EXPECT_TRUE(out.starts_with("Bogor, INFO_PAS - ")) << out;
  EXPECT_GT(out.size(), std::string("Bogor, INFO_PAS - ").size());
}

TEST(TextModelTest, PhraseRespectsMaxWordsAndHasNoFinalPunctuation) {
  const TextModel model = learned(kSourceTexts);
  for (size_t max_words = 1; max_words <= 12; ++max_words) {
    for (uint64_t seed = 0; seed < 200; ++seed) {
      Random rng(seed);
      std::vector<uint32_t> context;
      std::string out;
      model.phrase(rng, context, max_words, out);
      const size_t words = split_words(out).size();
      ASSERT_GE(words, 1u);
      EXPECT_LE(words, max_words) << "seed " << seed << ": " << out;
      EXPECT_EQ(std::string_view(".,;:!?-").find(out.back()), std::string_view::npos) << out;
    }
  }
}

TEST(TextModelTest, SameSeedSameTextOtherSeedOtherText) {
  const TextModel a = learned(kSourceTexts);
  const TextModel b = learned(kSourceTexts);  // learned anew: no hidden state in the instance
  auto text = [](const TextModel& model, uint64_t seed) {
    Random rng(seed);
    std::vector<uint32_t> context;
    std::string out;
    for (int i = 0; i < 20; ++i) {
      model.sentence(rng, context, out);
      out.push_back(' ');
    }
    model.phrase(rng, context, 8, out);
    return out;
  };
  EXPECT_EQ(text(a, 42), text(a, 42));
  EXPECT_EQ(text(a, 42), text(b, 42));
  EXPECT_NE(text(a, 42), text(a, 43));
}

TEST(TextModelTest, UsesTheSourceVocabularyOnly) {
  const TextModel model = learned(kSourceTexts);
  std::set<std::string> vocabulary;
  for (const std::string& text : kSourceTexts)
    for (const std::string& w : split_words(text)) vocabulary.insert(normalised(w));
  std::set<std::string> used;
  for (uint64_t seed = 0; seed < 100; ++seed) {
    Random rng(seed);
    std::vector<uint32_t> context;
    std::string out;
    for (int i = 0; i < 10; ++i) model.sentence(rng, context, out.append(" "));
    for (const std::string& w : split_words(out)) {
      ASSERT_TRUE(vocabulary.count(normalised(w))) << "not a source word: " << w;
      used.insert(normalised(w));
    }
  }
  // Unigram draws reach beyond the bigram paths: most of the vocabulary shows up.
  EXPECT_GT(used.size(), vocabulary.size() * 9 / 10);
}

// The guarantee that makes a model of real articles safe to publish from: no run of
// kMaxVerbatimRun + 1 consecutive words of the output is a run of consecutive source words, over
// sentence boundaries too (the context carries across sentence() calls of one document).
TEST(TextModelTest, NeverCopiesMoreThanSevenConsecutiveSourceWords) {
  static_assert(TextModel::kMaxVerbatimRun == 7);
  constexpr size_t n = TextModel::kMaxVerbatimRun + 1;
  const TextModel model = learned(kSourceTexts);
  // Source runs of n words (forbidden) and of n - 1 words (allowed, and expected to occur: the
  // chain does keep the source's local word order right up to the limit).
  std::set<std::string> source_runs, longest_allowed;
  for (const std::string& text : kSourceTexts) {
    std::vector<std::string> words = split_words(text);
    for (std::string& w : words) w = normalised(w);
    for (size_t i = 0; i + n <= words.size(); ++i) source_runs.insert(joined(words, i, n));
    for (size_t i = 0; i + n - 1 <= words.size(); ++i) longest_allowed.insert(joined(words, i, n - 1));
  }
  ASSERT_GT(source_runs.size(), 100u);

  size_t windows = 0, allowed_runs = 0;
  for (uint64_t seed = 0; seed < 400; ++seed) {
    Random rng(seed);
    std::vector<uint32_t> context;
    std::string document;
    for (int i = 0; i < 30; ++i) {
      if (i > 0) document.push_back(' ');
      model.sentence(rng, context, document);
    }
    document.push_back(' ');
    model.phrase(rng, context, 10, document);
    std::vector<std::string> words = split_words(document);
    for (std::string& w : words) w = normalised(w);
    for (size_t i = 0; i + n <= words.size(); ++i, ++windows)
      ASSERT_FALSE(source_runs.count(joined(words, i, n)))
          << "seed " << seed << " copies \"" << joined(words, i, n) << "\" in:\n" << document;
    for (size_t i = 0; i + n - 1 <= words.size(); ++i) allowed_runs += longest_allowed.count(joined(words, i, n - 1));
  }
  EXPECT_GT(windows, 50000u);
  EXPECT_GT(allowed_runs, 0u);
}

// A source where every word continues some run of eight source words: no draw can pass the
// guard, and the model says so instead of letting a copy through after its usual attempts.
TEST(TextModelTest, RefusesASourceItCannotAvoidCopying) {
  TextModel model;
  model.learn("lapas lapas lapas lapas lapas lapas lapas lapas lapas lapas lapas lapas.");
  model.finish();
  Random rng(1);
  std::vector<uint32_t> context;
  std::string out;
  EXPECT_THROW(
      {
        for (int i = 0; i < 20; ++i) model.sentence(rng, context, out);
      },
      std::runtime_error);
}

}  // namespace
}  // namespace siaran::bench
