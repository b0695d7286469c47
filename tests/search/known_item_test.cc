// Known-item search over real news articles (../shared, read only; skipped when absent): each of
// 50 titles spread over the file, typed as a query, should bring back its own article first.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>

#include "corpus/csv_reader.h"
#include "search/searcher.h"
#include "tests/search/releases_fixture.h"

namespace siaran::search::testing {
namespace {

class CollectingSink : public corpus::RecordSink {
 public:
  void accept(corpus::Document doc, const corpus::SourceLocation&) override { docs.push_back(std::move(doc)); }
  void reject(const corpus::Rejection&) override { ++rejected; }
  std::vector<corpus::Document> docs;
  size_t rejected = 0;
};

TEST(KnownItem, DetikTitlesFindTheirArticleFirst) {
  SIARAN_REQUIRE_SHARED(csv, "corpus/detik-2025/articles.csv");
  corpus::ReaderOptions options;
  options.format = corpus::Format::Csv;
  options.csv_map =
      corpus::parse_csv_map("id=id,title=judul,url=tautan,date=tanggal,body=isi_berita,topic=aspek_target");
  options.date_format = "%m/%d/%Y %H:%M";
  corpus::CsvReader reader(options);
  CollectingSink sink;
  std::ifstream in(csv, std::ios::binary);
  reader.read(in, csv.string(), sink);
  ASSERT_GE(sink.docs.size(), 900u);

  siaran::testing::TempDir dir;
  build_index(dir.path(), sink.docs);
  Searcher searcher(dir.path());

  // A title shared by two articles cannot name one of them: leave those out.
  std::map<std::string, int> title_count;
  for (const corpus::Document& d : sink.docs) ++title_count[d.title];
  std::vector<const corpus::Document*> candidates;
  for (const corpus::Document& d : sink.docs) {
    if (!d.title.empty() && title_count[d.title] == 1) candidates.push_back(&d);
  }
  ASSERT_GE(candidates.size(), 50u);

  const size_t queries = 50;
  size_t first = 0;
  for (size_t i = 0; i < queries; ++i) {
    const corpus::Document& d = *candidates[i * candidates.size() / queries];
    SearchRequest r;
    r.q = d.title;
    r.per_page = 1;
    r.facets = {};
    r.snippets = false;
    SearchResult res = searcher.search(r);
    if (!res.hits.empty() && res.hits.front().doc.id == d.id) {
      ++first;
    } else {
      std::cout << "  not first: [" << d.id << "] " << d.title << "\n";
    }
  }
  const double share = 100.0 * first / queries;
  std::cout << "known-item: " << first << "/" << queries << " titles find their article first (" << share
            << "%)\n";
  RecordProperty("known_item_first_percent", std::to_string(share));
  EXPECT_GE(share, 90.0);
}

}  // namespace
}  // namespace siaran::search::testing
