#include "search/split_ranking.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>
#include <thread>
#include <tuple>

#include "index/schema.h"

namespace siaran::search {
namespace {

std::atomic<unsigned> running_searches{0};
// How many searches were running, on average, when the recent ones started (x1000; a moving
// average over about the last eight): a worker that is between two searches (reading a request,
// writing JSON) is not counted in running_searches, and a busy searchd must not split then.
std::atomic<unsigned> recent_concurrency_milli{1000};
std::atomic<unsigned long long> split_count{0};

unsigned cores() {
  static const unsigned n = std::max(1u, std::thread::hardware_concurrency());
  return n;
}

// One slice's candidates, with what the merge orders them by.
struct Candidate {
  double weight;
  std::string date;  // the sort key: kDateSlot's value
  Xapian::docid docid;
};

// Enquire::set_sort_by_relevance_then_value(slot, true) with the default docid order: higher
// weight first, then the greater value, then the lower document id.
bool ranks_before(const Candidate& a, const Candidate& b) {
  if (a.weight != b.weight) return a.weight > b.weight;
  if (a.date != b.date) return a.date > b.date;
  return a.docid < b.docid;
}

}  // namespace

RunningSearch::RunningSearch() {
  const unsigned now = running_searches.fetch_add(1, std::memory_order_relaxed) + 1;
  // Races between two starts lose one sample: harmless for a moving average.
  const unsigned before = recent_concurrency_milli.load(std::memory_order_relaxed);
  recent_concurrency_milli.store((before * 7 + now * 1000) / 8, std::memory_order_relaxed);
}
RunningSearch::~RunningSearch() { running_searches.fetch_sub(1, std::memory_order_relaxed); }
unsigned long long SplitRanking::splits() { return split_count.load(std::memory_order_relaxed); }

unsigned RunningSearch::count() { return running_searches.load(std::memory_order_relaxed); }
double RunningSearch::recent() { return recent_concurrency_milli.load(std::memory_order_relaxed) / 1000.0; }

SplitRanking::SplitRanking(unsigned slices, Xapian::doccount min_documents, Load load)
    : slices_(slices == 0 ? std::min(cores(), 4u) : slices), min_documents_(min_documents), load_(load) {}
SplitRanking::~SplitRanking() = default;
SplitRanking::SplitRanking(SplitRanking&&) noexcept = default;
SplitRanking& SplitRanking::operator=(SplitRanking&&) noexcept = default;

bool SplitRanking::open_others(const Xapian::Database& db, const std::string& path) {
  if (path != path_ || others_.size() + 1 != slices_) {
    others_.clear();
    path_.clear();
    for (unsigned s = 1; s < slices_; ++s) others_.emplace_back(path);  // each its own handle
    path_ = path;
  }
  const Xapian::rev revision = db.get_revision();
  for (Xapian::Database& other : others_) {
    if (other.get_revision() < revision) other.reopen();
    // Newer than `db` (a commit between the two opens): `db` catches up at its next refresh.
    if (other.get_revision() != revision) return false;
  }
  return true;
}

std::optional<SplitRanking::Page> SplitRanking::rank(const Xapian::Database& db, const std::string& path,
                                                     const Xapian::Query& query, Xapian::doccount first,
                                                     Xapian::doccount count) {
  if (slices_ < 2 || path.empty() || db.get_doccount() < min_documents_) return std::nullopt;
  // A core idle now, and idle lately: at a steady load of one search per core, the moments a
  // worker spends between searches would otherwise make the others split and fight for cores.
  if (load_ == Load::Aware) {
    if (RunningSearch::count() * slices_ > cores()) return std::nullopt;
    if (RunningSearch::recent() * slices_ > cores() * kBusyMargin) return std::nullopt;
  }
  if (!open_others(db, path)) return std::nullopt;

  split_count.fetch_add(1, std::memory_order_relaxed);
  const Xapian::docid last = db.get_lastdocid();
  const Xapian::doccount wanted = first + count;
  std::vector<Xapian::MSet> msets(slices_);
  // Xapian's reference counts are not atomic: a Query shared between threads (even copied, which
  // counts a reference) corrupts them. Each slice rebuilds its own from the serialised form.
  const std::string serialised = query.serialise();
  auto run_slice = [&](unsigned slice, const Xapian::Database& on) {
    const Xapian::docid from = static_cast<Xapian::docid>(uint64_t{last} * slice / slices_) + 1;
    const Xapian::docid to = static_cast<Xapian::docid>(uint64_t{last} * (slice + 1) / slices_);
    Xapian::Enquire enquire(on);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::unserialise(serialised),
                                    Xapian::Query((new DocidRange(from, to))->release())));
    enquire.set_sort_by_relevance_then_value(index::schema::kDateSlot, true);
    msets[slice] = enquire.get_mset(0, wanted);
  };
  std::vector<std::future<void>> others;
  for (unsigned slice = 1; slice < slices_; ++slice) {
    others.push_back(std::async(std::launch::async, run_slice, slice, std::cref(others_[slice - 1])));
  }
  std::exception_ptr error;
  try {
    run_slice(0, db);
  } catch (...) {
    error = std::current_exception();
  }
  for (std::future<void>& slice : others) {
    try {
      slice.get();
    } catch (...) {
      if (!error) error = std::current_exception();
    }
  }
  if (error) std::rethrow_exception(error);

  Page page;
  page.exhausted = true;
  std::vector<Candidate> candidates;
  for (const Xapian::MSet& mset : msets) {
    if (mset.size() >= wanted) page.exhausted = false;
    page.matches += mset.size() < wanted ? mset.size() : mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      candidates.push_back({it.get_weight(), it.get_sort_key(), *it});
    }
  }
  std::sort(candidates.begin(), candidates.end(), ranks_before);
  for (size_t i = first; i < candidates.size() && i < wanted; ++i) {
    page.hits.push_back({candidates[i].docid, candidates[i].weight});
  }
  page.marking = msets.front();
  return page;
}

}  // namespace siaran::search
