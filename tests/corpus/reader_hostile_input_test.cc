// The readers against hostile and broken input: oversized records, a very large number of
// records, markup, impossible dates. Every bad record is reported with its line and reason,
// the good ones around it are read, and nothing unbounded is kept in memory.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

using namespace std::string_literals;

#include "corpus/csv_reader.h"
#include "corpus/jsonl_reader.h"
#include "corpus/release_text_reader.h"
#include "tests/corpus/reader_test_support.h"

namespace siaran::corpus {
namespace {

using testing::CollectingSink;
using testing::read_text;

std::string jsonl(const std::string& id, const std::string& body) {
  return "{\"id\":\"" + id + "\",\"title\":\"Judul " + id + "\",\"body\":\"" + body + "\"}\n";
}

// Counts without keeping: what a reader hands over for a large input.
class CountingSink : public RecordSink {
 public:
  void accept(Document doc, const SourceLocation& where) override {
    ++accepted;
    last_id = std::move(doc.id);
    last_line = where.line;
  }
  void reject(const Rejection& rejection) override { rejections.push_back(rejection); }
  size_t accepted = 0, last_line = 0;
  std::string last_id;
  std::vector<Rejection> rejections;
};

TEST(HostileJsonl, RecordOverTheLimitIsRejectedWithItsSizeAndReadingGoesOn) {
  ReaderOptions options;
  options.max_record_bytes = 4096;
  JsonlReader reader(options);
  const std::string huge = jsonl("besar", std::string(100000, 'a'));
  const CollectingSink sink = read_text(reader, jsonl("a", "satu") + huge + jsonl("b", "dua"), "x.jsonl");
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[1].id, "b");
  EXPECT_EQ(sink.where_accepted[1].line, 3u);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].where.line, 2u);
  EXPECT_EQ(sink.rejections[0].reason,
            "record is " + std::to_string(huge.size() - 1) + " bytes; the limit is 4 KiB per record");
}

TEST(HostileJsonl, LinesJustUnderAndAcrossReadChunksAreWhole) {
  // Lines around the reader's 64 KiB chunk size, and an unterminated last line.
  std::string text;
  for (size_t size : {65534u, 65535u, 65536u, 65537u, 131072u}) text += jsonl("n" + std::to_string(size), std::string(size, 'k'));
  text += jsonl("last", "akhir");
  text.pop_back();
  JsonlReader reader;
  const CollectingSink sink = read_text(reader, text, "x.jsonl");
  ASSERT_EQ(sink.docs.size(), 6u) << (sink.rejections.empty() ? "" : sink.rejections[0].reason);
  EXPECT_EQ(sink.docs[2].body.size(), 65536u);
  EXPECT_EQ(sink.docs[5].id, "last");
  EXPECT_EQ(sink.where_accepted[5].line, 6u);
}

TEST(HostileJsonl, TwoHundredThousandTinyRecordsAreAllRead) {
  // Reading is linear: a large file of tiny records costs per record, not per record squared.
  constexpr size_t kRecords = 200000;
  std::string text;
  text.reserve(kRecords * 40);
  for (size_t i = 1; i < kRecords; ++i) text += "{\"id\":\"r" + std::to_string(i) + "\",\"body\":\"x\"}\n";
  text += "{\"id\":\"r-last\",\"body\":\n";  // the last one broken
  std::istringstream in(text);
  CountingSink sink;
  JsonlReader().read(in, "many.jsonl", sink);
  EXPECT_EQ(sink.accepted, kRecords - 1);
  EXPECT_EQ(sink.last_id, "r199999");
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].where.line, kRecords);
}

TEST(HostileJsonl, MarkupBecomesTextAndScriptOnlyBodiesAreRejected) {
  JsonlReader reader;
  const CollectingSink sink = read_text(
      reader,
      "{\"id\":\"h1\",\"title\":\"<b>Remisi</b> <script>alert(1)</script>\",\"body\":\"<p>Isi &amp; lanjutan</p><script>steal()</script><p>Dua</p>\",\"unit\":\"<i>Lapas</i>\"}\n"
      "{\"id\":\"h2\",\"body\":\"<p> </p><script>alert(1)</script>\"}\n"
      "{\"id\":\"h3\",\"body\":\"Waspada pesan berisi <script>alert(1)</script>\"}\n",
      "x.jsonl");
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[0].title, "Remisi");
  EXPECT_EQ(sink.docs[0].body, "Isi & lanjutan\nDua");
  EXPECT_EQ(sink.docs[0].unit, "<i>Lapas</i>");  // other fields are kept; escaped when shown
  ASSERT_NE(sink.rejection_at(2), nullptr);
  EXPECT_EQ(sink.rejection_at(2)->reason, "field \"body\" holds only HTML markup, no text");
  // A script tag alone is prose about code: kept as written (and escaped wherever shown).
  EXPECT_EQ(sink.docs[1].body, "Waspada pesan berisi <script>alert(1)</script>");
}

