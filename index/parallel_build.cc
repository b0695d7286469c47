#include "index/parallel_build.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <optional>
#include <stdexcept>
#include <utility>

#include <xapian.h>

#include "index/schema.h"

namespace siaran::index {
namespace fs = std::filesystem;
namespace {

std::optional<size_t> env_count(const char* name) {
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return std::nullopt;
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text, &end, 10);
  if (*end != '\0') throw std::runtime_error(std::string(name) + " is not a number: " + text);
  return static_cast<size_t>(value);
}

// Records queued for one worker before the reading thread waits: enough to ride out a slow
// record, few enough that memory stays bounded whatever the corpus size.
constexpr size_t kRecordsInFlight = 64;

bool env_flag(const char* name) { return env_count(name).value_or(0) != 0; }

}  // namespace

ParallelBuild::ParallelBuild(fs::path generation, analyzers::AnalyzerOptions analysis, const BuildOptions& options)
    : generation_(std::move(generation)), parts_folder_(generation_ / "parts") {
  PartOptions part;
  part.docs_per_part = env_count("SIARAN_BUILD_DOCS_PER_PART").value_or(options.docs_per_part);
  part.batch_size = std::max<size_t>(1, env_count("SIARAN_BUILD_BATCH").value_or(part.batch_size));
  part.queue_batches = std::max<size_t>(2, kRecordsInFlight / part.batch_size);
  part.safe_writes = env_flag("SIARAN_BUILD_SAFE_PARTS");
  part.phrases = options.phrases;
  multipass_ = env_flag("SIARAN_BUILD_MULTIPASS");
  fs::create_directories(parts_folder_);
  const unsigned threads = options.threads == 0 ? 1 : options.threads;
  for (unsigned i = 0; i < threads; ++i) {
    std::string name = "w";
    name += std::to_string(i);
    workers_.push_back(std::make_unique<PartWriter>(parts_folder_ / name, analysis, part));
  }
}

ParallelBuild::~ParallelBuild() = default;

PartWriter& ParallelBuild::worker_for(const std::string& id_term) {
  return *workers_[std::hash<std::string>{}(id_term) % workers_.size()];
}

AddResult ParallelBuild::add(const corpus::Document& doc) {
  PreparedRecord record = prepare_record(doc);
  const uint64_t hash = std::stoull(record.content_hash, nullptr, 16);
  auto [it, inserted] = hashes_.try_emplace(record.id_term, hash);
  if (!inserted && it->second == hash) return AddResult::Unchanged;
  it->second = hash;
  PartWriter& worker = worker_for(record.id_term);
  worker.push(PartJob{PartJob::Kind::Add, doc, std::move(record)});
  return inserted ? AddResult::Added : AddResult::Replaced;
}

bool ParallelBuild::remove(const std::string& id) {
  PartJob job;
  job.kind = PartJob::Kind::Remove;
  job.record.id_term = std::string(schema::kId) + id;
  if (hashes_.erase(job.record.id_term) == 0) return false;
  PartWriter& worker = worker_for(job.record.id_term);
  worker.push(std::move(job));
  return true;
}

void ParallelBuild::finish() {
  for (auto& worker : workers_) worker->close();  // all finish their last part at once
  for (auto& worker : workers_) worker->wait();
  Xapian::Database all;
  for (auto& worker : workers_) {
    for (const fs::path& part : worker->parts()) all.add_database(Xapian::Database(part.string()));
  }
  all.compact(generation_.string(), multipass_ ? Xapian::DBCOMPACT_MULTIPASS : 0);
  all.close();
  workers_.clear();
  hashes_.clear();
  fs::remove_all(parts_folder_);
}

}  // namespace siaran::index
