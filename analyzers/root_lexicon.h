// analyzers::RootLexicon — the Indonesian root words the lexicon stemmer may answer with, and the
// affixes each root is known to take.
//
// Source: the hunspell-id dictionary (Debian package hunspell-id): /usr/share/hunspell/id_ID.dic
// lists ~31,000 roots ("kupas/D0M0MkP0PaT0a0"), and id_ID.aff says what each affix flag adds
// ("M0" adds me-/mem-/men-/meny-/meng-, "Pa" the -an of pe-an, "a0" a plain -an). The flags are
// reduced to an AffixSet per root: which prefix families (di-, ke-, se-, me-, pe-, per-, ber-,
// ter-, ku-) and derivational suffixes (-an, -kan, -i) the dictionary derives from it. That is
// what tells "mengupas" (kupas takes me-) from "upas" (a root that takes no affix).
// Our own roots, which hunspell lacks (analyzers/data/extra_roots.txt, compiled in), are added
// with every affix allowed; hunspell entries that are affixed forms of another entry
// ("biarkan" beside "biar", analyzers/data/derived_entries.txt) are dropped, so that they
// conflate with their root.
//
// Entries are folded to lower case ("Jerman" -> "jerman", so proper nouns are roots too);
// entries with a hyphen ("aba-aba", the affix entries "bi-", "-wi") or non-ASCII bytes are left
// out: the analyzer never asks the stemmer about such strings.
//
// A RootLexicon is immutable once loaded, so one instance is shared by every thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace siaran::analyzers {

// Bit set of affixes; see RootLexicon.
using AffixSet = std::uint16_t;
namespace affix {
inline constexpr AffixSet kDi = 1 << 0;
inline constexpr AffixSet kKe = 1 << 1;
inline constexpr AffixSet kSe = 1 << 2;
inline constexpr AffixSet kMe = 1 << 3;
inline constexpr AffixSet kPe = 1 << 4;
inline constexpr AffixSet kPer = 1 << 5;
inline constexpr AffixSet kBer = 1 << 6;
inline constexpr AffixSet kTer = 1 << 7;
inline constexpr AffixSet kKu = 1 << 8;  // the proclitics ku-/kau-
inline constexpr AffixSet kAn = 1 << 9;
inline constexpr AffixSet kKan = 1 << 10;
inline constexpr AffixSet kI = 1 << 11;
inline constexpr AffixSet kAll = (1 << 12) - 1;
}  // namespace affix

class RootLexicon {
 public:
  static constexpr const char* kDefaultDictionary = "/usr/share/hunspell/id_ID.dic";

  // Reads a hunspell .dic file, and the .aff file beside it (same name, extension .aff) when it
  // exists (without it no root is known to take any affix), then applies our compiled-in lists:
  // drops the entries of data/derived_entries.txt, adds data/extra_roots.txt. Throws std::runtime_error beginning "lexicon stemmer needs <dic> (Debian package
  // hunspell-id)" when the .dic cannot be read or holds no usable word.
  static std::shared_ptr<const RootLexicon> load(const std::filesystem::path& dic);

  // load(kDefaultDictionary), once per process (thread-safe); later calls share the instance.
  // A failed load throws, and the next call tries again: a missing dictionary is never
  // silently replaced by an empty one.
  static std::shared_ptr<const RootLexicon> shared();

  // A lexicon of exactly these words (one per line, '#' comments; our lists are not added), every
  // word taking every affix: for tests.
  static std::shared_ptr<const RootLexicon> from_words(std::string_view words);

  // The affixes `word` takes if it is a root, nullopt if it is not.
  std::optional<AffixSet> find(std::string_view word) const {
    auto it = roots_.find(word);
    if (it == roots_.end()) return std::nullopt;
    return it->second;
  }
  bool contains(std::string_view word) const { return roots_.find(word) != roots_.end(); }
  size_t size() const { return roots_.size(); }

  // Identifies the content ("/usr/share/hunspell/id_ID.dic + our lists: 31016 roots, fnv1a
  // 5c0d…"): an index built with
  // one lexicon gives other stems than a query analysed with another, so callers may store and
  // compare it.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, AffixSet, Hash, std::equal_to<>>;

  RootLexicon(Map roots, std::string source);
  // Drops data/derived_entries.txt, adds data/extra_roots.txt (every affix allowed).
  static void apply_our_lists(Map& roots);

  Map roots_;
  std::string fingerprint_;
};

}  // namespace siaran::analyzers