TEST(HostileJsonl, YearsZeroAndNineThousandAreRejectedWithTheReason) {
  JsonlReader reader;
  const CollectingSink sink = read_text(reader,
                                        "{\"id\":\"y0\",\"body\":\"x\",\"date\":\"0000-01-01\"}\n"
                                        "{\"id\":\"y9\",\"body\":\"x\",\"date\":\"9999-12-31T23:59:59\"}\n"
                                        "{\"id\":\"ok\",\"body\":\"x\",\"date\":\"2100-12-31\"}\n",
                                        "x.jsonl");
  ASSERT_EQ(sink.docs.size(), 1u);
  ASSERT_EQ(sink.rejections.size(), 2u);
  EXPECT_NE(sink.rejections[0].reason.find("\"0000-01-01\" has a year outside 1900..2100"), std::string::npos)
      << sink.rejections[0].reason;
  EXPECT_NE(sink.rejections[1].reason.find("year outside 1900..2100"), std::string::npos);
}

TEST(HostileJsonl, MalformedJsonInvalidUtf8AndNulEachNamedByLine) {
  JsonlReader reader;
  const CollectingSink sink = read_text(reader,
                                        "{\"id\":\"a\",\"body\":\"baik\"}\n"
                                        "{\"id\":\"b\",\"body\":\"tidak ditutup\n"
                                        "{\"id\":\"c\",\"body\":\"\xC3\x28\"}\n"
                                        "{\"id\":\"d\",\"body\":\"a\\u0000b\"}\n"
                                        "{\"id\":\"e\",\"body\":\"x\0y\"}\n"
                                        "{\"id\":\"f\",\"body\":\"baik juga\"}\n"s,
                                        "x.jsonl");
  ASSERT_EQ(sink.docs.size(), 2u);
  ASSERT_EQ(sink.rejections.size(), 4u);
  EXPECT_NE(sink.rejection_at(2)->reason.find("invalid JSON"), std::string::npos);
  EXPECT_NE(sink.rejection_at(3)->reason.find("invalid UTF-8"), std::string::npos);
  EXPECT_NE(sink.rejection_at(4)->reason.find("NUL"), std::string::npos);
  EXPECT_NE(sink.rejection_at(5)->reason.find("NUL"), std::string::npos);
}

TEST(HostileCsv, RecordOverTheLimitIsRejectedAndTheNextRecordRead) {
  ReaderOptions options;
  options.max_record_bytes = 1000;
  CsvReader reader(options);
  const std::string text = "id,title,body\n"
                           "a,Satu,isi pertama\n"
                           "b,Dua,\"" + std::string(5000, 'x') + "\nbaris \"\"kutip\"\" lagi\n" + std::string(3000, 'y') + "\"\n"
                           "c,Tiga,isi ketiga\n";
  const CollectingSink sink = read_text(reader, text, "x.csv");
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[1].id, "c");
  EXPECT_EQ(sink.where_accepted[1].line, 6u);
  ASSERT_NE(sink.rejection_at(3), nullptr);
  EXPECT_EQ(sink.rejection_at(3)->reason.rfind("record is ", 0), 0u) << sink.rejection_at(3)->reason;
  EXPECT_NE(sink.rejection_at(3)->reason.find("the limit is 1000 bytes per record"), std::string::npos);
}

TEST(HostileCsv, StrayQuotesWrongColumnCountsAndBadBytesAreReportedByLine) {
  CsvReader reader(ReaderOptions{});
  const CollectingSink sink = read_text(reader,
                                        "id,title,body\n"
                                        "a,Baik,isi\n"
                                        "b,Kutip \"liar\",isi\n"
                                        "c,\"Ditutup\"lalu teks,isi\n"
                                        "d,Kurang\n"
                                        "e,Lebih,isi,satu lagi\n"
                                        "f,\xFF\xFE,isi\n"
                                        "g,Nul\0x,isi\n"
                                        "h,<b>Judul</b><script>alert(1)</script>,<p>isi <b>tebal</b></p>\n"
                                        "i,Baik lagi,isi\n"s,
                                        "x.csv");
  ASSERT_EQ(sink.docs.size(), 3u);
  EXPECT_NE(sink.rejection_at(3)->reason.find("stray quote"), std::string::npos);
  EXPECT_NE(sink.rejection_at(4)->reason.find("stray quote"), std::string::npos);
  EXPECT_EQ(sink.rejection_at(5)->reason, "expected 3 fields, found 2");
  EXPECT_EQ(sink.rejection_at(6)->reason, "expected 3 fields, found 4");
  EXPECT_NE(sink.rejection_at(7)->reason.find("invalid UTF-8 in column \"title\""), std::string::npos);
  EXPECT_NE(sink.rejection_at(8)->reason.find("NUL character in column \"title\""), std::string::npos);
  const Document* h = sink.doc("h");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->title, "Judul");
  EXPECT_EQ(h->body, "isi tebal");
}

