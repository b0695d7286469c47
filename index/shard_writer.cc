#include "index/shard_writer.h"

#include <cstdlib>
#include <ctime>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

#include "index/document_builder.h"
#include "index/schema.h"
#include "index/shard_layout.h"
#include "index/shard_router.h"
#include "index/stored_document.h"
#include "index/write_support.h"

namespace siaran::index {
namespace fs = std::filesystem;
namespace {

using write_support::str;
using write_support::utc_now_iso8601;
using write_support::xapian_guard;

// An unsharded index written by IndexWriter; a build also drops the DIR/shard-KKK stubs a
// previous sharded build left, so xapian-tcpsrv cannot go on serving a generation about to go.
class SingleDatabaseWriter final : public ArchiveWriter {
 public:
  SingleDatabaseWriter(const DatabaseDir& dir, WriteMode mode, analyzers::AnalyzerOptions analysis,
                       BuildOptions build)
      : dir_(dir), writer_(dir, mode, analysis, build) {}
  AddResult add(const corpus::Document& doc) override { return writer_.add(doc); }
  bool remove(const std::string& id) override { return writer_.remove(id); }
  void set_synonyms(IndexSynonyms synonyms) override { writer_.set_synonyms(std::move(synonyms)); }
  void commit() override {
    writer_.commit();
    if (writer_.mode() == WriteMode::Build) publish_shard_stubs(dir_, 0);
  }
  WriteMode mode() const override { return writer_.mode(); }
  unsigned shards() const override { return 1; }

 private:
  DatabaseDir dir_;
  IndexWriter writer_;
};

}  // namespace

std::unique_ptr<ArchiveWriter> open_archive_writer(const DatabaseDir& dir, WriteMode mode,
                                                   analyzers::AnalyzerOptions analysis, unsigned shards,
                                                   BuildOptions build) {
  if (mode == WriteMode::Update) {
    const unsigned live = live_shard_count(dir);
    if (live == 0) return open_archive_writer(dir, WriteMode::Build, analysis, shards, build);
    if (shards != 0 && shards != live) {
      throw std::invalid_argument("the index in " + dir.path().string() + " has " + std::to_string(live) +
                                  " shard(s), not " + std::to_string(shards) +
                                  "; rebuild it to change the shard count");
    }
    shards = live;
  }
  ShardRouter checked(shards == 0 ? 1 : shards);  // validates the count
  if (checked.count() == 1) return std::make_unique<SingleDatabaseWriter>(dir, mode, analysis, build);
  return std::make_unique<ShardedIndexWriter>(dir, mode, analysis, checked.count(), build.phrases);
}

struct ShardedIndexWriter::Impl {
  Impl(const DatabaseDir& d, WriteMode m, analyzers::AnalyzerOptions analysis, unsigned count, PhraseTerms phrases)
      : dir(d), lock(dir), analyzer(analysis), builder(analyzer), mode(m), router(count) {
    builder.index_phrases(mode == WriteMode::Build ? std::move(phrases) : PhraseTerms());
    ::setenv("XAPIAN_FLUSH_THRESHOLD", "250", /*overwrite=*/0);  // as IndexWriter: measured there (index_writer.cc)
    if (mode == WriteMode::Build) {
      create();
    } else {
      open_live();
    }
    built.resize(router.count());
    for (Xapian::WritableDatabase& db : shards) xapian_guard("cannot start writing", [&] { db.begin_transaction(true); });
    xapian_guard("cannot start writing", [&] { tables.begin_transaction(true); });
  }

  void create() {
    if (router.count() < 2) throw std::invalid_argument("a sharded index needs at least 2 shards");
    generation = dir.new_generation_path();
    try {
      const ShardLayout layout(generation);
      auto create_at = [](const fs::path& path) {
        return xapian_guard("cannot create " + path.string(), [&] {
          return Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
        });
      };
      tables = create_at(layout.tables_path());
      for (unsigned k = 0; k < router.count(); ++k) shards.push_back(create_at(layout.shard_path(k)));
    } catch (...) {
      dir.discard(generation);
      throw;
    }
  }

