#include "index/index_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <thread>
#include <unordered_map>
#include <utility>

#include <xapian.h>

#include "index/document_builder.h"
#include "index/parallel_build.h"
#include "index/schema.h"
#include "index/stored_document.h"
#include "index/write_support.h"

namespace siaran::index {
namespace fs = std::filesystem;
namespace {

using write_support::str;
using write_support::utc_now_iso8601;
using write_support::xapian_guard;

// Documents Xapian buffers before flushing them to the tables. Xapian's inverter keeps, per term,
// an ordered map of the batch's documents, so each posting costs a walk down a tree as deep as the
// batch is large, mostly cache misses; a small batch keeps those trees in cache. Measured on 10k
// generated releases (one thread, CPU seconds): 100: 26.3, 250: 24.0, 500: 28.8, 1000: 33.5,
// 2000: 38.9-42.9, 4000: 46.3; peak memory 34 MB at 250 against 124 MB at 2000. Xapian's default
// (10000) is slower still.
constexpr const char* kFlushThreshold = "250";
// A parallel build's workers each flush their own batch, on cores that share the last-level
// cache. Measured on 10k generated releases, 2 threads (CPU s): on a loaded machine 250:
// 30.9/37.0, 150: 30.1/27.2, 100: 26.5/35.5; on a quieter one (load ~3) 250: 26.1/27.0 and 150:
// 26.4/27.2, so no CPU difference there, but peak memory 50 -> 38 MB (100: 35 MB). Not yet
// measured at 100k+, where each flush merges into a larger part (XAPIAN_FLUSH_THRESHOLD in the
// environment overrides it).
constexpr const char* kParallelFlushThreshold = "150";

// Xapian 1.4 reads the threshold only from the environment, when a database is opened for
// writing. A value the user had set when the program started wins over ours.
const bool kUserFlushThreshold = std::getenv("XAPIAN_FLUSH_THRESHOLD") != nullptr;

void use_flush_threshold(const char* documents) {
  if (!kUserFlushThreshold) ::setenv("XAPIAN_FLUSH_THRESHOLD", documents, /*overwrite=*/1);
}

// Xapian::Database::compact writes its output without syncing it; the generation must be on disk
// before publish() makes it live.
void sync_folder_files(const fs::path& folder) {
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
      if (fd >= 0) ::close(fd);
      throw std::runtime_error("cannot sync " + entry.path().string());
    }
    ::close(fd);
  }
}

}  // namespace

unsigned default_build_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

std::optional<analyzers::StemmerKind> built_stemmer(const DatabaseDir& dir) {
  if (dir.live_generation().empty()) return std::nullopt;
  const fs::path live = dir.live_path();
  const std::string name = xapian_guard("cannot open " + live.string(), [&] {
    return Xapian::Database(live.string()).get_metadata(str(schema::kMetaStemmer));
  });
  try {
    return analyzers::parse_stemmer_kind(name);
  } catch (const std::invalid_argument&) {
    throw std::runtime_error("the index in " + dir.path().string() + " names stemmer \"" + name +
                             "\", which this program does not know; rebuild it");
  }
}

