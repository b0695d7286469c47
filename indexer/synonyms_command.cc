// The synonym table of an index: which one `build` and `update` write (--synonyms), and the
// `synonyms` command that replaces the table of a live index in place, checks a file, or prints
// the shipped one.
#include <filesystem>
#include <iostream>

#include <xapian.h>

#include "analyzers/synonym_table.h"
#include "index/synonym_store.h"
#include "indexer/commands.h"
#include "indexer/exit_codes.h"

namespace siaran::indexer {
namespace {

constexpr std::string_view kShipped = "shipped";
constexpr std::string_view kNone = "none";

// The table `spec` names: "shipped", "none" or a file. A file that cannot be read or is malformed
// is a mistake in the arguments (every problem as FILE:LINE), found before any indexing starts.
index::IndexSynonyms table_named(const std::string& spec, const std::string& option) {
  if (spec == kShipped) return index::from_table(analyzers::SynonymTable::shipped(), std::string(kShipped));
  if (spec == kNone) return index::from_table(analyzers::SynonymTable(), std::string(kNone));
  try {
    const std::filesystem::path file = std::filesystem::absolute(spec);
    return index::from_table(analyzers::SynonymTable::load(file), file.string());
  } catch (const std::runtime_error& e) {  // SynonymFileError too
    throw UsageError(option + ": " + e.what());
  }
}

std::string describe(const index::IndexSynonyms& s) {
  if (s.groups == 0) return "no synonyms";
  std::string text = std::to_string(s.groups) + " groups, " + std::to_string(s.entries.size()) + " keys from " + s.source;
  if (!s.version.empty()) text += ", version " + s.version;
  return text + ", fingerprint " + s.fingerprint;
}

// A custom table (applied with `siaran-index synonyms`) that a build with the default would
// drop: worth a line, since the staff who applied it may not be the ones who rebuild.
void warn_if_custom_table_dropped(const index::DatabaseDir& dir) {
  try {
    if (dir.live_generation().empty()) return;
    const index::SynonymsInfo live = index::read_synonyms_info(Xapian::Database(dir.path().string()));
    if (live.source.empty() || live.source == kShipped || live.source == kNone) return;
    std::cerr << "siaran-index: note: the live index uses the synonyms of " << live.source
              << "; this build uses the shipped ones (pass --synonyms " << live.source << " to keep them)"
              << std::endl;
  } catch (const std::exception&) {  // only a note: the build itself reports real problems
  } catch (const Xapian::Error&) {
  }
}

}  // namespace

std::optional<index::IndexSynonyms> synonyms_to_write(const IndexArgs& args, const index::DatabaseDir& dir,
                                                      index::WriteMode mode) {
  if (!args.synonyms.empty()) return table_named(args.synonyms, "--synonyms");
  // An update keeps the index's table (staff may have replaced it); an update of a folder
  // without an index is a build.
  if (mode == index::WriteMode::Update && !dir.live_generation().empty()) return std::nullopt;
  warn_if_custom_table_dropped(dir);
  return table_named(std::string(kShipped), "--synonyms");
}

int run_synonyms(const SynonymsArgs& args) {
  if (args.print_shipped) {
    std::cout << analyzers::SynonymTable::shipped_text();
    std::cout.flush();
    if (!std::cout) throw std::runtime_error("cannot write to standard output");
    return kExitOk;
  }
  const std::string spec = args.file.empty() ? std::string(kShipped) : args.file;
  const index::IndexSynonyms synonyms = table_named(spec, "FILE");
  if (args.check) {
    std::cout << spec << ": " << describe(synonyms) << std::endl;
    return kExitOk;
  }
  if (args.db.empty()) throw UsageError("synonyms: --db DIR is required (or --check / --print-shipped)");
  index::replace_synonyms(index::DatabaseDir(args.db), synonyms);
  std::cerr << "synonyms of " << args.db << " replaced: " << describe(synonyms) << std::endl;
  return kExitOk;
}

}  // namespace siaran::indexer
