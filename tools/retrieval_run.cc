#include "tools/retrieval_run.h"

#include <fstream>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "analyzers/analyzer.h"
#include "corpus/enricher.h"
#include "corpus/source_set.h"
#include "index/stored_document.h"
#include "search/searcher.h"

namespace siaran::tools {
namespace {

class CollectingSink : public corpus::RecordSink {
 public:
  void accept(corpus::Document doc, const corpus::SourceLocation&) override {
    auto [it, first] = position_.try_emplace(doc.id, docs.size());
    if (first) {
      docs.push_back(std::move(doc));
    } else {
      docs[it->second] = std::move(doc);  // the later record wins, as in the index
    }
  }
  void reject(const corpus::Rejection&) override { ++rejected; }

  std::vector<corpus::Document> docs;
  size_t rejected = 0;

 private:
  std::unordered_map<std::string, size_t> position_;
};

}  // namespace

std::vector<corpus::Document> read_corpus(const std::vector<std::string>& sources,
                                          const corpus::ReaderOptions& options, size_t& rejected) {
  const corpus::SourceSet set(sources, options);
  const corpus::Enricher enricher;
  CollectingSink sink;
  set.read_all(sink, enricher);
  rejected = sink.rejected;
  return std::move(sink.docs);
}

void write_jsonl(const std::vector<corpus::Document>& docs, const std::filesystem::path& file,
                 const std::function<void(corpus::Document&)>& change) {
  std::ofstream out(file, std::ios::binary);
  for (corpus::Document doc : docs) {
    change(doc);
    out << index::to_json(doc) << '\n';
  }
  out.flush();
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

std::vector<QueryRun> run_queries(const std::filesystem::path& db, const std::vector<JudgedQuery>& queries,
                                  unsigned depth, const std::map<std::string, std::string>& canonical) {
  search::Searcher searcher(db);
  std::vector<QueryRun> runs;
  runs.reserve(queries.size());
  for (const JudgedQuery& query : queries) {
    search::SearchRequest request;
    request.q = query.query;
    request.per_page = depth;
    request.facets.clear();
    request.snippets = false;
    QueryRun run;
    try {
      for (const search::Hit& hit : searcher.search(request).hits) {
        auto it = canonical.find(hit.doc.id);
        run.ranking.push_back(it == canonical.end() ? hit.doc.id : it->second);
      }
    } catch (const search::InvalidRequest& e) {
      run.error = e.what();
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

const char* describe(QueryForm form) {
  switch (form) {
    case QueryForm::Verbatim: return "every word verbatim";
    case QueryForm::Inflected: return "some word only inflected otherwise";
    case QueryForm::Absent: return "some word in no form";
  }
  return "?";
}

struct QueryFormClassifier::Impl {
  analyzers::Analyzer exact{{analyzers::StemmerKind::None, true}};
  analyzers::Analyzer snowball{{analyzers::StemmerKind::Snowball, true}};
  analyzers::Analyzer lexicon{{analyzers::StemmerKind::Lexicon, true}};
};

QueryFormClassifier::QueryFormClassifier() : impl_(std::make_unique<Impl>()) {}
QueryFormClassifier::~QueryFormClassifier() = default;

QueryForm QueryFormClassifier::classify(const std::string& query, const std::string& document_text) const {
  std::set<std::string> exact, snowball_stems, lexicon_stems;
  for (const analyzers::Token& token : impl_->exact.analyze(document_text)) {
    exact.insert(token.exact);
    snowball_stems.insert(impl_->snowball.stem(token.exact));
    lexicon_stems.insert(impl_->lexicon.stem(token.exact));
  }
  QueryForm form = QueryForm::Verbatim;
  for (const analyzers::Token& token : impl_->exact.analyze(query)) {
    if (token.stopword || exact.count(token.exact)) continue;
    if (!snowball_stems.count(impl_->snowball.stem(token.exact)) && !lexicon_stems.count(impl_->lexicon.stem(token.exact))) {
      return QueryForm::Absent;
    }
    form = QueryForm::Inflected;
  }
  return form;
}

}  // namespace siaran::tools