  void open_live() {
    const ShardLayout layout(dir.live_path());
    if (!ShardLayout::is_sharded(layout.generation())) {
      throw std::runtime_error("the index in " + dir.path().string() + " is not sharded");
    }
    auto open_at = [](const fs::path& path) {
      return xapian_guard("cannot open " + path.string() + " for writing",
                          [&] { return Xapian::WritableDatabase(path.string(), Xapian::DB_OPEN); });
    };
    tables = open_at(layout.tables_path());
    check_analysis();
    builder.index_phrases(PhraseTerms::stored_in(tables));
    const std::string recorded = tables.get_metadata(str(kMetaShards));
    if (recorded != std::to_string(router.count()) || layout.shards_on_disk() != router.count()) {
      throw std::runtime_error("the index in " + dir.path().string() + " records " + recorded + " shards but holds " +
                               std::to_string(layout.shards_on_disk()) + "; rebuild it");
    }
    for (unsigned k = 0; k < router.count(); ++k) shards.push_back(open_at(layout.shard_path(k)));
  }

  void check_analysis() const {
    const std::string version = tables.get_metadata(str(schema::kMetaSchemaVersion));
    if (version != schema::kSchemaVersion) {
      throw AnalysisMismatch("the index in " + dir.path().string() + " has schema version \"" + version +
                             "\", this program writes \"" + str(schema::kSchemaVersion) +
                             "\": rebuild it with `siaran-index build`");
    }
    const std::string stemmer = tables.get_metadata(str(schema::kMetaStemmer));
    const std::string wanted = analyzers::to_string(analyzer.options().stemmer);
    if (stemmer != wanted) {
      throw AnalysisMismatch("the index in " + dir.path().string() + " was built with stemmer \"" + stemmer +
                             "\", not \"" + wanted + "\": update it with the same stemmer, or rebuild it to change");
    }
  }

  ~Impl() {
    if (committed) return;
    for (Xapian::WritableDatabase* db : all()) {
      try {
        db->cancel_transaction();
      } catch (...) {
      }
      try {
        db->close();
      } catch (...) {
      }
    }
    if (mode == WriteMode::Build) dir.discard(generation);
  }

  std::vector<Xapian::WritableDatabase*> all() {
    std::vector<Xapian::WritableDatabase*> dbs{&tables};
    for (Xapian::WritableDatabase& db : shards) dbs.push_back(&db);
    return dbs;
  }

  std::optional<Xapian::docid> find(unsigned shard, const std::string& id_term) const {
    if (mode == WriteMode::Build) {
      auto it = built[shard].find(id_term);
      if (it == built[shard].end()) return std::nullopt;
      return it->second;
    }
    Xapian::PostingIterator it = shards[shard].postlist_begin(id_term);
    if (it == shards[shard].postlist_end(id_term)) return std::nullopt;
    return *it;
  }

  // Spelling is summed over the batch and written to the tables database at commit(), as
  // IndexWriter does (and for the same reason: per document it cost more than the indexing).
  void spell(const std::vector<std::string>& words, long long sign) {
    for (const std::string& word : words) spelling_delta[word] += sign;
  }

  void unspell(unsigned shard, Xapian::docid docid) {
    try {
      spell(builder.spelling_words(from_json(shards[shard].get_document(docid).get_data())), -1);
    } catch (const std::runtime_error&) {
      // unreadable data (not ours): its words stay counted, which only skews suggestions
    }
  }

  AddResult add(const corpus::Document& doc) {
    if (committed) throw std::logic_error("ShardedIndexWriter::add after commit");
    const unsigned shard = router.shard_of(doc.id);
    Xapian::WritableDatabase& db = shards[shard];
    const std::string hash = content_hash(doc);
    std::optional<Xapian::docid> existing;
    if (!doc.id.empty() && doc.id.size() <= kMaxIdBytes) {
      existing = find(shard, str(schema::kId) + doc.id);
      if (existing && db.get_document(*existing).get_value(schema::kHashSlot) == hash) return AddResult::Unchanged;
    }
    BuiltDocument b = builder.build(doc);  // throws RejectedDocument before anything changed
    const std::string date = b.xapian.get_value(schema::kDateSlot);
    b.xapian.add_value(kUndatedLastSlot, date.empty() ? std::string("\xff") : date);
    if (existing) {
      unspell(shard, *existing);
      db.replace_document(*existing, b.xapian);
    } else {
      const Xapian::docid docid = db.add_document(b.xapian);
      if (mode == WriteMode::Build) built[shard].emplace(b.id_term, docid);
    }
    spell(b.spelling_words, +1);
    changed = true;
    return existing ? AddResult::Replaced : AddResult::Added;
  }

