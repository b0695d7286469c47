#include "indexer/source_args.h"

#include "indexer/exit_codes.h"

namespace siaran::indexer {

corpus::ReaderOptions reader_options(const SourceArgs& args) {
  corpus::ReaderOptions options;
  try {
    options.format = corpus::parse_format(args.format);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--format: ") + e.what());
  }
  try {
    options.csv_map = corpus::parse_csv_map(args.map);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  options.date_format = args.date_format;
  if (!options.date_format.empty()) {
    try {  // the readers that take a date format check it when made
      corpus::make_reader(corpus::Format::Csv, options);
      corpus::make_reader(corpus::Format::ReleaseText, options);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--date-format: ") + e.what());
    }
  }
  return options;
}

corpus::SourceSet checked_sources(const SourceArgs& args, const corpus::ReaderOptions& options) {
  corpus::SourceSet set(args.sources, options);
  std::vector<std::string> files;
  try {
    files = set.files();
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  if (files.empty()) {
    std::string named;
    for (const std::string& source : args.sources) named += (named.empty() ? "" : ", ") + source;
    throw UsageError("no file to read in " + named +
                     " (folders are searched for .jsonl, .csv, .txt and .md files; name others "
                     "with --format)");
  }
  return set;
}

}  // namespace siaran::indexer
