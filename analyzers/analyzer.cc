#include "analyzers/analyzer.h"

#include <istream>
#include <ostream>

#include "analyzers/number_format.h"
#include "analyzers/reduplication.h"
#include "analyzers/stopword_list.h"
#include "analyzers/tokenizer.h"
#include "analyzers/word_memo.h"
#include "analyzers/word_pipeline.h"
#include "analyzers/xapian_stem_adapter.h"

namespace siaran::analyzers {

namespace {

// All capitals of this length or less read as an acronym ("UPT", "WBP", "BAPAS"); longer
// all-capital words are usually a headline in capitals, unless they are protected terms.
constexpr unsigned kAcronymMaxLetters = 6;

// Builds the tokens of one text; one instance per analyze() call.
class TokenBuilder {
 public:
  TokenBuilder(std::string_view text, WordPipeline& words, WordMemo& memo, const StopwordList* stopwords)
      : text_(text), words_(words), memo_(memo), stopwords_(stopwords) {}

  std::vector<Token> build(const std::vector<Lexeme>& lexemes) {
    tokens_.reserve(lexemes.size());
    for (size_t i = 0; i < lexemes.size();) {
      size_t end = i + 1;
      while (end < lexemes.size() && lexemes[end].joined_by_hyphen) ++end;
      if (end - i == 1 || !emit_reduplication(lexemes, i, end)) {
        for (size_t k = i; k < end; ++k) emit(lexemes[k]);
      }
      i = end;
    }
    return std::move(tokens_);
  }

 private:
  std::string_view slice(size_t begin, size_t end) const { return text_.substr(begin, end - begin); }

  std::string folded(const Lexeme& lex) const { return words_.normalizer().fold(slice(lex.begin, lex.end)); }

  bool emit_reduplication(const std::vector<Lexeme>& lexemes, size_t first, size_t end) {
    std::vector<std::string> parts;
    for (size_t k = first; k < end; ++k) {
      if (lexemes[k].kind != LexemeKind::Word) return false;
      parts.push_back(memo_.analyze(folded(lexemes[k])).exact);
    }
    std::optional<std::string> base = Reduplication::base(parts);
    if (!base) return false;
    Lexeme whole = lexemes[first];
    whole.end = lexemes[end - 1].end;
    push_computed(whole, std::move(*base));
    return true;
  }

  void emit(const Lexeme& lex) {
    switch (lex.kind) {
      case LexemeKind::PercentSign: return push_computed(lex, "persen");
      case LexemeKind::Number: return push_computed(lex, canonical_number(folded(lex)));
      case LexemeKind::Initialism: {
        std::string letters;
        for (char c : folded(lex)) {
          if (c != '.') letters.push_back(c);
        }
        return push_computed(lex, std::move(letters));
      }
      case LexemeKind::Word: return push_word(lex, memo_.analyze(folded(lex)));
    }
  }

  // Appends a token for `lex` with its position, or nothing when `exact` is no term. Returns
  // the token, or nullptr.
  Token* start_token(const Lexeme& lex, const std::string& exact) {
    if (exact.empty() || exact.size() > kMaxTermBytes) return nullptr;
    Token& t = tokens_.emplace_back();
    t.surface = slice(lex.begin, lex.end);
    t.offset = lex.begin;
    t.position = ++position_;
    return &t;
  }

  void push_word(const Lexeme& lex, const WordAnalysis& word) {
    Token* t = start_token(lex, word.exact);
    if (!t) return;
    t->is_protected = word.is_protected;
    t->kind = kind_of(lex, word.is_protected);
    t->stem = word.stem;
    t->stopword = word.stopword;
    t->exact = word.exact;
  }

  // Numbers, initialisms, "persen" and reduplication bases: not folded words, so not memoised.
  void push_computed(const Lexeme& lex, std::string exact) {
    Token* t = start_token(lex, exact);
    if (!t) return;
    t->is_protected = words_.is_protected(exact);
    t->kind = kind_of(lex, t->is_protected);
    t->stem = words_.stem(exact);
    t->stopword = stopwords_ && stopwords_->contains(exact);
    t->exact = std::move(exact);
  }

  static TokenKind kind_of(const Lexeme& lex, bool is_protected) {
    switch (lex.kind) {
      case LexemeKind::Number: return TokenKind::Number;
      case LexemeKind::Initialism: return TokenKind::Acronym;
      case LexemeKind::PercentSign: return TokenKind::Word;
      case LexemeKind::Word: break;
    }
    bool all_capitals = lex.letters >= 2 && lex.uppercase == lex.letters;
    if ((all_capitals && (lex.letters <= kAcronymMaxLetters || is_protected)) ||
        (lex.inner_capital && lex.uppercase >= 2)) {
      return TokenKind::Acronym;
    }
    return TokenKind::Word;
  }

  std::string_view text_;
  WordPipeline& words_;
  WordMemo& memo_;
  const StopwordList* stopwords_;
  std::vector<Token> tokens_;
  unsigned position_ = 0;
};

}  // namespace

struct Analyzer::Impl {
  explicit Impl(AnalyzerOptions o)
      : options(o),
        words(o.stemmer),
        stopwords(o.drop_stopwords ? &StopwordList::builtin() : nullptr),
        memo(words, stopwords) {}
  AnalyzerOptions options;
  Tokenizer tokenizer;
  WordPipeline words;
  const StopwordList* stopwords;
  WordMemo memo;  // refers to `words`: declared after it
};

Analyzer::Analyzer(AnalyzerOptions options) : impl_(std::make_unique<Impl>(options)) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

std::vector<Token> Analyzer::analyze(std::string_view text) const {
  return TokenBuilder(text, impl_->words, impl_->memo, impl_->stopwords).build(impl_->tokenizer.split(text));
}

std::string Analyzer::stem(std::string_view exact_word) const { return impl_->words.stem(exact_word); }

Xapian::Stem Analyzer::xapian_stem() const {
  return Xapian::Stem(new XapianStemAdapter(impl_->options.stemmer));
}

const AnalyzerOptions& Analyzer::options() const { return impl_->options; }

void write_analysis(std::istream& in, std::ostream& out, const Analyzer& analyzer) {
  std::string line;
  while (std::getline(in, line)) {
    for (const Token& t : analyzer.analyze(line)) {
      out << t.surface << '\t';
      if (t.stopword) {
        out << "(stop)";
      } else if (t.is_protected) {
        out << '=' << t.exact;
      } else {
        out << t.stem;
      }
      out << '\n';
    }
  }
}

}  // namespace siaran::analyzers
