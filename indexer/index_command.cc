// build and update: SOURCE records -> corpus::SourceSet (read + enrich) -> IndexingSink ->
// index::IndexWriter, with progress, rejections and the summary line on stderr.
#include <cstdint>
#include <iostream>
#include <unordered_map>

#include "analyzers/analyzer.h"
#include "corpus/enricher.h"
#include "index/document_builder.h"
#include "index/shard_writer.h"
#include "indexer/commands.h"
#include "indexer/exit_codes.h"
#include "indexer/interrupt.h"
#include "indexer/progress_line.h"
#include "indexer/rejection_log.h"
#include "indexer/source_args.h"

namespace siaran::indexer {
namespace {

using Clock = std::chrono::steady_clock;

// Where each id of this run was first read, to report a duplicate with both places. File names
// are interned: a million records come from a few files.
class IdLocations {
 public:
  // The earlier location of `id`, if any; records `where` as its location from now on.
  std::optional<corpus::SourceLocation> replace(const std::string& id, const corpus::SourceLocation& where) {
    if (where.file != current_name_ || files_.empty()) {
      current_name_ = where.file;
      files_.push_back(where.file);
    }
    const Entry entry{static_cast<uint32_t>(files_.size() - 1), where.line};
    auto [it, inserted] = ids_.try_emplace(id, entry);
    if (inserted) return std::nullopt;
    corpus::SourceLocation earlier{files_[it->second.file], it->second.line};
    it->second = entry;
    return earlier;
  }

 private:
  struct Entry {
    uint32_t file;
    size_t line;
  };
  std::vector<std::string> files_;
  std::string current_name_;
  std::unordered_map<std::string, Entry> ids_;
};

class IndexingSink : public corpus::RecordSink {
 public:
  IndexingSink(index::ArchiveWriter& writer, const std::string& db, ProgressLine& progress, RejectionLog& log)
      : writer_(writer), db_(db), progress_(progress), log_(log) {}

  void accept(corpus::Document doc, const corpus::SourceLocation& where) override {
    InterruptFlag::check();
    index::AddResult result;
    try {
      result = writer_.add(doc);
    } catch (const index::RejectedDocument& e) {
      reject({where, e.what()});
      return;
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(write_failure(e.what(), doc.id, where));
    }
    (result == index::AddResult::Unchanged ? unchanged : indexed)++;
    if (auto earlier = ids_.replace(doc.id, where)) {
      ++duplicates;
      log_.warn("siaran-index: warning: duplicate id \"" + doc.id + "\" at " + indexer::where(where) +
                " replaces " + indexer::where(*earlier));
    }
    progress_.tick(indexed + unchanged + log_.rejected(), where.file);
  }

  void reject(const corpus::Rejection& rejection) override {
    InterruptFlag::check();
    log_.reject(rejection);
    progress_.tick(indexed + unchanged + log_.rejected(), rejection.where.file);
  }

  size_t indexed = 0, unchanged = 0, duplicates = 0;

 private:
  // Anything but a RejectedDocument from add() is the index failing to be written (a full disk,
  // a file size limit, an I/O error), not a fault of the record: said so in one line naming the
  // index folder and the OS error, the record only as where it happened. The writer's own prefix
  // ("cannot index "ID": ") would blame the record, so it is dropped.
  std::string write_failure(std::string what, const std::string& id, const corpus::SourceLocation& at) const {
    const std::string blame = "cannot index \"" + id + "\": ";
    if (what.starts_with(blame)) what.erase(0, blame.size());
    return "cannot write the index in " + db_ + ": " + what + " (while adding \"" + id + "\" from " +
           indexer::where(at) + "); the live index is unchanged";
  }

  index::ArchiveWriter& writer_;
  const std::string& db_;
  ProgressLine& progress_;
  RejectionLog& log_;
  IdLocations ids_;
};

analyzers::AnalyzerOptions analysis_for(const IndexArgs& args, const index::DatabaseDir& dir,
                                        index::WriteMode mode) {
  analyzers::AnalyzerOptions analysis;
  std::optional<analyzers::StemmerKind> asked;
  if (args.stemmer) {
    try {
      asked = analyzers::parse_stemmer_kind(*args.stemmer);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--stemmer: ") + e.what());
    }
  }
  if (mode == index::WriteMode::Update) {
    if (const auto built = index::built_stemmer(dir)) {
      if (asked && *asked != *built) {
        throw UsageError("--stemmer " + *args.stemmer + ": the index in " + args.db + " was built with stemmer \"" +
                         analyzers::to_string(*built) + "\"; update must use it (rebuild to change)");
      }
      asked = built;
    }
  }
  if (asked) analysis.stemmer = *asked;
  return analysis;
}

}  // namespace

int run_index(const IndexArgs& args, index::WriteMode mode) {
  const Clock::time_point start = Clock::now();
  const corpus::ReaderOptions options = reader_options(args.source);
  const corpus::SourceSet sources = checked_sources(args.source, options);
  const index::DatabaseDir dir(args.db);
  const analyzers::AnalyzerOptions analysis = analysis_for(args, dir, mode);
  std::optional<index::IndexSynonyms> synonyms = synonyms_to_write(args, dir, mode);

  InterruptFlag interrupt;
  ProgressLine progress(ProgressLine::stderr_is_terminal());
  RejectionLog log(progress, args.source.verbose);
  const corpus::Enricher enricher;
  try {
    index::BuildOptions build{args.threads};
    if (synonyms) build.phrases = index::PhraseTerms::of_synonyms(*synonyms);  // a build's; update keeps its own
    const std::unique_ptr<index::ArchiveWriter> archive =
        index::open_archive_writer(dir, mode, analysis, args.shards, std::move(build));
    index::ArchiveWriter& writer = *archive;
    IndexingSink sink(writer, args.db, progress, log);
    if (synonyms) writer.set_synonyms(std::move(*synonyms));
    try {
      sources.read_all(sink, enricher);
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());  // an option every file trips over (a bad --date-format)
    }
    InterruptFlag::check();  // a signal that ended a blocked read of stdin
    progress.finish();
    log.finish();
    if (writer.mode() == index::WriteMode::Build && sink.indexed + sink.unchanged == 0) {
      throw std::runtime_error("no record was accepted, so no index was built; " +
                               std::string(dir.live_generation().empty() ? args.db + " is still empty"
                                                                         : "the index in " + args.db + " is unchanged"));
    }
    writer.commit();
    std::string summary = "indexed " + std::to_string(sink.indexed) + ", unchanged " + std::to_string(sink.unchanged) +
                          ", rejected " + std::to_string(log.rejected());
    if (sink.duplicates > 0) summary += ", duplicate ids " + std::to_string(sink.duplicates);
    if (writer.shards() > 1) summary += " into " + std::to_string(writer.shards()) + " shards";
    std::cerr << summary << " in " << seconds_since(start) << " s" << std::endl;
    return log.rejected() > 0 ? kExitSomeRejected : kExitOk;
  } catch (const Interrupted& e) {
    progress.finish();
    std::cerr << "siaran-index: interrupted; the index in " << args.db << " is unchanged" << std::endl;
    return 128 + e.signal;
  }
}

}  // namespace siaran::indexer