  bool remove(const std::string& id) {
    if (committed) throw std::logic_error("ShardedIndexWriter::remove after commit");
    const unsigned shard = router.shard_of(id);
    const std::string id_term = str(schema::kId) + id;
    const std::optional<Xapian::docid> existing = find(shard, id_term);
    if (!existing) return false;
    unspell(shard, *existing);
    shards[shard].delete_document(*existing);
    built[shard].erase(id_term);
    changed = true;
    return true;
  }

  void commit() {
    if (committed) return;
    const std::string now = utc_now_iso8601();
    for (const auto& [word, delta] : spelling_delta) {
      if (delta > 0) tables.add_spelling(word, static_cast<Xapian::termcount>(delta));
      if (delta < 0) tables.remove_spelling(word, static_cast<Xapian::termcount>(-delta));
    }
    if (synonyms) write_synonyms(tables, *synonyms);
    unsigned k = 0;
    for (Xapian::WritableDatabase* db : all()) {
      if (mode == WriteMode::Build) {
        db->set_metadata(str(schema::kMetaSchemaVersion), str(schema::kSchemaVersion));
        db->set_metadata(str(schema::kMetaStemmer), analyzers::to_string(analyzer.options().stemmer));
        db->set_metadata(str(schema::kMetaBuiltAt), now);
        db->set_metadata(str(kMetaShards), std::to_string(router.count()));
        if (db != &tables) db->set_metadata(str(kMetaShard), std::to_string(k++));
        builder.phrases().store_in(*db);
      } else if (changed) {
        db->set_metadata(str(schema::kMetaUpdatedAt), now);
      }
    }
    // Shards first, tables last: a crash between them leaves spelling behind the documents, never
    // suggesting a word no shard holds yet.
    for (Xapian::WritableDatabase& db : shards) db.commit_transaction();
    tables.commit_transaction();
    for (Xapian::WritableDatabase* db : all()) db->close();
    if (mode == WriteMode::Build) {
      ShardLayout(generation).write_stub(router.count());
      dir.publish(generation);
      publish_shard_stubs(dir, router.count());
    }
    committed = true;
  }

  DatabaseDir dir;
  WriterLock lock;
  analyzers::Analyzer analyzer;
  DocumentBuilder builder;
  WriteMode mode;
  ShardRouter router;
  fs::path generation;  // Build: the new generation, not yet live
  Xapian::WritableDatabase tables;
  std::vector<Xapian::WritableDatabase> shards;
  std::vector<std::unordered_map<std::string, Xapian::docid>> built;  // Build, per shard: "Q"+id -> docid
  std::unordered_map<std::string, long long> spelling_delta;
  std::optional<IndexSynonyms> synonyms;
  bool changed = false;
  bool committed = false;
};

ShardedIndexWriter::ShardedIndexWriter(const DatabaseDir& dir, WriteMode mode, analyzers::AnalyzerOptions analysis,
                                       unsigned shards, PhraseTerms phrases)
    : impl_(std::make_unique<Impl>(dir, mode, analysis, mode == WriteMode::Build ? shards : live_shard_count(dir),
                                   std::move(phrases))) {}

ShardedIndexWriter::~ShardedIndexWriter() = default;

AddResult ShardedIndexWriter::add(const corpus::Document& doc) {
  return xapian_guard("cannot index \"" + doc.id + "\"", [&] { return impl_->add(doc); });
}

bool ShardedIndexWriter::remove(const std::string& id) {
  return xapian_guard("cannot delete \"" + id + "\"", [&] { return impl_->remove(id); });
}

void ShardedIndexWriter::set_synonyms(IndexSynonyms synonyms) { impl_->synonyms = std::move(synonyms); }

void ShardedIndexWriter::commit() {
  xapian_guard("cannot commit the index in " + impl_->dir.path().string(), [&] { impl_->commit(); });
}

WriteMode ShardedIndexWriter::mode() const { return impl_->mode; }

unsigned ShardedIndexWriter::shards() const { return impl_->router.count(); }

}  // namespace siaran::index
