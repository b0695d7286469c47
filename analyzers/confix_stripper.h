// analyzers::ConfixStripper — finds the root of an affixed Indonesian word among the roots of a
// RootLexicon, by reading the word as prefixes + root + suffixes in every way the morphology
// allows and keeping the readings whose root is in the lexicon.
//
// A word is, from the outside in:
//     [prefix [prefix [prefix]]] root [-i | -kan | -an | -isasi] [-ku | -mu | -nya]
//                                     [-lah | -kah | -tah | -pun]
//   "keberuntunganmu" = ke + ber + untung + an + mu;  "diberdayakannyalah" = di + ber + daya + kan
//   + nya + lah. Prefixes and their sound changes are prefix_rules.h; at most three are removed.
// Outer prefix and derivational suffix must form an attested confix: these pairs do not occur
// (Nazief & Adriani) and are never read: ber-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an, se-…-i,
// se-…-kan, ter-…-an. So "menahan" is me + tahan, never me + tah + an. A root-final k + "an"
// is also read as -kan, the common misspelling of -kkan ("menunjukan", "dimasukan").
//
// Among the readings that end in a root, the best has
//   1. the lowest cost: affixes removed + affixes the dictionary does not give the root
//      (hunspell-id flags, see RootLexicon; a root hunspell gives no affix at all costs one
//      extra, not one per affix, as such roots are mostly just not annotated). "bagian" ->
//      bagi + an (cost 1); "mengupas" -> kupas (takes me-, cost 1), not upas (takes nothing,
//      cost 2); "berbadan" -> ber + badan, not ber + bad + an;
//   2. then the fewest prefixes: "kepemiluan" -> ke + pemilu + an, not ke + pe + pilu + an;
//      "berikan" -> beri + kan (suffixes are the less ambiguous cut);
//   3. then the fewest unattested affixes: "pengawasan" -> peng + awas + an (cost 2, all
//      attested) rather than peng + kawasan (cost 2, kawasan takes no pe-);
//   4. then the more productive root, the one hunspell gives more affix families: a commoner
//      word ("penyawaan" -> nyawa, not sawa; "mengurung" -> kurung, not urung; "pengurus" ->
//      urus, not kurus). Measured on the ties of the shared corpora: right about twice as
//      often as wrong;
//   5. then the reading found first: suffix -an before -kan, which keeps a root-final k
//      ("bisikan" -> bisik, not bisi), and the sound changes in the order of prefix_rules.h.
// Roots have at least three letters, and a three-letter root only counts with affixes the
// dictionary gives it ("dimas", "milan", "berlin" are names, not di + mas, mil + an, ber + lin).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/root_lexicon.h"

namespace siaran::analyzers {

class ConfixStripper {
 public:
  // `roots` must outlive the stripper.
  explicit ConfixStripper(const RootLexicon& roots) : roots_(roots) {}

  // The root `word` (lower-case ASCII letters, no hyphen) is derived from, or nullopt when no
  // reading of it ends in a root of the lexicon. A word that is itself a root is not looked at
  // here: callers check the lexicon first.
  std::optional<std::string> root_of(std::string_view word) const;

  // Every reading of `word` that ends in a root, best first (the first one's root is
  // root_of()): for tests and for explaining a stem.
  struct Reading {
    std::string root;
    std::string analysis;  // the cuts, outermost prefix first: "peng(k)+ejar+an", "ber+balas"
    int cost = 0;
    int prefixes = 0;
    int unattested = 0;
    int productivity = 0;  // how many affix families hunspell gives the root
  };
  std::vector<Reading> readings(std::string_view word) const;

 private:
  const RootLexicon& roots_;
};

}  // namespace siaran::analyzers
