#include "analyzers/root_lexicon.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "analyzers/embedded_word_lists.h"
#include "analyzers/word_list.h"

namespace siaran::analyzers {

namespace {

// How the .aff file spells flags (its FLAG directive): one character each (the default),
// two characters each ("long", what hunspell-id uses), or comma-separated numbers ("num").
enum class FlagStyle { Char, Long, Num };

std::vector<std::string> split_flags(std::string_view flags, FlagStyle style) {
  std::vector<std::string> out;
  switch (style) {
    case FlagStyle::Char:
      for (char c : flags) out.emplace_back(1, c);
      break;
    case FlagStyle::Long:
      for (size_t i = 0; i + 1 < flags.size(); i += 2) out.emplace_back(flags.substr(i, 2));
      break;
    case FlagStyle::Num:
      while (!flags.empty()) {
        size_t comma = flags.find(',');
        out.emplace_back(flags.substr(0, comma));
        flags = comma == std::string_view::npos ? std::string_view() : flags.substr(comma + 1);
      }
      break;
  }
  return out;
}

// The family of the outermost prefix an affix string adds: "memper" -> me-, "keber" -> ke-.
AffixSet prefix_family(std::string_view add) {
  if (add.starts_with("me")) return affix::kMe;
  if (add.starts_with("di")) return affix::kDi;
  if (add.starts_with("ke")) return affix::kKe;
  if (add.starts_with("se")) return affix::kSe;
  if (add.starts_with("per")) return affix::kPer;
  if (add.starts_with("pe")) return affix::kPe;
  if (add.starts_with("be")) return affix::kBer;  // ber-, be-, bel-
  if (add.starts_with("te")) return affix::kTer;  // ter-, te-
  if (add.starts_with("ku") || add.starts_with("kau")) return affix::kKu;
  return 0;  // re-, we-, si-: not stripped by the stemmer
}

AffixSet suffix_family(std::string_view add) {
  if (add == "an") return affix::kAn;
  if (add == "kan") return affix::kKan;
  if (add == "i") return affix::kI;
  return 0;  // particles and possessives are taken by every word
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

struct AffixFlags {
  FlagStyle style = FlagStyle::Char;
  std::unordered_map<std::string, AffixSet> families;
};

// Reads the FLAG style and, for every PFX/SFX flag, the affix families its rules add. Rule lines
// are "PFX <flag> <strip> <add>[/<flags>] <condition>"; header lines "PFX <flag> <Y|N> <count>".
// A suffix's continuation flags name the prefix of its circumfix: "SFX Ka 0 an/K1o0" is the -an
// of ke-…-an, so a root flagged Ka takes ke- as well as -an.
AffixFlags read_affix_flags(const std::filesystem::path& aff) {
  AffixFlags result;
  std::ifstream in(aff, std::ios::binary);
  if (!in) return result;
  struct SuffixRule {
    std::string flag;
    AffixSet family;
    std::string continuation;
  };
  std::vector<SuffixRule> suffix_rules;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string_view> f = fields(line);
    if (f.size() >= 2 && f[0] == "FLAG") {
      if (f[1] == "long") result.style = FlagStyle::Long;
      if (f[1] == "num") result.style = FlagStyle::Num;
      continue;
    }
    bool pfx = !f.empty() && f[0] == "PFX", sfx = !f.empty() && f[0] == "SFX";
    if ((!pfx && !sfx) || f.size() < 5 || f[2] == "Y" || f[2] == "N") continue;
    size_t slash = f[3].find('/');
    std::string_view add = f[3].substr(0, slash);
    if (add == "0") add = {};
    if (pfx) {
      result.families[std::string(f[1])] |= prefix_family(add);
    } else {
      std::string_view continuation = slash == std::string_view::npos ? "" : f[3].substr(slash + 1);
      suffix_rules.push_back({std::string(f[1]), suffix_family(add), std::string(continuation)});
    }
  }
  std::unordered_map<std::string, AffixSet> prefix_families = result.families;
  for (const SuffixRule& rule : suffix_rules) {
    AffixSet family = rule.family;
    for (const std::string& flag : split_flags(rule.continuation, result.style)) {
      if (auto it = prefix_families.find(flag); it != prefix_families.end()) family |= it->second;
    }
    result.families[rule.flag] |= family;
  }
  return result;
}

bool usable_root(std::string_view w) {
  if (w.empty()) return false;
  for (unsigned char c : w) {
    if (c >= 0x80 || c == '-' || c == '.' || (c >= '0' && c <= '9')) return false;
  }
  return true;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string needs_message(const std::filesystem::path& dic) {
  return "lexicon stemmer needs " + dic.string() + " (Debian package hunspell-id)";
}

// FNV-1a; entries are combined by addition so the fingerprint does not depend on map order.
std::uint64_t fnv1a(std::string_view s, AffixSet affixes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  h = (h ^ (affixes & 0xff)) * 1099511628211ull;
  return (h ^ (affixes >> 8)) * 1099511628211ull;
}

}  // namespace

RootLexicon::RootLexicon(Map roots, std::string source) : roots_(std::move(roots)) {
  std::uint64_t sum = 0;
  for (const auto& [word, affixes] : roots_) sum += fnv1a(word, affixes);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(sum));
  fingerprint_ = source + ": " + std::to_string(roots_.size()) + " roots, fnv1a " + hex;
}

void RootLexicon::apply_our_lists(Map& roots) {
  WordList::parse(embedded::kDerivedEntries).for_each([&roots](const std::string& word) {
    roots.erase(word);
  });
  WordList::parse(embedded::kExtraRoots).for_each([&roots](const std::string& word) {
    roots[word] = affix::kAll;
  });
}

std::shared_ptr<const RootLexicon> RootLexicon::load(const std::filesystem::path& dic) {
  std::ifstream in(dic, std::ios::binary);
  if (!in) {
    throw std::runtime_error(needs_message(dic) + ": cannot open it (" + std::strerror(errno) + ")");
  }
  std::filesystem::path aff = dic;
  aff.replace_extension(".aff");
  AffixFlags flags = read_affix_flags(aff);

  Map roots;
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view l = line;
    if (first) {  // the entry count
      first = false;
      if (!l.empty() && l.find_first_not_of("0123456789") == std::string_view::npos) continue;
    }
    // "word/flags<TAB>morphology": the word ends at the first unescaped '/' or blank.
    size_t end = l.find_first_of("/ \t");
    std::string_view word = l.substr(0, end);
    if (!usable_root(word)) continue;
    AffixSet affixes = 0;
    if (end != std::string_view::npos && l[end] == '/') {
      std::string_view rest = l.substr(end + 1);
      for (const std::string& flag : split_flags(rest.substr(0, rest.find_first_of(" \t")), flags.style)) {
        if (auto it = flags.families.find(flag); it != flags.families.end()) affixes |= it->second;
      }
    }
    roots[lower_ascii(word)] |= affixes;
  }
  if (in.bad()) throw std::runtime_error(needs_message(dic) + ": error while reading it");
  if (roots.empty()) throw std::runtime_error(needs_message(dic) + ": it holds no dictionary word");
  apply_our_lists(roots);
  return std::shared_ptr<const RootLexicon>(new RootLexicon(std::move(roots), dic.string() + " + our lists"));
}

std::shared_ptr<const RootLexicon> RootLexicon::shared() {
  static std::mutex mutex;
  static std::shared_ptr<const RootLexicon> instance;
  std::lock_guard<std::mutex> lock(mutex);
  if (!instance) instance = load(kDefaultDictionary);
  return instance;
}

std::shared_ptr<const RootLexicon> RootLexicon::from_words(std::string_view words) {
  Map roots;
  WordList::parse(words).for_each([&roots](const std::string& word) { roots[word] = affix::kAll; });
  return std::shared_ptr<const RootLexicon>(new RootLexicon(std::move(roots), "word list"));
}

}  // namespace siaran::analyzers
