#include "analyzers/prefix_rules.h"

namespace siaran::analyzers {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }
bool is_one_of(char c, std::string_view set) { return c != '\0' && set.find(c) != std::string_view::npos; }

// The word with bounds-checked access: at(i) is '\0' past the end.
class Letters {
 public:
  explicit Letters(std::string_view w) : w_(w) {}
  char at(size_t i) const { return i < w_.size() ? w_[i] : '\0'; }
  bool starts_with(std::string_view p) const { return w_.starts_with(p); }
  bool rest_starts_with(size_t from, std::string_view p) const {
    return from <= w_.size() && w_.substr(from).starts_with(p);
  }
  size_t size() const { return w_.size(); }

 private:
  std::string_view w_;
};

class CutList {
 public:
  explicit CutList(size_t word_size) : word_size_(word_size) {}
  void add(Prefix prefix, size_t length, std::string_view restored = {}) {
    if (out_.count == kMaxPrefixCuts) return;
    if (word_size_ < length + 2 || word_size_ - length + restored.size() < 2) return;
    out_.cut[out_.count++] = PrefixCut{prefix, static_cast<std::uint8_t>(length), restored};
  }
  PrefixCuts take() const { return out_; }
  bool empty() const { return out_.count == 0; }

 private:
  size_t word_size_;
  PrefixCuts out_;
};

// me- and pe- share the nasal sound changes: me/pe + m/n/ng/ny + root.
void nasal_cuts(const Letters& w, Prefix prefix, CutList& cuts) {
  char c2 = w.at(2), c3 = w.at(3), c4 = w.at(4);
  if (c2 == 'm') {
    if (is_one_of(c3, "bfv")) cuts.add(prefix, 3);                   // membaca, pembaca
    if (c3 == 'p' && prefix == Prefix::Me) cuts.add(prefix, 3);      // mempopulerkan, memper-
    if (is_vowel(c3) || (c3 == 'r' && is_vowel(c4))) {
      cuts.add(prefix, 2);                                            // memakan -> makan
      cuts.add(prefix, 3, "p");                                       // memukul -> pukul
    }
  } else if (c2 == 'n') {
    if (c3 == 'g') {
      if (is_one_of(c4, "ghkqx")) cuts.add(prefix, 4);               // menggila, mengkaji
      if (is_one_of(c4, "lr") && prefix == Prefix::Pe) cuts.add(prefix, 4);  // penglihatan
      if (is_vowel(c4)) {
        cuts.add(prefix, 4);                                          // mengambil -> ambil
        cuts.add(prefix, 4, "k");                                     // mengupas -> kupas
        if (c4 == 'e') cuts.add(prefix, 5);                           // mengebom -> bom
      }
    } else if (c3 == 'y') {
      if (is_vowel(c4)) {
        cuts.add(prefix, 4, "s");                                     // menyapu -> sapu
        cuts.add(prefix, 2);                                          // menyala -> nyala
      }
    } else if (is_one_of(c3, "cdjszt")) {
      cuts.add(prefix, 3);                                            // mencari, mentransfer
    } else if (is_vowel(c3)) {
      cuts.add(prefix, 2);                                            // menanti -> nanti
      cuts.add(prefix, 3, "t");                                       // menahan -> tahan
    }
  }
}

void me_cuts(const Letters& w, CutList& cuts) {
  char c2 = w.at(2);
  if (is_one_of(c2, "lrwy") && is_vowel(w.at(3))) cuts.add(Prefix::Me, 2);  // melihat, merasa
  nasal_cuts(w, Prefix::Me, cuts);
}

void pe_cuts(const Letters& w, CutList& cuts) {
  char c2 = w.at(2), c3 = w.at(3);
  if (c2 == 'r') {
    cuts.add(Prefix::Per, 3);                                // perbaikan, perairan
    if (is_vowel(c3)) cuts.add(Prefix::Pe, 2);               // perumahan -> rumah
    return;
  }
  if (is_one_of(c2, "wy") && is_vowel(c3)) cuts.add(Prefix::Pe, 2);  // pewarna, peyoga
  if (c2 == 'l' && is_vowel(c3)) {
    if (w.rest_starts_with(3, "ajar")) cuts.add(Prefix::Pe, 3);      // pelajar: pel- + ajar
    cuts.add(Prefix::Pe, 2);                                         // pelatih -> latih
  }
  nasal_cuts(w, Prefix::Pe, cuts);
  if (is_consonant(c2) && !is_one_of(c2, "rwylmn")) cuts.add(Prefix::Pe, 2);  // petani, pekerja
}

