// Turning SourceArgs into the corpus library's objects, with argument mistakes reported as
// UsageError before anything is opened for writing.
#pragma once

#include <vector>

#include "corpus/source_set.h"
#include "indexer/commands.h"

namespace siaran::indexer {

// Parses --format, --map and --date-format; throws UsageError naming the bad one.
corpus::ReaderOptions reader_options(const SourceArgs& args);

// The SourceSet for `args`, after checking that every SOURCE exists and that there is at least
// one file to read (UsageError otherwise).
corpus::SourceSet checked_sources(const SourceArgs& args, const corpus::ReaderOptions& options);

}  // namespace siaran::indexer
