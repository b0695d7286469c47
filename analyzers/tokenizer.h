// analyzers::Tokenizer — splits raw text into lexemes: byte ranges of the ORIGINAL text, before
// any normalisation, so every token can be shown and highlighted as it was written.
//
//   Word        letters and digits, Unicode-aware (any script, combining marks, full-width
//               forms); an apostrophe between letters stays inside ("Ma'ruf", "Jum’at"); soft
//               hyphens and zero-width characters inside a word are kept (fold() drops them).
//               Mixed letters and digits are one word ("G20", "5G", "covid19"), except that
//               the currency "Rp" is split from its amount ("Rp10.000" -> "Rp", "10.000").
//   Number      digits with '.' or ',' between digits: "2022", "5,12", "1.000.000". A number
//               followed by letters after a separator ends there ("2,5kg" -> "2,5", "kg").
//               Dates and times are several numbers: "13/12/2022" -> 13, 12, 2022.
//   Initialism  single letters each followed by a dot: "U.P.T." (its dots are dropped later).
//   PercentSign '%' right after a number, touching it or after one space ("5,12%", "5 %");
//               the analyzer turns it into the word "persen".
//
// Lexemes joined by a hyphen with no space ("kata-kata", "Covid-19") are marked
// joined_by_hyphen; the analyzer decides whether the group is reduplication or a compound.
// All other characters separate lexemes, including U+FFFD from invalid UTF-8.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace siaran::analyzers {

enum class LexemeKind { Word, Number, Initialism, PercentSign };

struct Lexeme {
  size_t begin = 0;  // byte range [begin, end) of the original text
  size_t end = 0;
  LexemeKind kind = LexemeKind::Word;
  bool joined_by_hyphen = false;  // a hyphen joins it to the previous lexeme
  unsigned letters = 0;           // letters in the lexeme
  unsigned uppercase = 0;         // of which upper or title case
  bool inner_capital = false;     // an upper-case letter right after a lower-case one ("KemenPAN")
};

class Tokenizer {
 public:
  std::vector<Lexeme> split(std::string_view text) const;
};

}  // namespace siaran::analyzers
