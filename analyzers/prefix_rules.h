// analyzers::prefix_cuts() — the ways an Indonesian word can begin with a derivational prefix,
// including the first sound of the root that a nasal prefix swallowed (nasal assimilation):
//
//   me-  melihat -> lihat; membaca -> baca; memakan -> makan | pakan; memukul -> mukul | pukul;
//        mencari -> cari; menahan -> nahan | tahan; menyapu -> sapu | nyapu ("menyala" -> nyala);
//        mengambil -> ambil | kambil; menggila -> gila; mengebom -> bom (menge- before one
//        syllable); mempopulerkan, mentransfer (loan words keep p and t)
//   pe-  the same sound changes (pembaca, peminum, penulis, penyidik, pengupas, pengebom), and
//        pe- without a nasal before other consonants (petani, pekerja); pel- only in pelajar;
//        peng- before l and r (penglihatan, pengrajin)
//   per- perbaikan -> baik; perumahan -> rumah (pe- + r...) | umah
//   ber- berjalan -> jalan; berambut -> ambut | rambut; bekerja, beternak (be- before C+er);
//        belajar
//   ter- tergerak -> gerak; terasa -> asa | rasa; teterbang, tepercaya (te- before C+er)
//   di-, ke-, se-, and the proclitics ku-, kau-; a reduplicated first syllable: lelembut,
//        pepohonan, rerumputan (Ce- before the same consonant)
//
// Cuts are only readings: the stemmer keeps those that end in a root of its lexicon. The rules
// follow the prefix table of the confix-stripping stemmers (Nazief & Adriani 1996; Asian et al.
// 2007; Arifin et al. 2009, "enhanced confix stripping"), written from the grammar.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "analyzers/root_lexicon.h"

namespace siaran::analyzers {

enum class Prefix : std::uint8_t { Di, Ke, Se, Me, Pe, Per, Ber, Ter, Ku, Reduplicated };

struct PrefixCut {
  Prefix prefix;
  std::uint8_t length;        // bytes of the word the prefix takes
  std::string_view restored;  // the swallowed sound put back before the rest ("p", "t", "k", "s")
};

// At most this many readings of one word's start.
inline constexpr size_t kMaxPrefixCuts = 4;

struct PrefixCuts {
  std::array<PrefixCut, kMaxPrefixCuts> cut{};
  size_t count = 0;
  const PrefixCut* begin() const { return cut.data(); }
  const PrefixCut* end() const { return cut.data() + count; }
};

// The readings of `word` (lower-case ASCII letters) as prefix + root, most likely first.
// The rest is never shorter than two letters.
PrefixCuts prefix_cuts(std::string_view word);

// Whether `inner` may directly follow `outer` in a word: "memper-" (me + per), "keber-"
// (ke + ber), "diper-", "pember-", "berke-"; me-, di-, ku- and reduplication are only outermost,
// and no prefix repeats.
bool may_precede(Prefix outer, Prefix inner);

// The RootLexicon affix family of a prefix (affix::kMe for me-, ...); 0 for reduplication.
AffixSet family_of(Prefix prefix);

}  // namespace siaran::analyzers
