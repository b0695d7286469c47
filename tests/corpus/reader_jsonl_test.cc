#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/jsonl_reader.h"
#include "tests/corpus/reader_test_support.h"

namespace siaran::corpus {
namespace {

using testing::CollectingSink;
using testing::read_file;
using testing::read_text;
using testing::reader_fixture;

std::string reason_at(const CollectingSink& sink, size_t line) {
  const Rejection* rejection = sink.rejection_at(line);
  return rejection ? rejection->reason : "(no rejection at line " + std::to_string(line) + ")";
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class JsonlFixture : public ::testing::Test {
 protected:
  void SetUp() override { sink = read_file(reader, reader_fixture("releases.jsonl")); }
  JsonlReader reader;
  CollectingSink sink;
};

TEST_F(JsonlFixture, ReadsEveryGoodRecordDespiteTheBadOnes) {
  ASSERT_EQ(sink.docs.size(), 4u);
  EXPECT_EQ(sink.docs[0].id, "lapas-cibinong-2022-001");
  EXPECT_EQ(sink.docs[1].id, "rutan-depok-002");
  EXPECT_EQ(sink.docs[2].id, "bapas-bogor-010");
  EXPECT_EQ(sink.docs[3].id, "lpka-014");
  EXPECT_EQ(sink.where_accepted[0].line, 1u);
  EXPECT_EQ(sink.where_accepted[1].line, 3u);  // the blank line 2 is skipped, not counted away
  EXPECT_EQ(sink.where_accepted[3].line, 15u);
  EXPECT_EQ(sink.rejections.size(), 10u);
  for (const Rejection& rejection : sink.rejections) {
    EXPECT_TRUE(contains(rejection.where.file, "releases.jsonl")) << rejection.where.file;
  }
}

TEST_F(JsonlFixture, KeepsEveryFieldOfAFullRecord) {
  const Document& doc = sink.docs[0];
  EXPECT_EQ(doc.title, "Lapas Cibinong Gelar Pelatihan Menjahit bagi Warga Binaan");
  EXPECT_EQ(doc.url, "https://contoh.go.id/berita/1");
  EXPECT_EQ(doc.date, "2022-12-13");
  EXPECT_EQ(doc.unit, "Lapas Kelas IIA Cibinong");
  EXPECT_EQ(doc.region, "Jawa Barat");
  EXPECT_EQ(doc.topic, "pembinaan");
  EXPECT_EQ(doc.author, "hms/lpc");
  EXPECT_EQ(doc.source, "INFO_PAS");
  EXPECT_EQ(doc.place, "Cibinong");
  EXPECT_EQ(doc.body,
            "Sebanyak dua puluh warga binaan mengikuti pelatihan menjahit.\n\n"
            "Pelatihan berlangsung selama lima hari.");
  EXPECT_FALSE(doc.date_inferred);
}

TEST_F(JsonlFixture, NormalisesTimesAndAcceptsNullFlags) {
  EXPECT_EQ(sink.docs[2].date, "2023-05-02T09:30:00");
  EXPECT_FALSE(sink.docs[2].unit_inferred);
  EXPECT_EQ(sink.docs[3].date, "2024-02-29");
}

TEST_F(JsonlFixture, NamesTheProblemOfEachBadLine) {
  EXPECT_TRUE(contains(reason_at(sink, 4), "invalid JSON at column 41")) << reason_at(sink, 4);
  EXPECT_TRUE(contains(reason_at(sink, 4), "Missing a comma")) << reason_at(sink, 4);
  EXPECT_EQ(reason_at(sink, 5), "unknown field \"titel\" (did you mean \"title\"?)");
  EXPECT_EQ(reason_at(sink, 6), "field \"title\" must be a string, found a number");
  EXPECT_EQ(reason_at(sink, 7), "field \"date\": \"2022-13-45\" is not a real calendar date");
  EXPECT_TRUE(contains(reason_at(sink, 8), "\"27 Maret 2019\" is not ISO 8601"))
      << reason_at(sink, 8);
  EXPECT_EQ(reason_at(sink, 9), "body is empty");
  EXPECT_EQ(reason_at(sink, 10), "expected a JSON object, found an array");
  EXPECT_EQ(reason_at(sink, 12), "field \"topic_inferred\" must be true or false, found a string");
  EXPECT_EQ(reason_at(sink, 13), "field \"title\" appears twice");
  EXPECT_TRUE(contains(reason_at(sink, 14), "must not be followed by other values"))
      << reason_at(sink, 14);
}

TEST(JsonlReader, ReportsInvalidUtf8NamingTheField) {
  JsonlReader reader;
  const auto sink =
      read_text(reader,
                "{\"id\":\"a\",\"title\":\"Baik\",\"body\":\"isi\"}\n"
                "{\"id\":\"b\",\"title\":\"Judul\",\"body\":\"rusak \xC3\x28 di sini\"}\n"
                "{\"id\":\"c\",\"title\":\"Baik\",\"body\":\"isi\"}\n",
                "utf8.jsonl");
  ASSERT_EQ(sink.docs.size(), 2u);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].where.line, 2u);
  EXPECT_EQ(sink.rejections[0].reason, "invalid UTF-8 in field \"body\" at byte 6");
}

TEST(JsonlReader, RejectsNulBytesRawOrEscaped) {
  JsonlReader reader;
  std::string text = "{\"id\":\"a\",\"title\":\"Baik\",\"body\":\"isi\"}\n";
  text += std::string("{\"id\":\"b\",\"title\":\"x\0y\",\"body\":\"isi\"}\n", 38);
  text += "{\"id\":\"c\",\"title\":\"x\\u0000y\",\"body\":\"isi\"}\n";
  text += "{\"id\":\"d\",\"title\":\"Baik\",\"body\":\"isi\"}\n";
  const auto sink = read_text(reader, text, "nul.jsonl");
  ASSERT_EQ(sink.docs.size(), 2u);
  ASSERT_EQ(sink.rejections.size(), 2u);
  EXPECT_EQ(sink.rejections[0].where.line, 2u);
  EXPECT_EQ(sink.rejections[0].reason, "NUL byte at column 21");
  EXPECT_EQ(sink.rejections[1].where.line, 3u);
  EXPECT_EQ(sink.rejections[1].reason, "NUL character in field \"title\" at byte 1");
}

TEST(JsonlReader, ListsEveryProblemOfARecord) {
  JsonlReader reader;
  const auto sink =
      read_text(reader, R"({"id":1,"judul":"x","date":"2019-02-29","body":""})", "many.jsonl");
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].reason,
            "field \"id\" must be a string, found a number; unknown field \"judul\"; "
            "field \"date\": \"2019-02-29\" is not a real calendar date; body is empty");
}

