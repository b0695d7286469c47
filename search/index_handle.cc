#include "search/index_handle.h"

#include <stdexcept>

#include "index/schema.h"
#include "index/shard_layout.h"

namespace siaran::search {

namespace schema = index::schema;

IndexHandle::IndexHandle(std::filesystem::path dir) : IndexHandle(IndexSource(std::move(dir))) {}

IndexHandle::IndexHandle(IndexSource source) : dir_(std::move(source.db)) {
  if (source.shards) shards_ = std::make_unique<ShardSet>(std::move(*source.shards));
  open();
}

IndexHandle::~IndexHandle() = default;
IndexHandle::IndexHandle(IndexHandle&&) noexcept = default;

void IndexHandle::open() {
  if (shards_) {
    sharded_ = true;
    local_path_.clear();
    adopt(shards_->db(), shards_->generation());
    return;
  }
  if (dir_.live_generation().empty()) {
    throw std::runtime_error("no index in " + dir_.path().string() +
                             " yet: build one with `siaran-index build --db " + dir_.path().string() + " ...`");
  }
  // The generation is named by the path actually opened, so a swap in between is seen next time.
  const std::filesystem::path live = dir_.live_path();
  sharded_ = index::ShardLayout::is_sharded(live);
  adopt(Xapian::Database(live.string()), live.filename().string());
  local_path_ = sharded_ ? std::string() : live.string();
}

void IndexHandle::adopt(Xapian::Database db, std::string generation) {
  const std::string stemmer_name = db.get_metadata(std::string(schema::kMetaStemmer));
  analyzers::StemmerKind stemmer = analyzers::StemmerKind::Snowball;
  if (!stemmer_name.empty()) {
    try {
      stemmer = analyzers::parse_stemmer_kind(stemmer_name);
    } catch (const std::invalid_argument&) {
      throw std::runtime_error("index " + generation + " was built with stemmer \"" + stemmer_name +
                               "\", which this program does not know; rebuild it");
    }
  }
  phrase_terms_ = index::PhraseTerms::stored_in(db);
  db_ = std::move(db);
  generation_ = std::move(generation);
  stemmer_ = stemmer;
}

bool IndexHandle::refresh() {
  if (shards_) {
    if (!shards_->refresh()) return false;
    open();
    return true;
  }
  const std::string live = dir_.live_generation();
  if (live.empty()) return false;  // the index vanished: keep serving what is open
  if (live != generation_) {
    open();
    return true;
  }
  return db_.reopen();
}

std::string IndexHandle::built_at() const { return db_.get_metadata(std::string(schema::kMetaBuiltAt)); }

std::vector<std::string> IndexHandle::missing_shards() const {
  return shards_ ? shards_->missing() : std::vector<std::string>{};
}

void IndexHandle::check_shards() const {
  if (shards_) shards_->check_policy();
}

void IndexHandle::recover_shards() {
  shards_->recover();
  open();
}

}  // namespace siaran::search
