#include "index/synonym_store.h"

#include <stdexcept>

#include "index/schema.h"

namespace siaran::index {
namespace {

std::string str(std::string_view s) { return std::string(s); }

size_t to_count(const std::string& text) {
  try {
    return text.empty() ? 0 : static_cast<size_t>(std::stoull(text));
  } catch (const std::exception&) {
    return 0;  // not ours to judge: `stats` shows 0 rather than failing
  }
}

}  // namespace

IndexSynonyms from_table(const analyzers::SynonymTable& table, std::string source) {
  IndexSynonyms synonyms;
  synonyms.entries = table.mappings();
  synonyms.source = std::move(source);
  synonyms.version = table.version();
  synonyms.fingerprint = table.fingerprint();
  synonyms.groups = table.groups().size();
  return synonyms;
}

void write_synonyms(Xapian::WritableDatabase& db, const IndexSynonyms& synonyms) {
  // Keys are collected first: clearing while iterating would move the iterator's ground.
  std::vector<std::string> old_keys;
  for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it) old_keys.push_back(*it);
  for (const std::string& key : old_keys) db.clear_synonyms(key);
  for (const auto& [key, values] : synonyms.entries) {
    for (const std::string& value : values) db.add_synonym(key, value);
  }
  db.set_metadata(str(schema::kMetaSynonymsSource), synonyms.source);
  db.set_metadata(str(schema::kMetaSynonymsVersion), synonyms.version);
  db.set_metadata(str(schema::kMetaSynonymsFingerprint), synonyms.fingerprint);
  db.set_metadata(str(schema::kMetaSynonymsGroups), std::to_string(synonyms.groups));
}

SynonymsInfo read_synonyms_info(const Xapian::Database& db) {
  SynonymsInfo info;
  info.source = db.get_metadata(str(schema::kMetaSynonymsSource));
  info.version = db.get_metadata(str(schema::kMetaSynonymsVersion));
  info.fingerprint = db.get_metadata(str(schema::kMetaSynonymsFingerprint));
  info.groups = to_count(db.get_metadata(str(schema::kMetaSynonymsGroups)));
  for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it) ++info.keys;
  return info;
}

void replace_synonyms(const DatabaseDir& dir, const IndexSynonyms& synonyms) {
  // Checked before locking too: the lock would create DIR/lock in a folder that holds no index.
  if (dir.live_generation().empty()) throw std::runtime_error("no index in " + dir.path().string() + " yet");
  const WriterLock lock(dir);
  const std::string live = dir.live_path().string();
  try {
    Xapian::WritableDatabase db(live, Xapian::DB_OPEN);
    db.begin_transaction(true);
    write_synonyms(db, synonyms);
    db.commit_transaction();  // all or nothing: a failure before here leaves the old table
    db.close();
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("cannot replace the synonyms of " + live + ": " + e.get_description());
  }
}

}  // namespace siaran::index