void be_cuts(const Letters& w, CutList& cuts) {
  char c2 = w.at(2), c3 = w.at(3);
  if (c2 == 'r') {
    cuts.add(Prefix::Ber, 3);                                // berjalan, beragam
    if (is_vowel(c3)) cuts.add(Prefix::Ber, 2);              // berambut -> rambut
  } else if (c2 == 'l' && w.rest_starts_with(3, "ajar")) {
    cuts.add(Prefix::Ber, 3);                                // belajar
  } else if (is_consonant(c2) && c3 == 'e' && w.at(4) == 'r') {
    cuts.add(Prefix::Ber, 2);                                // bekerja, beternak, bepergian
  }
}

void te_cuts(const Letters& w, CutList& cuts) {
  char c2 = w.at(2), c3 = w.at(3);
  if (c2 == 'r') {
    cuts.add(Prefix::Ter, 3);                                // tergerak, terasing
    if (is_vowel(c3)) cuts.add(Prefix::Ter, 2);              // terasa -> rasa
  } else if (is_consonant(c2) && c3 == 'e' && w.at(4) == 'r') {
    cuts.add(Prefix::Ter, 2);                                // teterbang, tepercaya
  }
}

}  // namespace

PrefixCuts prefix_cuts(std::string_view word) {
  Letters w(word);
  CutList cuts(word.size());
  if (w.starts_with("me")) me_cuts(w, cuts);
  else if (w.starts_with("pe")) pe_cuts(w, cuts);
  else if (w.starts_with("be")) be_cuts(w, cuts);
  else if (w.starts_with("te")) te_cuts(w, cuts);
  else if (w.starts_with("di")) cuts.add(Prefix::Di, 2);
  else if (w.starts_with("ke")) cuts.add(Prefix::Ke, 2);
  else if (w.starts_with("se")) cuts.add(Prefix::Se, 2);
  else if (w.starts_with("kau")) cuts.add(Prefix::Ku, 3);
  else if (w.starts_with("ku")) cuts.add(Prefix::Ku, 2);
  // Reduplicated first syllable, when no prefix reads the word: lelembut, leluhur, rerumputan,
  // dedaunan, bebatuan, tetamu ("pepohonan", "kekasih" are read as pe-, ke- above).
  char c0 = w.at(0);
  if (cuts.empty() && is_consonant(c0) && w.at(1) == 'e' && w.at(2) == c0) {
    cuts.add(Prefix::Reduplicated, 2);
  }
  return cuts.take();
}

bool may_precede(Prefix outer, Prefix inner) {
  using P = Prefix;
  switch (outer) {
    case P::Di:
    case P::Me: return inner == P::Per || inner == P::Ber || inner == P::Ke || inner == P::Pe;
    case P::Pe: return inner == P::Ber || inner == P::Ke;             // pemberdayaan, pengetahuan
    case P::Ke: return inner == P::Ber || inner == P::Ter || inner == P::Pe || inner == P::Per ||
                       inner == P::Se;                                // keberhasilan, keterlibatan
    case P::Ber: return inner == P::Ke || inner == P::Pe || inner == P::Se;  // berkelanjutan
    case P::Ter: return inner == P::Per || inner == P::Ke;            // terperangkap
    case P::Se: return inner == P::Ke || inner == P::Pe || inner == P::Per;  // sepengetahuan
    case P::Ku: return inner == P::Per || inner == P::Ber || inner == P::Ke || inner == P::Ter;
    case P::Per:
    case P::Reduplicated: return false;
  }
  return false;
}

AffixSet family_of(Prefix prefix) {
  switch (prefix) {
    case Prefix::Di: return affix::kDi;
    case Prefix::Ke: return affix::kKe;
    case Prefix::Se: return affix::kSe;
    case Prefix::Me: return affix::kMe;
    case Prefix::Pe: return affix::kPe;
    case Prefix::Per: return affix::kPer;
    case Prefix::Ber: return affix::kBer;
    case Prefix::Ter: return affix::kTer;
    case Prefix::Ku: return affix::kKu;
    case Prefix::Reduplicated: return 0;
  }
  return 0;
}

}  // namespace siaran::analyzers
