// parse: a dry run of reading — every record as the indexer would receive it (enriched, derived
// fields included) as canonical JSONL on stdout; rejections and the summary on stderr.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "corpus/enricher.h"
#include "index/stored_document.h"
#include "indexer/commands.h"
#include "indexer/exit_codes.h"
#include "indexer/interrupt.h"
#include "indexer/progress_line.h"
#include "indexer/rejection_log.h"
#include "indexer/source_args.h"

namespace siaran::indexer {
namespace {

class PrintingSink : public corpus::RecordSink {
 public:
  PrintingSink(ProgressLine& progress, RejectionLog& log) : progress_(progress), log_(log) {}

  void accept(corpus::Document doc, const corpus::SourceLocation& where) override {
    InterruptFlag::check();
    std::string line;
    try {
      line = index::to_json(doc);
    } catch (const std::invalid_argument& e) {
      reject({where, e.what()});
      return;
    }
    line.push_back('\n');
    if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) {
      throw std::runtime_error("cannot write to standard output");
    }
    ++printed;
    progress_.tick(printed + log_.rejected(), where.file);
  }

  void reject(const corpus::Rejection& rejection) override {
    InterruptFlag::check();
    log_.reject(rejection);
  }

  size_t printed = 0;

 private:
  ProgressLine& progress_;
  RejectionLog& log_;
};

}  // namespace

int run_parse(const SourceArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  const corpus::ReaderOptions options = reader_options(args);
  const corpus::SourceSet sources = checked_sources(args, options);

  InterruptFlag interrupt;
  // The progress line would interleave with the records when both go to one terminal.
  ProgressLine progress(ProgressLine::stderr_is_terminal() && !::isatty(STDOUT_FILENO));
  RejectionLog log(progress, args.verbose);
  const corpus::Enricher enricher;
  PrintingSink sink(progress, log);
  try {
    try {
      sources.read_all(sink, enricher);
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    }
    InterruptFlag::check();
  } catch (const Interrupted& e) {
    std::fflush(stdout);
    progress.finish();
    std::cerr << "siaran-index: interrupted" << std::endl;
    return 128 + e.signal;
  }
  if (std::fflush(stdout) != 0) throw std::runtime_error("cannot write to standard output");
  progress.finish();
  log.finish();
  std::cerr << "parsed " << sink.printed << ", rejected " << log.rejected() << " in " << seconds_since(start) << " s"
            << std::endl;
  return log.rejected() > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace siaran::indexer
