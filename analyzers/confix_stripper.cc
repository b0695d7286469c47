#include "analyzers/confix_stripper.h"

#include <algorithm>
#include <array>
#include <bit>
#include <climits>

#include "analyzers/prefix_rules.h"

namespace siaran::analyzers {

namespace {

constexpr size_t kMinRootLetters = 3;
constexpr int kMaxPrefixes = 3;
constexpr size_t kMaxWordBytes = 40;  // longer strings are not words with affixes

// -isasi comes with loan words ("finalisasi" -> final); the dictionary lists most such words
// whole ("sosialisasi", "organisasi"), and a listed word is never cut.
enum class Derivational { None, I, Kan, An, Isasi, KanAfterK };

AffixSet suffix_family(Derivational d) {
  switch (d) {
    case Derivational::I: return affix::kI;
    case Derivational::Kan:
    case Derivational::KanAfterK: return affix::kKan;
    case Derivational::An: return affix::kAn;
    case Derivational::None:
    case Derivational::Isasi: return 0;
  }
  return 0;
}

// Outer prefix + derivational suffix pairs that Indonesian does not form (Nazief & Adriani).
bool confix_allowed(Prefix outer, Derivational d) {
  if (d == Derivational::KanAfterK) d = Derivational::Kan;
  switch (outer) {
    case Prefix::Ber: return d != Derivational::I;
    case Prefix::Di: return d != Derivational::An;
    case Prefix::Ke: return d != Derivational::I && d != Derivational::Kan;
    case Prefix::Me: return d != Derivational::An;
    case Prefix::Se: return d != Derivational::I && d != Derivational::Kan;
    case Prefix::Ter: return d != Derivational::An;
    default: return true;
  }
}

// One reading's score; smaller is better, compared field by field (see the header).
struct Score {
  int cost = INT_MAX;
  int prefixes = INT_MAX;
  int unattested = INT_MAX;
  int productivity = 0;  // affix families hunspell gives the root: more is a commoner root
  bool operator<(const Score& o) const {
    if (cost != o.cost) return cost < o.cost;
    if (prefixes != o.prefixes) return prefixes < o.prefixes;
    if (unattested != o.unattested) return unattested < o.unattested;
    return productivity > o.productivity;
  }
};

// The search over the readings of one word: suffix layers first (cheap string_view cuts), then
// up to three prefixes on each suffix-free base. With `all` set, every reading that ends in a
// root is also listed, with its analysis spelled out.
class Search {
 public:
  Search(const RootLexicon& roots, std::vector<ConfixStripper::Reading>* all)
      : roots_(roots), all_(all) {}

  void suffixes(std::string_view word) {
    static constexpr std::array<std::string_view, 5> kParticles = {"", "lah", "kah", "tah", "pun"};
    static constexpr std::array<std::string_view, 4> kPossessives = {"", "ku", "mu", "nya"};
    // -an before -kan: "bisikan" is bisik + an before bisi + kan.
    // "k" + "an" read as -kan is the common spelling of -kkan after a root-final k:
    // "menunjukan" for menunjukkan (me-…-an would not be allowed).
    static constexpr std::array<std::pair<std::string_view, Derivational>, 6> kDerivational = {{
        {"", Derivational::None}, {"i", Derivational::I}, {"an", Derivational::An},
        {"kan", Derivational::Kan}, {"isasi", Derivational::Isasi}, {"an", Derivational::KanAfterK}}};
    for (std::string_view particle : kParticles) {
      if (!cuttable(word, particle)) continue;
      std::string_view w1 = word.substr(0, word.size() - particle.size());
      for (std::string_view possessive : kPossessives) {
        if (!cuttable(w1, possessive)) continue;
        std::string_view w2 = w1.substr(0, w1.size() - possessive.size());
        for (const auto& [suffix, d] : kDerivational) {
          if (!cuttable(w2, suffix)) continue;
          std::string_view base = w2.substr(0, w2.size() - suffix.size());
          if (d == Derivational::KanAfterK && !base.ends_with('k')) continue;
          suffix_labels_ = {suffix, possessive, particle};
          int n = !particle.empty() + !possessive.empty() + !suffix.empty();
          if (n > 0) consider(base, n, std::nullopt, d, 0);
          prefix_layer(base, n, d, std::nullopt, std::nullopt, 0);
        }
      }
    }
  }

