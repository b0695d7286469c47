// search::IndexHandle — the open Xapian database of one archive index (index::DatabaseDir) and
// what the searcher needs to know about it, kept current:
//   * refresh() reopens on a newly published generation (the indexer's `build`), and otherwise
//     lets Xapian catch up with commits to the live generation (the indexer's `update`);
//   * run() retries a read once after Xapian::DatabaseModifiedError (an update overtook it).
// One per thread, like the Searcher that owns it.
#pragma once

#include <filesystem>
#include <string>
#include <utility>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "index/database_dir.h"

namespace siaran::search {

class IndexHandle {
 public:
  // Opens the live generation; throws std::runtime_error when DIR holds no index yet or the index
  // was built with an analysis this program does not know.
  explicit IndexHandle(std::filesystem::path dir);

  // True when the database now shows something newer (another generation, or new commits).
  bool refresh();

  const Xapian::Database& db() const { return db_; }
  const std::string& generation() const { return generation_; }
  analyzers::StemmerKind stemmer() const { return stemmer_; }
  std::string built_at() const;
  const std::filesystem::path& path() const { return dir_.path(); }

  // `work()` (reading db()), run once more on a fresh view if the database changed underneath.
  template <class Work>
  auto run(Work&& work) -> decltype(work()) {
    try {
      return work();
    } catch (const Xapian::DatabaseModifiedError&) {
      db_.reopen();
    } catch (const Xapian::DatabaseNotFoundError&) {
      open();
    }
    return work();
  }

 private:
  void open();

  index::DatabaseDir dir_;
  Xapian::Database db_;
  std::string generation_;
  analyzers::StemmerKind stemmer_ = analyzers::StemmerKind::Snowball;
};

}  // namespace siaran::search
