// analyzers::SynonymTable — groups of words and names that mean the same thing ("Lapas" and
// "lembaga pemasyarakatan", "WBP" and "warga binaan"), read from a synonym file and normalised
// exactly as index and query terms are: every entry is run through Analyzer::analyze() and kept
// as its words' exact forms (Token::exact) joined by one space. So "Lembaga-lembaga
// Pemasyarakatan" in the file is the entry "lembaga pemasyarakatan", as a query would say it.
//
// File format (analyzers/data/synonyms.txt is the shipped one; a staff file has the same form):
//
//   # comment (also after an entry)
//   @format 1                        required once, before the first group
//   @version 2026-11-29.1            optional, free text: shown by `siaran-index stats`
//   lapas, lembaga pemasyarakatan    one group per line, entries separated by commas
//   rutan, rumah tahanan negara, rumah tahanan
//
// Every entry of a group is a synonym of every other (both directions). An entry may be in more
// than one group ("pk": pembimbing kemasyarakatan, and peninjauan kembali); it then has the
// synonyms of each, but two groups are never merged through it. Entries equal after
// normalisation ("Lapas, LAPAS") count once.
//
// Malformed input is refused whole, with every problem as FILE:LINE: REASON (SynonymFileError):
// a table is applied to a live index, and half a table would silently lose mappings.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace siaran::analyzers {

inline constexpr int kSynonymFormat = 1;       // the @format this program reads
inline constexpr size_t kMaxSynonymWords = 8;  // words in one entry ("kementerian hukum dan hak asasi manusia": 6)
inline constexpr size_t kMaxSynonymBytes = 160;  // one normalised entry (Xapian keys stay far below its limit)

// Every problem of a file, one "FILE:LINE: REASON" per line of what().
struct SynonymFileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct SynonymGroup {
  std::vector<std::string> entries;  // normalised, distinct, in file order
  size_t line = 0;                   // where the group is written
};

class SynonymTable {
 public:
  SynonymTable() = default;  // empty: no synonyms (`--synonyms none`)

  // A table of groups already normalised (what parse() builds; tests).
  struct Parts {
    std::string version;
    std::vector<SynonymGroup> groups;
  };
  explicit SynonymTable(Parts parts);

  // `name` is what errors call the text (a file name, or "synonyms.txt (shipped)").
  static SynonymTable parse(std::string_view text, const std::string& name);
  // Throws std::runtime_error when the file cannot be read, SynonymFileError when it is malformed.
  static SynonymTable load(const std::filesystem::path& file);
  // analyzers/data/synonyms.txt as compiled into the program.
  static SynonymTable shipped();
  static std::string_view shipped_text();

  const std::string& version() const { return version_; }
  const std::vector<SynonymGroup>& groups() const { return groups_; }
  bool empty() const { return groups_.empty(); }

  // Each entry with every other entry of every group it belongs to; keys sorted, synonyms in
  // file order without repeats. The form the index stores (index/synonym_store.h).
  std::vector<std::pair<std::string, std::vector<std::string>>> mappings() const;

  // 16 hex digits (FNV-1a 64) over the format and the normalised groups, sorted: the same
  // content in another order, spacing, case or with other comments has the same fingerprint.
  // "" for an empty table.
  std::string fingerprint() const;

 private:
  std::string version_;
  std::vector<SynonymGroup> groups_;
};

}  // namespace siaran::analyzers
