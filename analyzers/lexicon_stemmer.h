// analyzers::LexiconStemmer — StemmerKind::Lexicon: a stemmer that answers with a root word of
// the Indonesian dictionary (RootLexicon, from hunspell-id) where it can, and with Snowball's
// stem where it cannot.
//
//   word is a root                       -> the word           ("kepala", "berita", "tahan")
//   a confix reading ends in a root      -> that root          ("menahan" -> tahan, "peranan" ->
//                                           peran, "pemasyarakatan" -> masyarakat; see
//                                           confix_stripper.h for the readings and the choice)
//   otherwise (names, loans, typos)      -> SnowballStemmer    ("jokowi", "prabowo")
//   hyphenated (only when called directly; the analyzer splits hyphens first):
//     "kuasa-mu" -> kuasa (a clitic after the hyphen); "berbalas-balasan" -> balas and
//     "meniru-nirukan" -> tiru (both parts share a root); anything else is returned as is.
//
// Snowball's answers are kept for unknown words so that they conflate as before; it cannot make
// a known word worse, because a known word never reaches it.
//
// Construction loads the shared lexicon (RootLexicon::shared()) and throws std::runtime_error
// "lexicon stemmer needs /usr/share/hunspell/id_ID.dic (Debian package hunspell-id)…" when it is
// missing: a run never silently falls back to Snowball for every word. Not thread-safe (the
// Snowball fallback keeps state); the lexicon itself is shared read-only by all instances.
// Results are not cached here: WordPipeline wraps every stemmer in a CachedStemmer.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "analyzers/confix_stripper.h"
#include "analyzers/root_lexicon.h"
#include "analyzers/stemmer.h"

namespace siaran::analyzers {

class LexiconStemmer final : public Stemmer {
 public:
  // The process-wide lexicon from RootLexicon::kDefaultDictionary.
  LexiconStemmer();
  // A lexicon read from another hunspell .dic file (tests, other installations).
  explicit LexiconStemmer(const std::filesystem::path& dictionary);
  explicit LexiconStemmer(std::shared_ptr<const RootLexicon> roots);

  // `word` is case folded (Token::exact). Words with characters other than a-z (and '-') are
  // left to Snowball.
  std::string stem(std::string_view word) override;

  // The lexicon root stem() answers with, or nullopt when stem() falls back to Snowball.
  std::optional<std::string> lexicon_root(std::string_view word) const;

  const RootLexicon& lexicon() const { return *roots_; }

 private:
  std::string stem_hyphenated(std::string_view word);

  std::shared_ptr<const RootLexicon> roots_;
  ConfixStripper stripper_;
  SnowballStemmer fallback_;
};

}  // namespace siaran::analyzers
