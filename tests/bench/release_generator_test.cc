// bench::ReleaseGenerator and append_jsonl: synthetic releases learned from corpus/sample, checked
// against what issue 6 asks of the benchmark corpus (reproducible, 15 years of dates, a few
// hundred units, the topic taxonomy, about 3 kB each) and against the project's own JSONL reader.
#include "bench/release_generator.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/jsonl_reader.h"
#include "corpus/topic_classifier.h"
#include "tests/bench/bench_test_support.h"

namespace siaran::bench {
namespace {

using testing::sample_models;

constexpr uint64_t kSeed = 20250101;
constexpr size_t kReleases = 3000;

const ReleaseGenerator& generator() {
  static const ReleaseGenerator g(sample_models().body, sample_models().titles, kSeed);
  return g;
}

// Releases 0 .. kReleases-1 of kSeed, made once for the statistical tests.
const std::vector<corpus::Document>& releases() {
  static const std::vector<corpus::Document> docs = [] {
    std::vector<corpus::Document> v;
    for (uint64_t i = 0; i < kReleases; ++i) v.push_back(generator().make(i));
    return v;
  }();
  return docs;
}

// topic -> its weight-3 phrases in corpus/data/topics.tsv (a trailing '*' removed).
std::map<std::string, std::vector<std::string>> decisive_topic_phrases() {
  std::ifstream in(siaran::testing::source_dir() / "corpus/data/topics.tsv");
  std::map<std::string, std::vector<std::string>> phrases;
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string topic, weight, list;
    if (!std::getline(fields, topic, '\t') || !std::getline(fields, weight, '\t') || weight != "3") continue;
    std::getline(fields, list);
    std::istringstream items(list);
    for (std::string p; std::getline(items, p, ';');) {
      if (!p.empty() && p.back() == '*') p.pop_back();
      phrases[topic].push_back(p);
    }
  }
  return phrases;
}

size_t count_of(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ReleaseGeneratorTest, LearnsFromTheSampleCorpus) {
  EXPECT_GE(sample_models().releases, 40u);
  EXPECT_GT(sample_models().body.vocabulary_size(), 2000u);
  EXPECT_GT(sample_models().body.sentence_count(), 500u);
}

TEST(ReleaseGeneratorTest, ReleaseIsAPureFunctionOfSeedAndIndex) {
  // Another generator over models learned anew, asked in another order: the same releases.
  testing::SampleModels fresh;
  testing::learn_sample(fresh);
  const ReleaseGenerator again(fresh.body, fresh.titles, kSeed);
  const corpus::Document first = generator().make(2999), second = generator().make(17);
  for (uint64_t i : {17u, 0u, 2999u, 17u, 1u}) (void)generator().make(i);
  EXPECT_EQ(generator().make(2999), first);
  EXPECT_EQ(again.make(17), second);
  EXPECT_EQ(again.make(2999), first);
}

TEST(ReleaseGeneratorTest, OtherSeedsMakeOtherReleases) {
  const ReleaseGenerator other(sample_models().body, sample_models().titles, kSeed + 1);
  size_t same_body = 0;
  for (uint64_t i = 0; i < 50; ++i) {
    const corpus::Document a = generator().make(i), b = other.make(i);
    EXPECT_NE(a.id, b.id);
    same_body += a.body == b.body;
  }
  EXPECT_EQ(same_body, 0u);
  // Neighbouring indexes of one seed differ too.
  EXPECT_NE(generator().make(0).body, generator().make(1).body);
}

TEST(ReleaseGeneratorTest, IdsAreUniqueAndNameSeedAndIndex) {
  std::set<std::string> ids, urls;
  for (const corpus::Document& d : releases()) {
    EXPECT_TRUE(ids.insert(d.id).second) << "duplicate id " << d.id;
    EXPECT_TRUE(urls.insert(d.url).second) << "duplicate url " << d.url;
    EXPECT_TRUE(d.id.starts_with("gen-" + std::to_string(kSeed) + "-")) << d.id;
    EXPECT_TRUE(d.url.starts_with("https://")) << d.url;
  }
  EXPECT_EQ(releases()[42].id, "gen-20250101-0000042");
}

TEST(ReleaseGeneratorTest, DatesSpreadOverFifteenYearsLaterYearsBusier) {
  using namespace std::chrono;
  std::map<int, size_t> per_year;
  for (const corpus::Document& d : releases()) {
    ASSERT_EQ(d.date.size(), 10u) << d.date;
    const int y = std::stoi(d.date.substr(0, 4)), m = std::stoi(d.date.substr(5, 2)),
              day = std::stoi(d.date.substr(8, 2));
    ASSERT_TRUE(year_month_day(year(y), month(m), std::chrono::day(day)).ok()) << d.date;
    ++per_year[y];
  }
  ASSERT_EQ(per_year.size(), 15u) << "years " << per_year.begin()->first << ".." << per_year.rbegin()->first;
  EXPECT_EQ(per_year.begin()->first, 2011);
  EXPECT_EQ(per_year.rbegin()->first, 2025);
  EXPECT_GT(per_year[2025], 2 * per_year[2012]);
  EXPECT_GT(per_year[2012], 0u);
}

// The lead sentence names the weekday and the day/month of the release's own date.
TEST(ReleaseGeneratorTest, DatelineAndLeadAgreeWithTheFields) {
  using namespace std::chrono;
  const char* const weekdays[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
  for (const corpus::Document& d : releases()) {
    const int y = std::stoi(d.date.substr(0, 4));
    const unsigned m = std::stoi(d.date.substr(5, 2)), day = std::stoi(d.date.substr(8, 2));
    const weekday wd{sys_days{year(y) / month(m) / std::chrono::day(day)}};
    const std::string when = " pada " + std::string(weekdays[wd.c_encoding()]) + " (" +
                             std::to_string(day) + "/" + std::to_string(m) + ").";
    ASSERT_NE(d.body.find(when), std::string::npos) << d.id << " dated " << d.date << ": " << d.body.substr(0, 300);
    EXPECT_TRUE(d.body.starts_with(d.place + ", " + d.source + " \xE2\x80\x93 " + d.unit + " ")) << d.body.substr(0, 200);
    EXPECT_TRUE(d.body.ends_with(" (" + d.author + ")")) << d.id;
  }
}

TEST(ReleaseGeneratorTest, UnitsRegionsAndSourcesComeFromTheRoster) {
  std::map<std::string, const Unit*> by_name;
  for (const Unit& u : generator().roster().units()) by_name[u.name] = &u;
  std::set<std::string> units, regions;
  for (const corpus::Document& d : releases()) {
    const auto it = by_name.find(d.unit);
    ASSERT_NE(it, by_name.end()) << d.unit;
    EXPECT_EQ(d.region, it->second->province);
    EXPECT_EQ(d.place, it->second->city);
    EXPECT_EQ(d.source, it->second->source);
    EXPECT_TRUE(d.title.starts_with(it->second->short_name + " ")) << d.title;
    EXPECT_GT(d.title.size(), it->second->short_name.size() + 3) << d.title;
    EXPECT_FALSE(d.author.empty());
    units.insert(d.unit);
    regions.insert(d.region);
  }
  // Skewed, but a few thousand releases reach most of the roster and every province.
  EXPECT_GT(units.size(), generator().roster().units().size() * 3 / 4);
  EXPECT_EQ(regions.size(), 38u);
}

TEST(ReleaseGeneratorTest, EveryTopicOfTheTaxonomyWithItsPhrases) {
  const auto phrases = decisive_topic_phrases();
  const corpus::TopicClassifier classifier;
  ASSERT_EQ(classifier.topics().size(), 8u);
  std::map<std::string, size_t> per_topic;
  size_t classified_alike = 0;
  for (const corpus::Document& d : releases()) {
    ++per_topic[d.topic];
    const auto it = phrases.find(d.topic);
    ASSERT_NE(it, phrases.end()) << "topic \"" << d.topic << "\" is not in topics.tsv";
    size_t found = 0;
    for (const std::string& p : it->second) found += count_of(d.body, p);
    // One in the lead sentence, one more in the paragraph that takes up the topic.
    EXPECT_GE(found, 2u) << d.id << " (" << d.topic << ") names none of its topic's phrases";
    const corpus::TopicResult result = classifier.classify(d.title, d.body);
    classified_alike += result.topic == d.topic;
    double own_score = 0;
    for (const corpus::TopicScore& s : result.scores) if (s.topic == d.topic) own_score = s.score;
    EXPECT_GE(own_score, corpus::TopicClassifier::kMinScore) << d.id << " (" << d.topic << ")";
  }
  for (const std::string& topic : classifier.topics())
    EXPECT_GT(per_topic[topic], kReleases / 50) << topic;
  EXPECT_EQ(per_topic.size(), 8u);
  // Text learned from other releases mentions other topics too, so the corpus' own classifier
  // picks the label on a share of releases only (a figure for the record, not a requirement);
  // but it always scores the label high enough to have been a candidate (above).
  RecordProperty("classifier_agrees", std::to_string(classified_alike));
  std::printf("classifier agrees on %zu of %zu\n", classified_alike, kReleases);
}

TEST(ReleaseGeneratorTest, AboutThreeKilobytesPerReleaseInParagraphs) {
  size_t total = 0, smallest = SIZE_MAX, largest = 0;
  for (const corpus::Document& d : releases()) {
    const size_t size = d.title.size() + d.body.size();
    total += size;
    smallest = std::min(smallest, size);
    largest = std::max(largest, size);
    EXPECT_GE(count_of(d.body, "\n\n"), 2u) << d.id;
    EXPECT_EQ(d.body.find("\n\n\n"), std::string::npos) << d.id;
  }
  const double mean = static_cast<double>(total) / releases().size();
  RecordProperty("mean_bytes", std::to_string(mean));
  std::printf("mean %.0f bytes, smallest %zu, largest %zu\n", mean, smallest, largest);
  EXPECT_GT(mean, 2000) << "mean release size";
  EXPECT_LT(mean, 4500) << "mean release size";
  EXPECT_GT(smallest, 1500u);
  EXPECT_LT(largest, 8000u);
}

struct Collected : corpus::RecordSink {
  std::vector<corpus::Document> docs;
  std::vector<corpus::Rejection> rejections;
  void accept(corpus::Document doc, const corpus::SourceLocation&) override { docs.push_back(std::move(doc)); }
  void reject(const corpus::Rejection& r) override { rejections.push_back(r); }
};

Collected read_back(const std::string& jsonl) {
  Collected sink;
  std::istringstream in(jsonl);
  corpus::JsonlReader().read(in, "generated.jsonl", sink);
  return sink;
}

TEST(AppendJsonlTest, GeneratedReleasesReadBackIdentically) {
  constexpr size_t n = 300;
  std::vector<corpus::Document> docs;
  std::string jsonl;
  for (size_t i = 0; i < n; ++i) append_jsonl(docs.emplace_back(generator().make(i)), jsonl);
  ASSERT_TRUE(jsonl.ends_with("}\n"));
  EXPECT_EQ(count_of(jsonl, "\n"), n) << "one line per release";
  const Collected back = read_back(jsonl);
  for (const corpus::Rejection& r : back.rejections) ADD_FAILURE() << r.where.line << ": " << r.reason;
  ASSERT_EQ(back.docs.size(), n);
  for (size_t i = 0; i < n; ++i) EXPECT_EQ(back.docs[i], docs[i]) << "release " << i;
}

TEST(AppendJsonlTest, EscapesWhatJsonRequiresAndOmitsEmptyFields) {
  corpus::Document doc;
  doc.id = "x-1";
  doc.title = "Kata \"kutipan\" dan garis\\miring\tber-tab";
  doc.body = "Paragraf satu \xE2\x80\x93 dengan \xC3\xA9.\n\nParagraf dua\r\nakhir\x01\x1F.";
  doc.date = "2019-07-01";
  std::string jsonl;
  append_jsonl(doc, jsonl);
  EXPECT_EQ(jsonl.find('\n'), jsonl.size() - 1) << "a raw newline inside the record: " << jsonl;
  EXPECT_EQ(jsonl.find('\t'), std::string::npos);
  EXPECT_NE(jsonl.find("\\u0001"), std::string::npos) << jsonl;
  EXPECT_EQ(jsonl.find("\"unit\""), std::string::npos) << "empty fields are left out: " << jsonl;
  EXPECT_TRUE(jsonl.starts_with("{\"id\": \"x-1\", \"title\": ")) << jsonl;
  const Collected back = read_back(jsonl);
  for (const corpus::Rejection& r : back.rejections) ADD_FAILURE() << r.reason;
  ASSERT_EQ(back.docs.size(), 1u);
  EXPECT_EQ(back.docs[0], doc);
}

}  // namespace
}  // namespace siaran::bench
