#include "analyzers/word_pipeline.h"

#include "analyzers/number_format.h"

namespace siaran::analyzers {

namespace {

bool has_digit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// Apostrophes as left by NFKC case folding: ASCII ' plus the curly and modifier forms.
std::string without_apostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\'') {
      ++i;
    } else if (s.substr(i, 3) == "\u2019" || s.substr(i, 3) == "\u2018") {
      i += 3;
    } else if (s.substr(i, 2) == "\u02BC") {
      i += 2;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

}  // namespace

WordPipeline::WordPipeline(StemmerKind kind)
    : kind_(kind),
      protected_terms_(ProtectedTerms::builtin()),
      clitics_(CliticStripper::builtin()),
      stemmer_(make_stemmer(kind)) {}

std::string WordPipeline::exact_form(std::string_view folded) const {
  return clitics_.strip(without_apostrophes(folded));
}

std::string WordPipeline::stem(std::string_view exact) {
  if (exact.empty() || has_digit(exact) || protected_terms_.contains(exact)) {
    return std::string(exact);
  }
  return stemmer_.stem(exact);
}

std::string WordPipeline::stem_written_word(std::string_view word) {
  std::string folded = normalizer_.fold(word);
  if (is_number(folded)) return canonical_number(folded);
  return stem(exact_form(folded));
}

}  // namespace siaran::analyzers