TEST(HostileCsv, TwoHundredThousandTinyRecordsAreAllRead) {
  constexpr size_t kRecords = 200000;
  std::string text = "id,body\n";
  text.reserve(kRecords * 16);
  for (size_t i = 1; i <= kRecords; ++i) text += "r" + std::to_string(i) + ",isi singkat\n";
  std::istringstream in(text);
  CountingSink sink;
  CsvReader(ReaderOptions{}).read(in, "many.csv", sink);
  EXPECT_EQ(sink.accepted, kRecords);
  EXPECT_EQ(sink.last_line, kRecords + 1);
  EXPECT_TRUE(sink.rejections.empty()) << sink.rejections.front().where.line << ": " << sink.rejections.front().reason;
}

TEST(HostileCsv, ImpossibleYearsLeaveTheDateToInference) {
  // Without --date-format an unreadable source date is not worth losing the release over: the
  // date stays empty and the Enricher infers one from the text (or leaves it undated).
  CsvReader reader(ReaderOptions{});
  const CollectingSink sink = read_text(reader, "id,date,body\na,0000-01-01,isi\nb,9999-12-31,isi\n", "x.csv");
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[0].date, "");
  EXPECT_EQ(sink.docs[1].date, "");
  ReaderOptions strict;
  strict.date_format = "%Y-%m-%d";
  CsvReader with_format(strict);
  const CollectingSink refused = read_text(with_format, "id,date,body\na,9999-12-31,isi\n", "x.csv");
  ASSERT_EQ(refused.rejections.size(), 1u);
  EXPECT_NE(refused.rejections[0].reason.find("does not match --date-format"), std::string::npos);
}

TEST(HostileReleaseText, FileOverTheLimitIsRejectedUnread) {
  ReaderOptions options;
  options.max_record_bytes = 2048;
  ReleaseTextReader reader(options);
  const CollectingSink big = read_text(reader, "Judul\n\n" + std::string(10000, 'a') + "\n", "besar.txt");
  ASSERT_EQ(big.rejections.size(), 1u);
  EXPECT_EQ(big.rejections[0].reason,
            "file is larger than 2 KiB, the limit for one release (is it really a press release?)");
  const CollectingSink fits = read_text(reader, "Judul\n\n" + std::string(2000, 'a') + "\n", "pas.txt");
  EXPECT_EQ(fits.docs.size(), 1u);
}

TEST(HostileReleaseText, PageSavedAsHtmlIsReadAsText) {
  ReleaseTextReader reader;
  const CollectingSink sink = read_text(
      reader,
      "<!DOCTYPE html><html><head><title>tab</title><script>track()</script></head><body>"
      "<h1>Pembinaan Kemandirian</h1><p>Cibinong, INFO_PAS &#8211; Warga binaan belajar menjahit.</p>"
      "<script>alert(1)</script><p>Kegiatan berlanjut.</p></body></html>\n",
      "rilis.txt");
  ASSERT_EQ(sink.docs.size(), 1u) << (sink.rejections.empty() ? "" : sink.rejections[0].reason);
  EXPECT_EQ(sink.docs[0].title, "Pembinaan Kemandirian");
  EXPECT_EQ(sink.docs[0].body.find("alert"), std::string::npos);
  EXPECT_EQ(sink.docs[0].body.find("track"), std::string::npos);
  EXPECT_NE(sink.docs[0].body.find("Kegiatan berlanjut."), std::string::npos);
}

TEST(HostileReleaseText, ImpossibleYearInFrontMatterIsRejected) {
  ReleaseTextReader reader;
  const CollectingSink sink = read_text(reader, "---\ndate: 31 Desember 9999\n---\nJudul\n\nIsi\n", "r.txt");
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_NE(sink.rejections[0].reason.find("is not a date we can read"), std::string::npos);
}

}  // namespace
}  // namespace siaran::corpus
