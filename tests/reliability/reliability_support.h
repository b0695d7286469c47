// Shared by the fault tests: synthetic releases (written here, deterministic), what an index
// holds as one comparable value, and siaran-index/siaran-searchd run the way an operator runs
// them (tests/reliability/child.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tests/reliability/child.h"

namespace siaran::reliability {

// `count` releases as JSONL: ids rel-00000..., about 1 kB of Indonesian-looking text each,
// dates, units. `edition` changes the text of every fifth release and the words of titles, so
// two editions of the same count share most ids but differ in content and in query answers.
std::string releases_jsonl(size_t count, unsigned edition = 0);
std::filesystem::path write_releases(const std::filesystem::path& file, size_t count, unsigned edition = 0);

// Everything an index holds that a reindex could change, timestamps left out: the documents
// (id -> content hash), their number and total length, the spelling table (word -> frequency).
struct IndexFingerprint {
  uint64_t documents = 0;
  uint64_t total_length = 0;
  std::map<std::string, std::string> id_hashes;
  std::map<std::string, uint64_t> spelling;
  std::string generation;

  bool same_content(const IndexFingerprint& other) const {
    return documents == other.documents && total_length == other.total_length && id_hashes == other.id_hashes &&
           spelling == other.spelling;
  }
};
// Reads the live generation of index folder `db` (fails the test when it cannot be opened).
IndexFingerprint fingerprint(const std::filesystem::path& db);

// Names in `db` and in `db`/generations, sorted: what a killed writer may have left behind.
std::vector<std::string> folder_entries(const std::filesystem::path& db);
std::vector<std::string> generation_folders(const std::filesystem::path& db);

RunResult index_command(const std::string& command, const std::filesystem::path& db,
                        const std::vector<std::string>& more, ChildOptions options = {});

// The lines of `text` that are not empty.
std::vector<std::string> nonempty_lines(const std::string& text);

}  // namespace siaran::reliability
