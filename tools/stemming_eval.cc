#include "tools/stemming_eval.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "corpus/csv_reader.h"

namespace siaran::tools {

namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

void score(Accuracy& a, const StemPair& pair, const std::string& got) {
  ++a.total;
  if (got == pair.expected) {
    ++a.correct;
  } else {
    a.failures.push_back(pair.word + " -> " + got + " (expected " + pair.expected + ")");
  }
}

class DocumentTexts : public corpus::RecordSink {
 public:
  void accept(corpus::Document doc, const corpus::SourceLocation&) override {
    texts.push_back(std::move(doc.title));
    texts.push_back(std::move(doc.body));
  }
  void reject(const corpus::Rejection&) override { ++rejected; }

  std::vector<std::string> texts;
  size_t rejected = 0;
};

template <class Work>
double median_seconds(int runs, Work&& work) {
  std::vector<double> seconds;
  for (int i = 0; i < std::max(runs, 1); ++i) {
    auto start = std::chrono::steady_clock::now();
    work();
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds[seconds.size() / 2];
}

// Keeps the stemming from being optimised away.
volatile size_t g_sink = 0;

}  // namespace

std::vector<StemPair> read_stem_pairs(const std::filesystem::path& tsv) {
  std::ifstream in(tsv, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + tsv.string());
  std::vector<StemPair> pairs;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(number) + ": no tab between word and stem");
    }
    pairs.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return pairs;
}

Accuracy stemmer_accuracy(analyzers::Stemmer& stemmer, const std::vector<StemPair>& pairs) {
  Accuracy a;
  for (const StemPair& pair : pairs) {
    std::istringstream words(lower_ascii(pair.word));
    std::string word, got;
    while (words >> word) {
      if (!got.empty()) got.push_back(' ');
      got += stemmer.stem(word);
    }
    score(a, pair, got);
  }
  return a;
}

Accuracy analyzer_accuracy(const analyzers::Analyzer& analyzer, const std::vector<StemPair>& pairs) {
  Accuracy a;
  for (const StemPair& pair : pairs) {
    std::string got;
    for (const analyzers::Token& t : analyzer.analyze(pair.word)) {
      if (!got.empty()) got.push_back(' ');
      got += t.stem;
    }
    score(a, pair, got);
  }
  return a;
}

std::vector<std::string> detik_tokens(const std::filesystem::path& csv, size_t& rejected) {
  std::ifstream in(csv, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + csv.string());
  corpus::ReaderOptions options;
  options.format = corpus::Format::Csv;
  options.csv_map = {{"id", "id"}, {"title", "judul"}, {"url", "tautan"}, {"date", "tanggal"},
                     {"body", "isi_berita"}};
  options.date_format = "%m/%d/%Y %H:%M";
  corpus::CsvReader reader(options);
  DocumentTexts texts;
  reader.read(in, csv.string(), texts);
  rejected = texts.rejected;

  analyzers::Analyzer words({analyzers::StemmerKind::None, /*drop_stopwords=*/false});
  std::vector<std::string> tokens;
  for (const std::string& text : texts.texts) {
    for (analyzers::Token& t : words.analyze(text)) tokens.push_back(std::move(t.exact));
  }
  return tokens;
}

Speed real_text_speed(analyzers::StemmerKind kind, const std::vector<std::string>& tokens, int runs) {
  double seconds = median_seconds(runs, [&] {
    analyzers::Analyzer analyzer({kind, true});
    size_t bytes = 0;
    for (const std::string& t : tokens) bytes += analyzer.stem(t).size();
    g_sink = g_sink + bytes;
  });
  return {seconds > 0 ? tokens.size() / seconds : 0, tokens.size()};
}

Speed unique_word_speed(analyzers::StemmerKind kind, const std::vector<std::string>& words, int runs) {
  double seconds = median_seconds(runs, [&] {
    std::unique_ptr<analyzers::Stemmer> stemmer = analyzers::make_stemmer(kind);
    size_t bytes = 0;
    for (const std::string& w : words) bytes += stemmer->stem(w).size();
    g_sink = g_sink + bytes;
  });
  return {seconds > 0 ? words.size() / seconds : 0, words.size()};
}

}  // namespace siaran::tools