struct IndexWriter::Impl {
  Impl(const DatabaseDir& d, WriteMode requested, analyzers::AnalyzerOptions analysis, const BuildOptions& options)
      : dir(d), lock(dir), analyzer(analysis), builder(analyzer) {
    mode = requested == WriteMode::Update && dir.live_generation().empty() ? WriteMode::Build : requested;
    const bool parallel_build = mode == WriteMode::Build && options.threads > 1;
    use_flush_threshold(parallel_build ? kParallelFlushThreshold : kFlushThreshold);
    builder.index_phrases(mode == WriteMode::Build ? options.phrases : PhraseTerms());
    if (mode == WriteMode::Build) {
      generation = dir.new_generation_path();
      try {
        if (parallel_build) {
          parallel = xapian_guard("cannot create " + generation.string(),
                                  [&] { return std::make_unique<ParallelBuild>(generation, analysis, options); });
          return;
        }
        db = xapian_guard("cannot create " + generation.string(), [&] {
          return Xapian::WritableDatabase(generation.string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
        });
        begin();
      } catch (...) {
        dir.discard(generation);
        throw;
      }
    } else {
      const fs::path live = dir.live_path();
      db = xapian_guard("cannot open " + live.string() + " for writing", [&] {
        return Xapian::WritableDatabase(live.string(), Xapian::DB_OPEN);
      });
      check_analysis();
      builder.index_phrases(PhraseTerms::stored_in(db));
      begin();
    }
  }

  // One transaction for the whole batch: Xapian flushes it to disk as it grows, but nothing is
  // committed (visible, durable) before commit(), and abandoning it is cheap.
  void begin() {
    xapian_guard("cannot start writing", [&] { db.begin_transaction(true); });
  }

  ~Impl() {
    if (committed) return;
    parallel.reset();  // stops its workers before their folder goes
    try {
      db.cancel_transaction();
    } catch (...) {
    }
    try {
      db.close();
    } catch (...) {
    }
    if (mode == WriteMode::Build) dir.discard(generation);
  }

  void check_analysis() const {
    const std::string schema_version = db.get_metadata(str(schema::kMetaSchemaVersion));
    if (schema_version != schema::kSchemaVersion) {
      throw AnalysisMismatch("the index in " + dir.path().string() + " has schema version \"" +
                             schema_version + "\", this program writes \"" + str(schema::kSchemaVersion) +
                             "\": rebuild it with `siaran-index build`");
    }
    const std::string stemmer = db.get_metadata(str(schema::kMetaStemmer));
    const std::string wanted = analyzers::to_string(analyzer.options().stemmer);
    if (stemmer != wanted) {
      throw AnalysisMismatch("the index in " + dir.path().string() + " was built with stemmer \"" +
                             stemmer + "\", not \"" + wanted +
                             "\": update it with the same stemmer, or rebuild it to change");
    }
  }

  // The document that holds `id` now, in this batch or before it.
  std::optional<Xapian::docid> find(const std::string& id_term) const {
    if (mode == WriteMode::Build) {
      auto it = built.find(id_term);
      if (it == built.end()) return std::nullopt;
      return it->second;
    }
    Xapian::PostingIterator it = db.postlist_begin(id_term);
    if (it == db.postlist_end(id_term)) return std::nullopt;
    return *it;
  }

  // Spelling changes are summed per word over the whole batch and applied at commit(): Xapian
  // looks each word up in its spelling table on every add_spelling(), which per document (a few
  // hundred calls) cost more than indexing the words did.
  void spell(const std::vector<std::string>& words, long long sign) {
    for (const std::string& word : words) spelling_delta[word] += sign;
  }

  void apply_spelling() {
    for (const auto& [word, delta] : spelling_delta) {
      if (delta > 0) db.add_spelling(word, static_cast<Xapian::termcount>(delta));
      if (delta < 0) db.remove_spelling(word, static_cast<Xapian::termcount>(-delta));
    }
    spelling_delta.clear();
  }

  // Takes the spelling words of the document being replaced or deleted back out of the table.
  void unspell(Xapian::docid docid) {
    corpus::Document old;
    try {
      old = from_json(db.get_document(docid).get_data());
    } catch (const std::runtime_error&) {
      return;  // unreadable data (not ours): its words stay counted, which only skews suggestions
    }
    spell(builder.spelling_words(old), -1);
  }

  AddResult add(const corpus::Document& doc) {
    if (committed) throw std::logic_error("IndexWriter::add after commit");
    if (parallel) return parallel->add(doc);
    // An unchanged record is recognised by its hash before any analysis: re-running `update` over
    // a whole archive costs a lookup per record.
    const std::string hash = content_hash(doc);
    const std::string id_term = str(schema::kId) + doc.id;
    std::optional<Xapian::docid> existing;
    if (!doc.id.empty() && doc.id.size() <= kMaxIdBytes) {
      existing = find(id_term);
      if (existing && db.get_document(*existing).get_value(schema::kHashSlot) == hash) return AddResult::Unchanged;
    }
    BuiltDocument b = builder.build(doc);
    if (existing) {
      unspell(*existing);
      db.replace_document(*existing, b.xapian);
    } else {
      Xapian::docid docid = db.add_document(b.xapian);
      if (mode == WriteMode::Build) built.emplace(b.id_term, docid);
    }
    spell(b.spelling_words, +1);
    changed = true;
    return existing ? AddResult::Replaced : AddResult::Added;
  }

  bool remove(const std::string& id) {
    if (committed) throw std::logic_error("IndexWriter::remove after commit");
    if (parallel) return parallel->remove(id);
    const std::string id_term = str(schema::kId) + id;
    const std::optional<Xapian::docid> existing = find(id_term);
    if (!existing) return false;
    unspell(*existing);
    db.delete_document(*existing);
    built.erase(id_term);
    changed = true;
    return true;
  }

  // A parallel build's sub-databases merged into the generation, which the rest of commit() then
  // finishes like a one-thread build's.
  void merge_parts() {
    parallel->finish();
    parallel.reset();
    db = Xapian::WritableDatabase(generation.string(), Xapian::DB_OPEN);
    begin();
  }

  void commit() {
    if (committed) return;
    const bool merged = parallel != nullptr;
    if (merged) merge_parts();
    const std::string now = utc_now_iso8601();
    apply_spelling();
    if (mode == WriteMode::Build) {
      db.set_metadata(str(schema::kMetaSchemaVersion), str(schema::kSchemaVersion));
      db.set_metadata(str(schema::kMetaStemmer), analyzers::to_string(analyzer.options().stemmer));
      db.set_metadata(str(schema::kMetaBuiltAt), now);
      builder.phrases().store_in(db);
    } else if (changed) {
      db.set_metadata(str(schema::kMetaUpdatedAt), now);
    }
    if (synonyms) write_synonyms(db, *synonyms);
    db.commit_transaction();
    db.close();
    if (merged) sync_folder_files(generation);
    if (mode == WriteMode::Build) dir.publish(generation);
    committed = true;
  }

  DatabaseDir dir;
  WriterLock lock;
  analyzers::Analyzer analyzer;
  DocumentBuilder builder;
  WriteMode mode = WriteMode::Build;
  fs::path generation;  // Build: the new generation, not yet live
  Xapian::WritableDatabase db;
  std::unordered_map<std::string, Xapian::docid> built;  // Build: "Q"+id -> docid
  std::unordered_map<std::string, long long> spelling_delta;  // word -> occurrences added - removed
  std::optional<IndexSynonyms> synonyms;  // written at commit() when set
  std::unique_ptr<ParallelBuild> parallel;  // Build with threads > 1, until commit()
  bool changed = false;
  bool committed = false;
};

IndexWriter::IndexWriter(const DatabaseDir& dir, WriteMode mode, analyzers::AnalyzerOptions analysis,
                         BuildOptions build)
    : impl_(std::make_unique<Impl>(dir, mode, analysis, build)) {}

IndexWriter::~IndexWriter() = default;

AddResult IndexWriter::add(const corpus::Document& doc) {
  return xapian_guard("cannot index \"" + doc.id + "\"", [&] { return impl_->add(doc); });
}

bool IndexWriter::remove(const std::string& id) {
  return xapian_guard("cannot delete \"" + id + "\"", [&] { return impl_->remove(id); });
}

void IndexWriter::commit() {
  xapian_guard("cannot commit the index in " + impl_->dir.path().string(), [&] { impl_->commit(); });
}

void IndexWriter::set_synonyms(IndexSynonyms synonyms) { impl_->synonyms = std::move(synonyms); }

WriteMode IndexWriter::mode() const { return impl_->mode; }

}  // namespace siaran::index
