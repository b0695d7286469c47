#include "search/query_syntax.h"

#include <optional>

#include "search/search_request.h"

namespace siaran::search {
namespace {

enum class FieldName { Title, Unit, Topic, Date };

struct Lexeme {
  enum class Kind { Word, Phrase, LParen, RParen, Minus, Or, And, Not, Field };
  Kind kind;
  std::string_view text;  // Word, Phrase
  size_t offset = 0;      // of `text`
  FieldName field = FieldName::Title;  // Field
};

// Multi-byte spaces and quotes a reader pastes from a word processor or a chat app.
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
constexpr std::string_view kLeftDoubleQuote = "\xE2\x80\x9C";
constexpr std::string_view kRightDoubleQuote = "\xE2\x80\x9D";

// Length in bytes of the space at `pos`, or 0.
size_t space_at(std::string_view s, size_t pos) {
  char c = s[pos];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  std::string_view rest = s.substr(pos);
  if (rest.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
  if (rest.starts_with(kIdeographicSpace)) return kIdeographicSpace.size();
  return 0;
}

// Length in bytes of the double quote at `pos`, or 0.
size_t quote_at(std::string_view s, size_t pos) {
  if (s[pos] == '"') return 1;
  std::string_view rest = s.substr(pos);
  if (rest.starts_with(kLeftDoubleQuote) || rest.starts_with(kRightDoubleQuote)) return 3;
  return 0;
}

bool ends_word(std::string_view s, size_t pos) {
  return space_at(s, pos) || quote_at(s, pos) || s[pos] == '(' || s[pos] == ')';
}

// "title", "unit", "topic", "date" and their Indonesian names; case-insensitive.
std::optional<FieldName> field_named(std::string_view name) {
  std::string lower;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return std::nullopt;
    lower += static_cast<char>(c | 0x20);
  }
  if (lower == "title" || lower == "judul") return FieldName::Title;
  if (lower == "unit") return FieldName::Unit;
  if (lower == "topic" || lower == "topik") return FieldName::Topic;
  if (lower == "date" || lower == "tanggal") return FieldName::Date;
  return std::nullopt;
}

std::vector<Lexeme> lex(std::string_view q) {
  using K = Lexeme::Kind;
  std::vector<Lexeme> out;
  size_t pos = 0;
  while (pos < q.size()) {
    if (size_t n = space_at(q, pos)) {
      pos += n;
    } else if (q[pos] == '(') {
      out.push_back({K::LParen, {}, pos++});
    } else if (q[pos] == ')') {
      out.push_back({K::RParen, {}, pos++});
    } else if (size_t n = quote_at(q, pos)) {
      size_t start = pos + n, end = start;
      while (end < q.size() && !quote_at(q, end)) ++end;
      out.push_back({K::Phrase, q.substr(start, end - start), start});
      pos = end < q.size() ? end + quote_at(q, end) : end;  // an unclosed quote ends the query
    } else if (q[pos] == '-' && pos + 1 < q.size() && !space_at(q, pos + 1) && q[pos + 1] != ')') {
      out.push_back({K::Minus, {}, pos++});
    } else {
      size_t end = pos;
      while (end < q.size() && !ends_word(q, end)) ++end;
      std::string_view word = q.substr(pos, end - pos);
      if (word == "OR") {
        out.push_back({K::Or, {}, pos});
      } else if (word == "AND") {
        out.push_back({K::And, {}, pos});
      } else if (word == "NOT") {
        out.push_back({K::Not, {}, pos});
      } else if (size_t colon = word.find(':'); colon != std::string_view::npos && colon > 0 &&
                                               field_named(word.substr(0, colon))) {
        FieldName field = *field_named(word.substr(0, colon));
        std::string_view value = word.substr(colon + 1);
        if (!value.empty()) {
          out.push_back({K::Field, {}, pos, field});
          out.push_back({K::Word, value, pos + colon + 1});
        } else if (end < q.size() && (quote_at(q, end) || q[end] == '(')) {
          out.push_back({K::Field, {}, pos, field});  // applies to the phrase or group that follows
        } else {
          out.push_back({K::Word, word, pos});  // "title:" alone is just text
        }
      } else {
        out.push_back({K::Word, word, pos});
      }
      pos = end;
    }
  }
  return out;
}

class SyntaxParser {
 public:
  SyntaxParser(std::string_view query, const SyntaxLimits& limits)
      : lexemes_(lex(query)), limits_(limits) {}

  QueryNode parse() { return group(0, std::nullopt); }

 private:
  using K = Lexeme::Kind;
  using Field = std::optional<FieldName>;

  bool at(K kind) const { return pos_ < lexemes_.size() && lexemes_[pos_].kind == kind; }

  // Clauses side by side, up to the ')' closing this group (left for the caller) or the end.
  QueryNode group(unsigned depth, Field field) {
    QueryNode node;
    node.kind = QueryNode::Kind::All;
    while (pos_ < lexemes_.size()) {
      if (at(K::RParen)) {
        if (depth > 0) break;
        ++pos_;  // a stray ')' at the top level
        continue;
      }
      if (auto clause = all_of(depth, field)) node.children.push_back(std::move(*clause));
    }
    return node;
  }

  std::optional<QueryNode> all_of(unsigned depth, Field field) {
    return chain(K::And, QueryNode::Kind::AllOf, depth, field);
  }

  std::optional<QueryNode> any_of(unsigned depth, Field field) {
    return chain(K::Or, QueryNode::Kind::AnyOf, depth, field);
  }

