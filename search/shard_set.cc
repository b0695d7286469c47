#include "search/shard_set.h"

#include <charconv>
#include <fstream>
#include <iterator>

#include "index/database_dir.h"
#include "index/schema.h"
#include "index/shard_layout.h"

namespace siaran::search {
namespace {

std::string join(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

// A siaran index folder: its stub names a generation (index::DatabaseDir).
bool is_index_folder(const std::filesystem::path& path) {
  try {
    return !index::DatabaseDir(path).live_generation().empty();
  } catch (const std::runtime_error&) {
    return false;  // a stub Xapian understands but DatabaseDir did not write
  }
}

// What the spelling database currently is: an index folder's live generation, or the stub that
// xapian-replicate switches when a new copy has arrived (PATH/XAPIANDB, or PATH itself when it is
// a stub file); "" for a plain database, which only ever changes by commits.
std::string spelling_target(const std::filesystem::path& path) {
  if (is_index_folder(path)) return index::DatabaseDir(path).live_generation();
  std::error_code ec;
  const std::filesystem::path stub = std::filesystem::is_directory(path, ec) ? path / "XAPIANDB" : path;
  if (std::filesystem::is_directory(stub, ec)) return "";
  std::ifstream in(stub, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

ShardAddress ShardAddress::parse(const std::string& text) {
  if (text.empty()) throw std::invalid_argument("a shard is tcp://HOST:PORT or a database path, not \"\"");
  ShardAddress address;
  address.text = text;
  constexpr std::string_view kTcp = "tcp://";
  if (!text.starts_with(kTcp)) return address;
  const std::string rest = text.substr(kTcp.size());
  const size_t colon = rest.rfind(':');
  std::string host = colon == std::string::npos ? "" : rest.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port = colon == std::string::npos ? "" : rest.substr(colon + 1);
  unsigned number = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), number);
  if (host.empty() || port.empty() || ec != std::errc() || end != port.data() + port.size() || number == 0 ||
      number > 65535) {
    throw std::invalid_argument("shard \"" + text + "\": expected tcp://HOST:PORT with a port 1-65535");
  }
  address.remote = true;
  address.host = host;
  address.port = number;
  return address;
}

struct ShardSet::Shard {
  ShardAddress address;
  Xapian::Database db;
  bool up = false;
  std::string why;  // the last failure

  void connect(const ShardConfig& config) {
    try {
      if (address.remote) {
        db = Xapian::Remote::open(address.host, address.port, static_cast<useconds_t>(config.timeout.count()),
                                  static_cast<useconds_t>(config.connect_timeout.count()));
      } else {
        db = Xapian::Database(address.text);
      }
      up = true;
    } catch (const Xapian::Error& e) {
      up = false;
      db = Xapian::Database();
      why = e.get_description();
    }
  }
};

ShardSet::ShardSet(ShardConfig config) : config_(std::move(config)) {
  if (config_.shards.empty()) throw std::invalid_argument("no shard given");
  for (const std::string& text : config_.shards) {
    auto shard = std::make_unique<Shard>();
    shard->address = ShardAddress::parse(text);
    shards_.push_back(std::move(shard));
  }
  open_spelling();
  connect_all();
}

ShardSet::~ShardSet() = default;

void ShardSet::open_spelling() {
  if (config_.spelling_db.empty()) return;
  std::filesystem::path path = config_.spelling_db;
  std::string generation = "shards";
  if (is_index_folder(path)) {
    const index::DatabaseDir dir(path);
    generation = dir.live_generation();
    path = dir.live_path();
    if (index::ShardLayout::is_sharded(path)) path = index::ShardLayout(path).tables_path();
  }
  Xapian::Database spelling;
  try {
    spelling = Xapian::Database(path.string());
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("cannot open the spelling database " + path.string() + ": " + e.get_description());
  }
  if (spelling.get_doccount() > 0) {
    throw std::runtime_error("the spelling database " + path.string() + " holds documents, which would be counted "
                             "twice beside the shards: give the folder of a sharded index (siaran-index build "
                             "--shards N), whose tables database holds none");
  }
  spelling_ = std::move(spelling);
  spelling_target_ = spelling_target(config_.spelling_db);
  has_spelling_ = true;
  generation_ = generation;
}

void ShardSet::connect_all() {
  for (auto& shard : shards_) shard->connect(config_);
  last_retry_ = std::chrono::steady_clock::now();
  combine();
}

void ShardSet::combine() {
  Xapian::Database combined;
  if (has_spelling_) combined.add_database(spelling_);
  std::vector<std::string> missing, reasons;
  for (const auto& shard : shards_) {
    if (shard->up) {
      combined.add_database(shard->db);
    } else {
      missing.push_back(shard->address.text);
      reasons.push_back(shard->address.text + " (" + shard->why + ")");
    }
  }
  if (missing.size() == shards_.size()) {
    throw ShardsUnavailable("no shard answers: " + join(reasons), std::move(missing));
  }
  db_ = std::move(combined);
  missing_ = std::move(missing);
}

void ShardSet::check_policy() const {
  if (config_.on_failure == ShardFailure::Error && !missing_.empty()) {
    throw ShardsUnavailable("shard(s) down: " + join(missing_), missing_);
  }
}

void ShardSet::recover() {
  connect_all();
  check_policy();
}

bool ShardSet::retry_missing() {
  const auto now = std::chrono::steady_clock::now();
  if (missing_.empty() || now - last_retry_ < config_.retry_interval) return false;
  last_retry_ = now;
  bool revived = false;
  for (auto& shard : shards_) {
    if (shard->up) continue;
    shard->connect(config_);
    revived = revived || shard->up;
  }
  if (revived) combine();
  return revived;
}

bool ShardSet::refresh() {
  if (has_spelling_ && spelling_target(config_.spelling_db) != spelling_target_) {
    // A new build was published (or replicated here): its tables, and a new connection to every
    // shard (xapian-tcpsrv opens its database per connection, so a stub it serves, DIR/shard-KKK
    // or a xapian-replicate replica, is followed by new connections only).
    open_spelling();
    connect_all();
    return true;
  }
  bool changed = retry_missing();
  try {
    if (has_spelling_) changed = spelling_.reopen() || changed;
    for (auto& shard : shards_) {
      if (shard->up) changed = shard->db.reopen() || changed;
    }
  } catch (const Xapian::NetworkError&) {
    connect_all();  // a shard went away since the last request
    return true;
  }
  if (changed) combine();
  return changed;
}

RemoteFacetMatch::RemoteFacetMatch(const Xapian::Database& db, const Xapian::Query& query, bool remote)
    : remote_(remote), enquire_(db) {
  if (!remote_) return;
  enquire_.set_query(query);
  enquire_.set_weighting_scheme(Xapian::BoolWeight());
}

Xapian::Enquire& RemoteFacetMatch::spied(Xapian::Enquire& main) { return remote_ ? enquire_ : main; }

Xapian::MSet RemoteFacetMatch::mset(const Xapian::MSet& main, Xapian::doccount check_at_least) {
  return remote_ ? enquire_.get_mset(0, 0, check_at_least) : main;
}

void sort_by_date_on_shards(Xapian::Enquire& enquire, bool oldest_first) {
  if (oldest_first) {
    enquire.set_sort_by_value_then_relevance(index::kUndatedLastSlot, false);
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  } else {
    enquire.set_sort_by_value_then_relevance(index::schema::kDateSlot, true);
    enquire.set_docid_order(Xapian::Enquire::DESCENDING);
  }
}

}  // namespace siaran::search
