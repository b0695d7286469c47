#include "analyzers/lexicon_stemmer.h"

#include <vector>

namespace siaran::analyzers {

namespace {

bool is_clitic(std::string_view part) {
  for (std::string_view c : {"ku", "mu", "nya", "lah", "kah", "tah", "pun"}) {
    if (part == c) return true;
  }
  return false;
}

std::vector<std::string_view> hyphen_parts(std::string_view word) {
  std::vector<std::string_view> parts;
  while (!word.empty()) {
    size_t hyphen = word.find('-');
    if (hyphen != 0) parts.push_back(word.substr(0, hyphen));
    if (hyphen == std::string_view::npos) break;
    word.remove_prefix(hyphen + 1);
  }
  return parts;
}

}  // namespace

LexiconStemmer::LexiconStemmer() : LexiconStemmer(RootLexicon::shared()) {}

LexiconStemmer::LexiconStemmer(const std::filesystem::path& dictionary)
    : LexiconStemmer(RootLexicon::load(dictionary)) {}

LexiconStemmer::LexiconStemmer(std::shared_ptr<const RootLexicon> roots)
    : roots_(std::move(roots)), stripper_(*roots_) {}

std::optional<std::string> LexiconStemmer::lexicon_root(std::string_view word) const {
  if (roots_->contains(word)) return std::string(word);
  return stripper_.root_of(word);
}

std::string LexiconStemmer::stem(std::string_view word) {
  if (word.find('-') != std::string_view::npos) return stem_hyphenated(word);
  if (std::optional<std::string> root = lexicon_root(word)) return std::move(*root);
  return fallback_.stem(word);
}

std::string LexiconStemmer::stem_hyphenated(std::string_view word) {
  std::vector<std::string_view> parts = hyphen_parts(word);
  if (parts.size() >= 2 && is_clitic(parts.back())) parts.pop_back();  // "kuasa-mu"
  if (parts.size() == 1) return stem(parts[0]);
  if (parts.size() != 2) return std::string(word);
  std::string first = stem(parts[0]);
  if (stem(parts[1]) == first) return first;  // "berbalas-balasan", "buku-buku"
  // The second part may repeat the nasalised root without its prefix: "meniru-nirukan" is
  // me- + tiru twice, and "nirukan" alone is no word.
  if (!lexicon_root(parts[1])) {
    std::string with_prefix = "me";
    with_prefix.append(parts[1]);
    if (stem(with_prefix) == first) return first;
  }
  return std::string(word);
}

}  // namespace siaran::analyzers
