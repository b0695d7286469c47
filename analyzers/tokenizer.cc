#include "analyzers/tokenizer.h"

#include <unicode/uchar.h>

#include "analyzers/text_normalizer.h"

namespace siaran::analyzers {

namespace {

enum class CharClass { Letter, Digit, Mark, Ignorable, Apostrophe, Hyphen, Dot, Comma, Percent, Space, Other };

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::Letter;
    if (c >= '0' && c <= '9') return CharClass::Digit;
    switch (c) {
      case '\'': return CharClass::Apostrophe;
      case '-': return CharClass::Hyphen;
      case '.': return CharClass::Dot;
      case ',': return CharClass::Comma;
      case '%': return CharClass::Percent;
      case ' ': return CharClass::Space;
      default: return CharClass::Other;
    }
  }
  switch (c) {
    case 0x2018: case 0x2019: case 0x02BC: case 0xFF07: return CharClass::Apostrophe;
    case 0x2010: case 0x2011: case 0xFE63: case 0xFF0D: return CharClass::Hyphen;
    case 0xFF0E: return CharClass::Dot;
    case 0xFF0C: return CharClass::Comma;
    case 0xFF05: case 0xFE6A: case 0x066A: return CharClass::Percent;
    case 0x00A0: case 0x202F: return CharClass::Space;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return CharClass::Ignorable;
    default: break;
  }
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      return CharClass::Letter;
    case U_DECIMAL_DIGIT_NUMBER: return CharClass::Digit;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return CharClass::Mark;
    default: return CharClass::Other;
  }
}

bool continues_word(CharClass c) {
  return c == CharClass::Letter || c == CharClass::Digit || c == CharClass::Mark ||
         c == CharClass::Ignorable;
}

// Upper (or title) case and lower case, as ICU's u_isupper/u_istitle and u_islower say; ASCII,
// most of every text, without the library calls (they were a third of the tokenizer's time).
void letter_case(char32_t c, bool& upper, bool& lower) {
  if (c < 0x80) {
    upper = c >= 'A' && c <= 'Z';
    lower = c >= 'a' && c <= 'z';
    return;
  }
  const UChar32 u = static_cast<UChar32>(c);
  upper = u_isupper(u) || u_istitle(u);
  lower = u_islower(u);
}

bool is_ascii_letter(char32_t c, char lower) { return c == static_cast<char32_t>(lower) || c == static_cast<char32_t>(lower - 'a' + 'A'); }

// Scans code points into lexemes; one instance per split() call.
class Scanner {
 public:
  explicit Scanner(std::string_view text)
      : cps_(TextNormalizer::decode(text)), text_size_(text.size()) {
    classes_.reserve(cps_.size());
    for (const CodePoint& cp : cps_) classes_.push_back(classify(cp.value));
  }

  std::vector<Lexeme> run() {
    size_t i = 0;
    while (i < cps_.size()) {
      CharClass c = classes_[i];
      if (c == CharClass::Letter || c == CharClass::Digit) {
        size_t end = c == CharClass::Letter ? initialism_end(i) : i;
        i = end > i ? emit(i, end, LexemeKind::Initialism) : scan_word(i);
      } else if (c == CharClass::Percent && follows_number(i)) {
        i = emit(i, i + 1, LexemeKind::PercentSign);
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  CharClass cls(size_t i) const { return i < classes_.size() ? classes_[i] : CharClass::Other; }

  // "U.P.T." / "U.P.T": two or more single letters, each but possibly the last followed by a dot.
  size_t initialism_end(size_t i) const {
    size_t j = i, groups = 0, end = i;
    while (cls(j) == CharClass::Letter && !continues_word(cls(j + 1))) {
      ++groups;
      if (cls(j + 1) != CharClass::Dot) {
        end = j + 1;
        break;
      }
      end = j + 2;
      j += 2;
    }
    return groups >= 2 ? end : i;
  }

  size_t scan_word(size_t i) {
    size_t j = i;
    bool has_letter = false, has_separator = false;
    while (j < cps_.size()) {
      CharClass c = classes_[j];
      if (c == CharClass::Letter) {
        if (has_separator) break;  // "2,5kg"
        has_letter = true;
      } else if (c == CharClass::Digit) {
        if (has_letter && j == i + 2 && is_ascii_letter(cps_[i].value, 'r') &&
            is_ascii_letter(cps_[i + 1].value, 'p')) {
          break;  // "Rp10.000"
        }
      } else if (c == CharClass::Mark || c == CharClass::Ignorable) {
        // part of the word
      } else if (c == CharClass::Apostrophe) {
        if (!(j > i && cls(j - 1) == CharClass::Letter && cls(j + 1) == CharClass::Letter)) break;
      } else if (c == CharClass::Dot || c == CharClass::Comma) {
        if (has_letter || cls(j - 1) != CharClass::Digit || cls(j + 1) != CharClass::Digit) break;
        has_separator = true;
      } else {
        break;
      }
      ++j;
    }
    return emit(i, j, has_letter ? LexemeKind::Word : LexemeKind::Number);
  }

  bool follows_number(size_t i) const {
    if (out_.empty() || out_.back().kind != LexemeKind::Number) return false;
    return last_end_ == i || (last_end_ + 1 == i && classes_[i - 1] == CharClass::Space);
  }

  size_t emit(size_t first, size_t last, LexemeKind kind) {
    Lexeme lex;
    lex.begin = cps_[first].offset;
    lex.end = last < cps_.size() ? cps_[last].offset : text_size_;
    lex.kind = kind;
    lex.joined_by_hyphen = kind != LexemeKind::PercentSign && kind != LexemeKind::Initialism &&
                           !out_.empty() && first >= 1 && last_end_ == first - 1 &&
                           classes_[first - 1] == CharClass::Hyphen &&
                           (out_.back().kind == LexemeKind::Word || out_.back().kind == LexemeKind::Number);
    bool previous_lower = false;
    for (size_t k = first; k < last; ++k) {
      if (classes_[k] != CharClass::Letter) continue;
      bool upper = false, lower = false;
      letter_case(cps_[k].value, upper, lower);
      ++lex.letters;
      lex.uppercase += upper;
      lex.inner_capital = lex.inner_capital || (upper && previous_lower);
      previous_lower = lower;
    }
    out_.push_back(lex);
    last_end_ = last;
    return last;
  }

  std::vector<CodePoint> cps_;
  std::vector<CharClass> classes_;
  size_t text_size_;
  std::vector<Lexeme> out_;
  size_t last_end_ = static_cast<size_t>(-1);
};

}  // namespace

std::vector<Lexeme> Tokenizer::split(std::string_view text) const { return Scanner(text).run(); }

}  // namespace siaran::analyzers
