// delete: removes documents by id in one transaction; ids that are not in the index are listed.
#include <chrono>
#include <iostream>

#include "index/shard_writer.h"
#include "indexer/commands.h"
#include "indexer/exit_codes.h"
#include "indexer/progress_line.h"

namespace siaran::indexer {

int run_delete(const std::string& db, const std::vector<std::string>& ids) {
  const auto start = std::chrono::steady_clock::now();
  const index::DatabaseDir dir(db);
  const auto stemmer = index::built_stemmer(dir);
  if (!stemmer) throw std::runtime_error("no index in " + db + " to delete from");
  analyzers::AnalyzerOptions analysis;
  analysis.stemmer = *stemmer;  // only to open the writer; deleting analyses nothing new

  const std::unique_ptr<index::ArchiveWriter> archive =
      index::open_archive_writer(dir, index::WriteMode::Update, analysis);  // routes each id to its shard
  index::ArchiveWriter& writer = *archive;
  size_t deleted = 0, missing = 0;
  for (const std::string& id : ids) {
    if (writer.remove(id)) {
      ++deleted;
    } else {
      ++missing;
      std::cerr << "siaran-index: no document with id \"" << id << "\" in " << db << std::endl;
    }
  }
  writer.commit();
  std::cerr << "deleted " << deleted << ", not found " << missing << " in " << seconds_since(start) << " s"
            << std::endl;
  return missing > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace siaran::indexer