TEST(JsonlReader, HandlesCrlfBomAndVeryLongLines) {
  JsonlReader reader;
  std::string long_body(2'000'000, 'a');
  const std::string text =
      "\xEF\xBB\xBF{\"id\":\"a\",\"title\":\"T\",\"body\":\"isi\"}\r\n\r\n"
      "{\"id\":\"b\",\"title\":\"T\",\"body\":\"" +
      long_body + "\"}\r\n";
  const auto sink = read_text(reader, text, "crlf.jsonl");
  ASSERT_TRUE(sink.rejections.empty()) << sink.rejections[0].reason;
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[0].body, "isi");
  EXPECT_EQ(sink.docs[1].body.size(), long_body.size());
  EXPECT_EQ(sink.where_accepted[1].line, 3u);
}

// The reader splits lines through a buffer of its own (256 kB): records that straddle its
// boundaries, at every offset, and a last line without '\n' all come through whole and numbered.
TEST(JsonlReader, RecordsAcrossReadBufferBoundariesComeThroughWhole) {
  JsonlReader reader;
  std::string text;
  std::vector<std::string> bodies;
  for (int i = 0; i < 6000; ++i) {
    bodies.push_back("isi " + std::string(static_cast<size_t>(1 + (i * 37) % 251), static_cast<char>('a' + i % 26)));
    text += "{\"id\":\"r" + std::to_string(i) + "\",\"title\":\"T\",\"body\":\"" + bodies.back() + "\"}";
    if (i + 1 < 6000) text += i % 100 == 99 ? "\n\n" : "\n";
  }
  ASSERT_GT(text.size(), 3u * (1u << 18)) << "the input must span several buffers";
  const auto sink = read_text(reader, text, "many.jsonl");
  ASSERT_TRUE(sink.rejections.empty()) << sink.rejections[0].reason;
  ASSERT_EQ(sink.docs.size(), bodies.size());
  size_t line = 0;
  for (size_t i = 0; i < bodies.size(); ++i) {
    line += (i > 0 && i % 100 == 0) ? 2 : 1;  // a blank line after every hundredth record
    EXPECT_EQ(sink.docs[i].id, "r" + std::to_string(i));
    EXPECT_EQ(sink.docs[i].body, bodies[i]);
    EXPECT_EQ(sink.where_accepted[i].line, line) << i;
  }
}

TEST(JsonlReader, KeepsUnicodeTextAsWritten) {
  JsonlReader reader;
  const auto sink = read_text(
      reader,
      R"({"id":"u","title":"Kalapas: \u201cSiap\u201d","body":"Baris satu\n\nBaris dua — selesai"})",
      "u.jsonl");
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].title, "Kalapas: \xE2\x80\x9CSiap\xE2\x80\x9D");
  EXPECT_EQ(sink.docs[0].body, "Baris satu\n\nBaris dua \xE2\x80\x94 selesai");
}

}  // namespace
}  // namespace siaran::corpus
