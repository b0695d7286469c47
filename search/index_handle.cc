#include "search/index_handle.h"

#include <stdexcept>

#include "index/schema.h"

namespace siaran::search {

namespace schema = index::schema;

IndexHandle::IndexHandle(std::filesystem::path dir) : dir_(std::move(dir)) { open(); }

void IndexHandle::open() {
  if (dir_.live_generation().empty()) {
    throw std::runtime_error("no index in " + dir_.path().string() +
                             " yet: build one with `siaran-index build --db " + dir_.path().string() + " ...`");
  }
  // The generation is named by the path actually opened, so a swap in between is seen next time.
  const std::filesystem::path live = dir_.live_path();
  Xapian::Database db(live.string());
  const std::string stemmer_name = db.get_metadata(std::string(schema::kMetaStemmer));
  analyzers::StemmerKind stemmer = analyzers::StemmerKind::Snowball;
  if (!stemmer_name.empty()) {
    try {
      stemmer = analyzers::parse_stemmer_kind(stemmer_name);
    } catch (const std::invalid_argument&) {
      throw std::runtime_error("index " + live.string() + " was built with stemmer \"" + stemmer_name +
                               "\", which this program does not know; rebuild it");
    }
  }
  db_ = std::move(db);
  generation_ = live.filename().string();
  stemmer_ = stemmer;
}

bool IndexHandle::refresh() {
  const std::string live = dir_.live_generation();
  if (live.empty()) return false;  // the index vanished: keep serving what is open
  if (live != generation_) {
    open();
    return true;
  }
  return db_.reopen();
}

std::string IndexHandle::built_at() const { return db_.get_metadata(std::string(schema::kMetaBuiltAt)); }

}  // namespace siaran::search
