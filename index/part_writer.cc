#include "index/part_writer.h"

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include <xapian.h>

#include "analyzers/word_hash.h"
#include "index/stored_document.h"

namespace siaran::index {
namespace fs = std::filesystem;

namespace {

// Buckets the spelling counts start with: the distinct words of a few thousand releases, so the
// first documents do not rehash them again and again (128 KiB per worker).
constexpr size_t kSpellingBuckets = 1 << 14;

struct Location {
  uint32_t part;
  Xapian::docid docid;
};

}  // namespace

struct PartWriter::State {
  State(fs::path s, analyzers::AnalyzerOptions analysis, PartOptions o)
      : stem(std::move(s)), analyzer(analysis), builder(analyzer), options(o) {
    builder.index_phrases(options.phrases);
  }

  int flags() const {
    return Xapian::DB_BACKEND_GLASS | (options.safe_writes ? 0 : Xapian::DB_NO_SYNC | Xapian::DB_DANGEROUS);
  }

  uint32_t current() const { return static_cast<uint32_t>(parts.size() - 1); }

  void open_part() {
    parts.push_back(fs::path(stem.string() + "-" + std::to_string(parts.size())));
    db = Xapian::WritableDatabase(parts.back().string(), Xapian::DB_CREATE | flags());
    docs_in_part = 0;
  }

  // A new part once the current one holds docs_per_part documents: Xapian's cost per document
  // grows with the size of the database it adds to (its position table takes each document's
  // terms in term order, all over the table), so a build in bounded parts stays at the cost of
  // a small database, and the compaction that merges them reads each part once, in order.
  void rotate_if_full() {
    if (parts.empty()) {
      open_part();
      return;
    }
    if (options.docs_per_part == 0 || docs_in_part < options.docs_per_part) return;
    db.commit();
    db.close();
    open_part();
  }

  void spell(const std::vector<std::string>& words, long long sign) {
    for (const std::string& word : words) spelling[word] += sign;
  }

  // Takes the spelling words of a superseded document back out (as IndexWriter does).
  void unspell(const Location& at) {
    std::string data;
    if (at.part == current()) {
      data = db.get_document(at.docid).get_data();
    } else {
      if (readers.size() <= at.part) readers.resize(at.part + 1);
      if (!readers[at.part]) readers[at.part] = Xapian::Database(parts[at.part].string());
      data = readers[at.part]->get_document(at.docid).get_data();
    }
    spell(builder.spelling_words(from_json(data)), -1);
  }

  void add(PartJob& job) {
    const std::string id_term = job.record.id_term;
    BuiltDocument built = builder.build(job.doc, std::move(job.record));
    if (auto it = where.find(id_term); it != where.end()) {
      unspell(it->second);
      if (it->second.part == current()) {
        db.replace_document(it->second.docid, built.xapian);
        spell(built.spelling_words, +1);
        return;
      }
      superseded.push_back(it->second);
    }
    rotate_if_full();
    where[id_term] = Location{current(), db.add_document(built.xapian)};
    ++docs_in_part;
    spell(built.spelling_words, +1);
  }

  void remove(const std::string& id_term) {
    auto it = where.find(id_term);
    if (it == where.end()) return;
    unspell(it->second);
    if (it->second.part == current()) {
      db.delete_document(it->second.docid);
    } else {
      superseded.push_back(it->second);
    }
    where.erase(it);
  }

  void finish() {
    if (parts.empty()) open_part();  // no record came this way: an empty part keeps merging simple
    // The counts net of replacements; never negative, since a word is only taken out of a
    // document that put it in. Compaction adds up the counts of the parts.
    for (const auto& [word, count] : spelling) {
      if (count > 0) db.add_spelling(word, static_cast<Xapian::termcount>(count));
    }
    spelling.clear();
    db.commit();
    db.close();
    readers.clear();
    std::map<uint32_t, std::vector<Xapian::docid>> doomed;
    for (const Location& at : superseded) doomed[at.part].push_back(at.docid);
    for (const auto& [part, docids] : doomed) {
      Xapian::WritableDatabase earlier(parts[part].string(), Xapian::DB_OPEN | flags());
      for (Xapian::docid docid : docids) earlier.delete_document(docid);
      earlier.commit();
      earlier.close();
    }
  }

  const fs::path stem;
  analyzers::Analyzer analyzer;  // one per worker: an Analyzer holds per-thread stemmer state
  DocumentBuilder builder;
  const PartOptions options;
  std::vector<fs::path> parts;
  Xapian::WritableDatabase db;  // the current part
  size_t docs_in_part = 0;
  std::unordered_map<std::string, Location> where;           // id term -> its live document
  std::vector<Location> superseded;                          // in earlier parts: deleted at finish()
  std::vector<std::optional<Xapian::Database>> readers;      // earlier parts, opened to unspell
  // word -> occurrences, net. Every title and body word of every document passes through it:
  // the analyzer's short-word hash, and room for a news vocabulary from the start.
  std::unordered_map<std::string, long long, analyzers::WordHash, std::equal_to<>> spelling{kSpellingBuckets};
  std::string error;                                         // the first failure
};

PartWriter::PartWriter(fs::path stem, analyzers::AnalyzerOptions analysis, PartOptions options)
    : state_(std::make_unique<State>(std::move(stem), analysis, options)),
      batch_size_(options.batch_size == 0 ? 1 : options.batch_size),
      queue_(options.queue_batches) {
  pending_.reserve(batch_size_);
  thread_ = std::thread([this] { run(); });
}

PartWriter::~PartWriter() {
  abandoned_ = true;
  queue_.close(/*drop=*/true);
  if (thread_.joinable()) thread_.join();
}

void PartWriter::run() {
  // `what` names the failing step; called only on failure, so a record costs no message.
  auto guarded = [this](auto&& work, auto&& what) {
    try {
      work();
    } catch (const Xapian::Error& e) {
      state_->error = what() + ": " + e.get_description();
      failed_ = true;
    } catch (const std::exception& e) {
      state_->error = what() + ": " + e.what();
      failed_ = true;
    }
  };
  while (std::optional<PartBatch> batch = queue_.pop()) {
    for (PartJob& job : *batch) {
      if (failed_) break;  // keep draining, so the reading thread never blocks on a dead worker
      guarded(
          [&] {
            if (job.kind == PartJob::Kind::Add) {
              state_->add(job);
            } else {
              state_->remove(job.record.id_term);
            }
          },
          [&] {
            return "cannot index \"" + (job.doc.id.empty() ? job.record.id_term.substr(1) : job.doc.id) + "\"";
          });
    }
  }
  if (abandoned_ || failed_) return;
  guarded([&] { state_->finish(); }, [&] { return "cannot finish the sub-database " + state_->stem.string(); });
}

void PartWriter::fail_if_failed() const {
  if (failed_) throw std::runtime_error(state_->error);
}

void PartWriter::push(PartJob job) {
  fail_if_failed();
  pending_.push_back(std::move(job));
  if (pending_.size() < batch_size_) return;
  PartBatch full;
  full.reserve(batch_size_);
  full.swap(pending_);
  queue_.push(std::move(full));
}

void PartWriter::close() {
  if (!pending_.empty()) {
    queue_.push(std::move(pending_));  // dropped when the queue is closed already
    pending_.clear();
  }
  queue_.close();
}

void PartWriter::wait() {
  close();
  if (thread_.joinable()) thread_.join();
  fail_if_failed();
}

const std::vector<fs::path>& PartWriter::parts() const { return state_->parts; }

}  // namespace siaran::index
