// Runs the analyzer over every title and body of the shared detik-2025 corpus: no exception, and
// every token is a valid slice of its text with a sane term.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "analyzers/analyzer.h"
#include "tests/support/test_paths.h"

namespace siaran::analyzers {
namespace {

// Minimal RFC 4180 reader: quoted fields may hold commas, newlines and doubled quotes.
std::vector<std::vector<std::string>> read_csv(const std::string& data) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < data.size(); ++i) {
    char c = data[i];
    if (quoted) {
      if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field.push_back(c);
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST(CorpusSmoke, DetikArticlesAnalyseCleanly) {
  SIARAN_REQUIRE_SHARED(csv, "corpus/detik-2025/articles.csv");
  std::ifstream in(csv, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto rows = read_csv(buffer.str());
  ASSERT_GT(rows.size(), 100u);
  ASSERT_EQ(rows[0][1], "judul");
  ASSERT_EQ(rows[0][4], "isi_berita");

  Analyzer analyzer;
  Xapian::Stem xapian_stem = analyzer.xapian_stem();
  size_t tokens_seen = 0, stemmed = 0;
  for (size_t r = 1; r < rows.size(); ++r) {
    ASSERT_GE(rows[r].size(), 5u) << "row " << r;
    for (const std::string* text : {&rows[r][1], &rows[r][4]}) {
      std::vector<Token> tokens;
      ASSERT_NO_THROW(tokens = analyzer.analyze(*text)) << "row " << r;
      unsigned last_position = 0;
      size_t last_offset = 0;
      for (const Token& t : tokens) {
        ASSERT_LE(t.offset + t.surface.size(), text->size());
        ASSERT_EQ(t.surface.data(), text->data() + t.offset);
        ASSERT_GE(t.offset, last_offset);
        ASSERT_EQ(t.position, last_position + 1);
        ASSERT_FALSE(t.exact.empty());
        ASSERT_LE(t.exact.size(), kMaxTermBytes);
        ASSERT_FALSE(t.stem.empty()) << t.surface;
        last_position = t.position;
        last_offset = t.offset + t.surface.size();
        stemmed += t.stem != t.exact;
      }
      tokens_seen += tokens.size();
      // Spot-check the Xapian stemmer on the first tokens of each text.
      for (size_t i = 0; i < tokens.size() && i < 5; ++i) {
        if (tokens[i].surface.find('-') == std::string_view::npos &&
            tokens[i].surface != "%") {
          ASSERT_EQ(xapian_stem(std::string(tokens[i].surface)), tokens[i].stem) << tokens[i].surface;
        }
      }
    }
  }
  EXPECT_GT(tokens_seen, 200000u);
  EXPECT_GT(stemmed, tokens_seen / 20);  // the stemmer is doing something
}

}  // namespace
}  // namespace siaran::analyzers
