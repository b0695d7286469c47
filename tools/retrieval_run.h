// tools::retrieval_run — the parts of siaran-retrieval-eval that touch the product: reading a
// corpus as siaran-index does, writing a derived JSONL corpus, running queries through
// search::Searcher, and classifying how a query's words appear in its relevant document.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corpus/document.h"
#include "corpus/reader.h"
#include "tools/judged_queries.h"

namespace siaran::tools {

// Every record of `sources` as siaran-index receives it: read with `options`, enriched, a later
// record replacing an earlier one with the same id. `rejected` counts the records refused.
std::vector<corpus::Document> read_corpus(const std::vector<std::string>& sources,
                                          const corpus::ReaderOptions& options, size_t& rejected);

// Writes `docs` as canonical JSONL (index/stored_document.h), each passed through `change`
// first (e.g. taking the title out). Throws std::runtime_error when the file cannot be written.
void write_jsonl(const std::vector<corpus::Document>& docs, const std::filesystem::path& file,
                 const std::function<void(corpus::Document&)>& change);

struct QueryRun {
  std::vector<std::string> ranking;  // canonical ids of the hits, best first
  std::string error;                 // the InvalidRequest message when the query was refused
};

// Runs each query through a search::Searcher on the index in `db` with the default query parser
// and relevance order, as searchd would, keeping the first `depth` hits (1..100; snippets and
// facets are not asked for: they do not change the order). Hit ids are mapped through
// `canonical` when it names them.
std::vector<QueryRun> run_queries(const std::filesystem::path& db, const std::vector<JudgedQuery>& queries,
                                  unsigned depth, const std::map<std::string, std::string>& canonical);

// How the words of a query appear in the text of the document it should find (stopwords aside):
//   Verbatim   every word, in the exact form (analyzers::Token::exact) typed
//   Inflected  some word only in another form sharing its snowball or its lexicon stem
//              ("penggeledahan" typed, "menggeledah" written): what stemming is for
//   Absent     some word in no form at all (a synonym, a paraphrase, a word the text lacks)
enum class QueryForm { Verbatim, Inflected, Absent };
const char* describe(QueryForm form);

class QueryFormClassifier {
 public:
  QueryFormClassifier();
  ~QueryFormClassifier();
  QueryForm classify(const std::string& query, const std::string& document_text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siaran::tools