  bool found() const { return !best_root_.empty(); }
  std::string take() { return std::move(best_root_); }

 private:
  static bool cuttable(std::string_view w, std::string_view suffix) {
    return suffix.empty() || (w.size() >= suffix.size() + kMinRootLetters && w.ends_with(suffix));
  }

  void prefix_layer(std::string_view w, int affixes, Derivational d, std::optional<Prefix> outer,
                    std::optional<Prefix> previous, int depth) {
    if (depth == kMaxPrefixes || w.size() < kMinRootLetters + 2) return;
    for (const PrefixCut& cut : prefix_cuts(w)) {
      if (previous && !may_precede(*previous, cut.prefix)) continue;
      Prefix first = outer.value_or(cut.prefix);
      if (!confix_allowed(first, d)) continue;
      std::string rest(cut.restored);
      rest.append(w.substr(cut.length));
      if (all_) prefix_labels_.push_back(prefix_label(w, cut));
      consider(rest, affixes + 1, first, d, depth + 1);
      prefix_layer(rest, affixes + 1, d, first, cut.prefix, depth + 1);
      if (all_) prefix_labels_.pop_back();
    }
  }

  void consider(std::string_view root, int affixes, std::optional<Prefix> outer, Derivational d,
                int prefixes) {
    if (root.size() < kMinRootLetters) return;
    std::optional<AffixSet> takes = roots_.find(root);
    if (!takes) return;
    int unattested = 0;
    if (outer && !(*takes & family_of(*outer))) ++unattested;  // reduplication: never attested
    if (d != Derivational::None && !(*takes & suffix_family(d))) ++unattested;
    // A root hunspell gives no affix at all is probably just not annotated: one penalty, not two.
    if (*takes == 0 && unattested > 1) unattested = 1;
    // Three-letter roots only with affixes the dictionary gives them: "dimas", "milan",
    // "berlin", "sehun" are names, not di + mas, mil + an, ber + lin, se + hun.
    if (root.size() == kMinRootLetters && unattested > 0) return;
    Score score{affixes + unattested, prefixes, unattested, std::popcount(unsigned{*takes})};
    if (all_) {
      all_->push_back({std::string(root), analysis(root), score.cost, prefixes, unattested, score.productivity});
    }
    if (score < best_) {
      best_ = score;
      best_root_.assign(root);
    }
  }

  // "peng(k)": the letters cut, and the sound put back.
  static std::string prefix_label(std::string_view w, const PrefixCut& cut) {
    std::string label(w.substr(0, cut.length));
    if (!cut.restored.empty()) {
      label.push_back('(');
      label.append(cut.restored);
      label.push_back(')');
    }
    return label;
  }

  std::string analysis(std::string_view root) const {
    std::string out;
    for (const std::string& p : prefix_labels_) {
      out.append(p);
      out.push_back('+');
    }
    out.append(root);
    for (std::string_view s : suffix_labels_) {
      if (s.empty()) continue;
      out.push_back('+');
      out.append(s);
    }
    return out;
  }

  const RootLexicon& roots_;
  std::vector<ConfixStripper::Reading>* all_;
  std::array<std::string_view, 3> suffix_labels_{};  // derivational, possessive, particle
  std::vector<std::string> prefix_labels_;           // outermost first
  Score best_;
  std::string best_root_;
};

bool plain_letters(std::string_view w) {
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

bool strippable(std::string_view word) {
  return word.size() >= kMinRootLetters + 2 && word.size() <= kMaxWordBytes && plain_letters(word);
}

}  // namespace

std::optional<std::string> ConfixStripper::root_of(std::string_view word) const {
  if (!strippable(word)) return std::nullopt;
  Search search(roots_, nullptr);
  search.suffixes(word);
  if (!search.found()) return std::nullopt;
  return search.take();
}

std::vector<ConfixStripper::Reading> ConfixStripper::readings(std::string_view word) const {
  std::vector<Reading> all;
  if (!strippable(word)) return all;
  Search search(roots_, &all);
  search.suffixes(word);
  std::stable_sort(all.begin(), all.end(), [](const Reading& a, const Reading& b) {
    return Score{a.cost, a.prefixes, a.unattested, a.productivity} <
           Score{b.cost, b.prefixes, b.unattested, b.productivity};
  });
  return all;
}

}  // namespace siaran::analyzers
