// scan_tokens, lead_paragraph, PhraseTable and the data-table parser the Enricher's parts share.
#include "corpus/text_scan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace siaran::corpus {
namespace {

std::vector<std::string> texts(const std::vector<ScanToken>& tokens) {
  std::vector<std::string> out;
  for (const ScanToken& t : tokens) out.push_back(t.text);
  return out;
}

TEST(ScanTokens, WordsNumbersAndNormalisedSymbols) {
  const std::string text = "Jum\u2019at (13/12) \u2013 KELAS IIA, Rp 2.000 \u201cÉlan\u201d";
  const auto tokens = scan_tokens(text);
  EXPECT_EQ(texts(tokens), (std::vector<std::string>{"jum", "'", "at", "(", "13", "/", "12", ")",
                                                      "-", "kelas", "iia", ",", "rp", "2", ".",
                                                      "000", "\"", "élan", "\""}));
  EXPECT_EQ(tokens[4].kind, ScanKind::Number);
  EXPECT_EQ(tokens[10].kind, ScanKind::Word);
  EXPECT_EQ(tokens[5].kind, ScanKind::Symbol);
  EXPECT_TRUE(adjacent(tokens[4], tokens[5]));
  EXPECT_FALSE(adjacent(tokens[8], tokens[9]));
  for (const ScanToken& t : tokens) EXPECT_LT(t.begin, t.end);
  EXPECT_EQ(text.substr(tokens[17].begin, tokens[17].end - tokens[17].begin), "Élan");
}

TEST(ScanTokens, InvalidUtf8BecomesASymbolAndScanningGoesOn) {
  const auto tokens = scan_tokens("lapas \xff\xfe cibinong\xc3");
  EXPECT_EQ(texts(tokens), (std::vector<std::string>{"lapas", "?", "?", "cibinong", "?"}));
}

TEST(LeadParagraph, FirstParagraphOrABoundedLead) {
  EXPECT_EQ(lead_paragraph("\n\n  Satu dua.\n\nTiga."), "Satu dua.");
  EXPECT_EQ(lead_paragraph("Satu.\r\n\r\nDua."), "Satu.");
  EXPECT_EQ(lead_paragraph(""), "");
  EXPECT_EQ(lead_paragraph("Hanya satu paragraf."), "Hanya satu paragraf.");
  // Single line breaks only: the lead stops at the first line break after max_bytes.
  const std::string lines = std::string(30, 'a') + "\n" + std::string(30, 'b') + "\n" + "c";
  EXPECT_EQ(lead_paragraph(lines, 20), std::string(30, 'a'));
  // No break at all: cut at 2 * max_bytes, never inside a UTF-8 character.
  const std::string long_line = std::string(39, 'x') + "\u00e9" + std::string(10, 'y');
  EXPECT_EQ(lead_paragraph(long_line, 20), std::string(39, 'x') + "\u00e9");
}

TEST(PhraseTable, LongestMatchAndPrefixes) {
  PhraseTable table;
  table.add("layanan", 1);
  table.add("Layanan Kesehatan", 2);
  table.add("vaksin*", 3);
  table.add("kerja sama", 4);
  EXPECT_EQ(table.size(), 4u);
  const auto tokens = scan_tokens("layanan kesehatan, layanan umum, vaksinasi, kerja keras");
  auto m = table.longest_at(tokens, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, 2);
  EXPECT_EQ(m->length, 2u);
  EXPECT_EQ(table.longest_at(tokens, 3)->value, 1);
  EXPECT_EQ(table.longest_at(tokens, 6)->value, 3);
  EXPECT_FALSE(table.longest_at(tokens, 8));  // "kerja keras" is not "kerja sama"
  EXPECT_FALSE(table.longest_at(tokens, 100));
  EXPECT_THROW(table.add("  ", 5), std::invalid_argument);
  EXPECT_THROW(table.add("ab*", 5), std::invalid_argument);
}

TEST(DataTable, CommentsBlankLinesTabsAndLists) {
  const auto rows = parse_data_table("# komentar\n\nSatu\t Dua \tx; y ;;z\r\nTiga\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 3u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"Satu", "Dua", "x; y ;;z"}));
  EXPECT_EQ(split_list(rows[0].fields[2]), (std::vector<std::string>{"x", "y", "z"}));
  EXPECT_EQ(rows[1].line, 4u);
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"Tiga"}));
}

}  // namespace
}  // namespace siaran::corpus
