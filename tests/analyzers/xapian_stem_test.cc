#include <gtest/gtest.h>

#include <xapian.h>

#include "analyzers/analyzer.h"

namespace siaran::analyzers {
namespace {

TEST(XapianStem, DescriptionNamesTheStemmer) {
  EXPECT_EQ(Analyzer().xapian_stem().get_description(), "Xapian::Stem(siaran-indonesian-snowball)");
  EXPECT_EQ(Analyzer({StemmerKind::None, true}).xapian_stem().get_description(),
            "Xapian::Stem(siaran-indonesian-none)");
}

TEST(XapianStem, AgreesWithTheAnalyzer) {
  Analyzer a;
  Xapian::Stem stem = a.xapian_stem();
  std::string text =
      "Para petugas Lapas Kelas IIA melaksanakan pembinaan bagi WBP; bukunya, kaulihat, apakah, "
      "sekolahnya, Ma'ruf, berita, media, menteri, kepala, Ditjenpas, Kemenkumham, 1.000.000, 5,12";
  for (const Token& t : a.analyze(text)) {
    // Xapian hands the stemmer each word lower-cased, as written.
    std::string lower(t.surface);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(stem(lower), t.stem) << t.surface;
    EXPECT_EQ(stem(std::string(t.surface)), t.stem) << t.surface;
  }
}

TEST(XapianStem, OutlivesTheAnalyzer) {
  Xapian::Stem stem;
  {
    Analyzer a;
    stem = a.xapian_stem();
  }
  EXPECT_EQ(stem("membaca"), "baca");
}

// "Z" + stem, spelled out: GCC 12 warns falsely (-Wrestrict) on "Z" + std::string.
std::string stem_term(const std::string& stem) {
  std::string term(1, 'Z');
  term.append(stem);
  return term;
}

// End to end with Xapian's own snippet code: a document indexed with "Z" + stem terms, a query on
// the stem of one form, and the snippet highlights every inflected form as written.
TEST(XapianStem, SnippetHighlightsInflectedForms) {
  Analyzer a;
  std::string text = "Petugas membina warga binaan. Pembinaan dilakukan oleh Ditjenpas setiap hari.";
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  for (const Token& t : a.analyze(text)) {
    doc.add_posting(t.exact, t.position);
    doc.add_term(stem_term(t.stem));
  }
  doc.set_data(text);
  db.add_document(doc);

  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(stem_term(a.stem("pembinaan"))),
                                  Xapian::Query(stem_term(a.stem("ditjenpas")))));
  Xapian::MSet mset = enquire.get_mset(0, 10);
  ASSERT_EQ(mset.size(), 1u);
  std::string snippet = mset.snippet(text, 500, a.xapian_stem(), Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                     "<b>", "</b>", "...");
  EXPECT_NE(snippet.find("<b>membina</b>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<b>binaan</b>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<b>Pembinaan</b>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<b>Ditjenpas</b>"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<b>Petugas</b>"), std::string::npos) << snippet;
}

}  // namespace
}  // namespace siaran::analyzers
