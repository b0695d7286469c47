// analyzers::XapianStemAdapter — the analyzer's per-word pipeline behind a Xapian::Stem, so
// MSet::snippet() (which lower-cases each word of the text and looks for "Z" + stem among the
// query terms) and Xapian::QueryParser stem exactly as the indexer did. Owns its own pipeline
// (stemmer and cache): Xapian keeps the object alive by reference count after the Analyzer is
// gone.
#pragma once

#include <string>

#include <xapian.h>

#include "analyzers/word_pipeline.h"

namespace siaran::analyzers {

class XapianStemAdapter final : public Xapian::StemImplementation {
 public:
  explicit XapianStemAdapter(StemmerKind kind) : pipeline_(kind) {}

  // Fold, clitics, protected terms, stemmer: WordPipeline::stem_written_word().
  std::string operator()(const std::string& word) override {
    return pipeline_.stem_written_word(word);
  }

  // "siaran-indonesian-snowball" / "siaran-indonesian-none".
  std::string get_description() const override {
    return std::string("siaran-indonesian-") + to_string(pipeline_.kind());
  }

 private:
  WordPipeline pipeline_;
};

}  // namespace siaran::analyzers
