// tools::stemming_eval — measures a stemmer: agreement with a reference file of (word, stem)
// pairs, and words stemmed per second on a real token stream. Used by siaran-stem-eval.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "analyzers/stemmer.h"

namespace siaran::tools {

// One line of a reference file: "word<TAB>expected stem". The word may hold several words
// separated by spaces ("siapakah memberdayakan pembangunan"); the stem then holds one stem each.
struct StemPair {
  std::string word;
  std::string expected;
};

// Reads word<TAB>stem lines (blank lines skipped, CR LF accepted). Throws std::runtime_error
// naming file and line for a line without a tab, or when the file cannot be read.
std::vector<StemPair> read_stem_pairs(const std::filesystem::path& tsv);

struct Accuracy {
  size_t correct = 0;
  size_t total = 0;
  std::vector<std::string> failures;  // "word -> got (expected)"
  double percent() const { return total ? 100.0 * correct / total : 0.0; }
};

// The stemmer alone: each space-separated word lower-cased (ASCII), stemmed, joined by spaces.
Accuracy stemmer_accuracy(analyzers::Stemmer& stemmer, const std::vector<StemPair>& pairs);

// The whole analyzer as the indexer uses it (clitics, reduplication, protected terms, then the
// stemmer): the stems of the tokens of the word, joined by spaces.
Accuracy analyzer_accuracy(const analyzers::Analyzer& analyzer, const std::vector<StemPair>& pairs);

// The exact forms (Token::exact) of every token of the titles and bodies of a Detik-style CSV
// (id,judul,tautan,tanggal,isi_berita,...), read with the corpus CSV reader as the indexer
// would. `rejected` receives the number of records the reader rejected.
std::vector<std::string> detik_tokens(const std::filesystem::path& csv, size_t& rejected);

// Words per second, the median of `runs` timed runs.
struct Speed {
  double words_per_second = 0;
  size_t words = 0;
};

// Real text: every token through Analyzer::stem() (protected terms, then the cached stemmer), a
// fresh Analyzer per run, so the cache fills as it does while indexing.
Speed real_text_speed(analyzers::StemmerKind kind, const std::vector<std::string>& tokens, int runs);

// Cold: each distinct word once through a fresh, uncached stemmer.
Speed unique_word_speed(analyzers::StemmerKind kind, const std::vector<std::string>& words, int runs);

}  // namespace siaran::tools