  // operand (OP operand)*, where an operand is any_of() under AND and unary() under OR.
  std::optional<QueryNode> chain(K op, QueryNode::Kind kind, unsigned depth, Field field) {
    auto operand = [&]() { return op == K::And ? any_of(depth, field) : unary(depth, field); };
    std::optional<QueryNode> first = operand();
    std::vector<QueryNode> operands;
    if (first) operands.push_back(std::move(*first));
    while (at(op)) {
      while (at(op)) ++pos_;  // `a OR OR b` is `a OR b`
      if (auto next = operand()) operands.push_back(std::move(*next));
    }
    if (operands.empty()) return std::nullopt;
    if (operands.size() == 1) return std::move(operands.front());
    QueryNode node;
    node.kind = kind;
    node.children = std::move(operands);
    return node;
  }

  std::optional<QueryNode> unary(unsigned depth, Field field) {
    bool negated = false;
    while (at(K::Minus) || at(K::Not)) {
      negated = !negated;
      ++pos_;
    }
    std::optional<QueryNode> operand = primary(depth, field);
    if (!operand || !negated) return operand;
    QueryNode node;
    node.kind = QueryNode::Kind::Exclude;
    node.children.push_back(std::move(*operand));
    return node;
  }

  std::optional<QueryNode> primary(unsigned depth, Field field) {
    if (pos_ >= lexemes_.size()) return std::nullopt;
    const Lexeme& lexeme = lexemes_[pos_];
    switch (lexeme.kind) {
      case K::Word:
      case K::Phrase:
        ++pos_;
        return text(lexeme, field);
      case K::LParen: {
        if (depth + 1 > limits_.max_depth) {
          throw InvalidRequest("query nests too deeply (more than " +
                               std::to_string(limits_.max_depth) + " levels of parentheses)");
        }
        ++pos_;
        QueryNode inner = group(depth + 1, field);
        if (at(K::RParen)) ++pos_;  // an unclosed '(' is closed at the end
        if (inner.children.empty()) return std::nullopt;
        if (inner.children.size() == 1) return std::move(inner.children.front());
        return inner;
      }
      case K::Field: {
        ++pos_;
        if (!at(K::Word) && !at(K::Phrase) && !at(K::LParen)) return std::nullopt;
        return primary(depth, lexeme.field);
      }
      case K::RParen:
        return std::nullopt;  // the enclosing group() decides what it closes
      case K::Or:
      case K::And:
      case K::Minus:
      case K::Not:
        ++pos_;  // an operator with no operand before it: dropped
        return std::nullopt;
    }
    return std::nullopt;
  }

  static std::optional<QueryNode> text(const Lexeme& lexeme, Field field) {
    QueryNode node;
    if (field == FieldName::Date) {
      bool reversed = false;
      std::optional<DateBounds> bounds = parse_date_spec(lexeme.text, &reversed);
      if (!bounds) {
        std::string shown = "date:" + std::string(lexeme.text);
        if (reversed) throw InvalidRequest("date range ends before it starts: " + shown);
        throw InvalidRequest("invalid date \"" + shown +
                             "\": use date:YYYY, date:YYYY-MM, date:YYYY-MM-DD or a range such as "
                             "date:2022-11..2022-12 (either end may be left open)");
      }
      node.kind = QueryNode::Kind::Date;
      node.date = std::move(*bounds);
      return node;
    }
    if (lexeme.text.empty()) return std::nullopt;  // ""
    node.kind = lexeme.kind == K::Phrase ? QueryNode::Kind::Phrase : QueryNode::Kind::Words;
    node.text = std::string(lexeme.text);
    node.offset = lexeme.offset;
    if (field == FieldName::Title) node.field = QueryField::Title;
    if (field == FieldName::Unit) node.field = QueryField::Unit;
    if (field == FieldName::Topic) node.field = QueryField::Topic;
    return node;
  }

  std::vector<Lexeme> lexemes_;
  size_t pos_ = 0;
  const SyntaxLimits& limits_;
};

const char* field_label(QueryField field) {
  switch (field) {
    case QueryField::Title: return "title ";
    case QueryField::Unit: return "unit ";
    case QueryField::Topic: return "topic ";
    case QueryField::Any: break;
  }
  return "";
}

}  // namespace

QueryNode parse_query_syntax(std::string_view query, const SyntaxLimits& limits) {
  if (query.size() > limits.max_bytes) {
    throw InvalidRequest("query too long (" + std::to_string(query.size()) + " bytes; limit " +
                         std::to_string(limits.max_bytes) + ")");
  }
  return SyntaxParser(query, limits).parse();
}

std::string to_string(const QueryNode& node) {
  using Kind = QueryNode::Kind;
  std::string out = "(";
  switch (node.kind) {
    case Kind::Words:
    case Kind::Phrase:
      out += node.kind == Kind::Words ? "words " : "phrase ";
      out += field_label(node.field);
      out += '"';
      out += node.text;
      out += "\")";
      return out;
    case Kind::Date:
      out += "date ";
      out += node.date.first.empty() ? "*" : node.date.first;
      out += ' ';
      out += node.date.last.empty() ? "*" : node.date.last;
      out += ')';
      return out;
    case Kind::All: out += "all"; break;
    case Kind::AnyOf: out += "or"; break;
    case Kind::AllOf: out += "and"; break;
    case Kind::Exclude: out += "not"; break;
  }
  for (const QueryNode& child : node.children) {
    out += ' ';
    out += to_string(child);
  }
  out += ')';
  return out;
}

}  // namespace siaran::search
