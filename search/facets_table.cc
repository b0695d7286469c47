#include "search/facets_table.h"

#include <limits>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "search/facets.h"

namespace siaran::search {
namespace {

constexpr size_t kTablesKept = 2;  // the revision being left and the one being moved to

// "uuid:revision", or "" when the database has no single revision (several sub-databases).
std::string revision_key(const Xapian::Database& db) {
  try {
    return db.get_uuid() + ":" + std::to_string(db.get_revision());
  } catch (const Xapian::Error&) {
    return "";
  }
}

}  // namespace

std::shared_ptr<const FacetTable> FacetTable::of(const Xapian::Database& db) {
  const std::string key = revision_key(db);
  if (key.empty()) return nullptr;
  static std::mutex mutex;
  static std::vector<std::pair<std::string, std::shared_ptr<const FacetTable>>> recent;  // newest first
  std::lock_guard<std::mutex> lock(mutex);
  for (size_t i = 0; i < recent.size(); ++i) {
    if (recent[i].first == key) {
      if (i != 0) std::swap(recent[0], recent[i]);
      return recent[0].second;
    }
  }
  // Built under the lock: the other threads asking for the same revision wait rather than
  // build it again (it happens once per commit or generation).
  auto table = std::make_shared<const FacetTable>(db);
  recent.insert(recent.begin(), {key, table});
  if (recent.size() > kTablesKept) recent.resize(kTablesKept);
  return table;
}

FacetTable::FacetTable(const Xapian::Database& db) {
  const std::vector<FacetSpec>& specs = facet_specs();
  values_.resize(specs.size());
  codes_.resize(specs.size());
  usable_.assign(specs.size(), true);
  const Xapian::docid last = db.get_lastdocid();
  for (size_t column = 0; column < specs.size(); ++column) {
    std::vector<std::string>& values = values_[column];
    std::vector<Code>& codes = codes_[column];
    values.emplace_back();  // code 0: no value
    codes.assign(static_cast<size_t>(last) + 1, 0);
    std::unordered_map<std::string, Code> code_of;
    const unsigned slot = specs[column].slot;
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
      const Xapian::docid did = it.get_docid();
      if (did > last) continue;  // a commit after get_lastdocid(): the next revision's table has it
      std::string value = *it;
      if (value.empty()) continue;
      auto [found, added] = code_of.try_emplace(value, static_cast<Code>(values.size()));
      if (added) {
        if (values.size() > std::numeric_limits<Code>::max()) {
          usable_[column] = false;
          break;
        }
        values.push_back(std::move(value));
      }
      codes[did] = found->second;
    }
    if (!usable_[column]) {
      values.assign(1, "");
      codes.clear();
      codes.shrink_to_fit();
    }
  }
}

size_t FacetTable::bytes() const {
  size_t total = 0;
  for (size_t column = 0; column < codes_.size(); ++column) {
    total += codes_[column].capacity() * sizeof(Code);
    for (const std::string& value : values_[column]) total += sizeof(std::string) + value.capacity();
  }
  return total;
}

FacetCodeSpy::FacetCodeSpy(std::shared_ptr<const FacetTable> table, std::vector<size_t> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {
  for (size_t column : columns_) counts_.emplace_back(table_->distinct(column), 0);
}

void FacetCodeSpy::operator()(const Xapian::Document& doc, double) {
  ++seen_;
  const Xapian::docid did = doc.get_docid();
  for (size_t i = 0; i < columns_.size(); ++i) ++counts_[i][table_->code(columns_[i], did)];
}

std::vector<std::pair<std::string, Xapian::doccount>> FacetCodeSpy::counts(size_t column) const {
  std::vector<std::pair<std::string, Xapian::doccount>> out;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i] != column) continue;
    for (size_t code = 1; code < counts_[i].size(); ++code) {
      if (counts_[i][code] != 0) out.emplace_back(table_->value(column, static_cast<FacetTable::Code>(code)), counts_[i][code]);
    }
  }
  return out;
}

}  // namespace siaran::search
