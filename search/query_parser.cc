#include "search/query_parser.h"

#include <algorithm>
#include <optional>

#include "index/schema.h"
#include "search/search_request.h"

namespace siaran::search {
namespace {

namespace schema = index::schema;
using Xapian::Query;

// What one node of the tree contributes to the query that contains it.
struct Part {
  std::optional<Query> weighted;  // matches and ranks
  std::optional<Query> filter;    // matches without weight (dates)
  std::vector<Query> exclusions;  // excluded from the nearest enclosing node that matches anything

  bool matches() const { return weighted || filter; }
};

Query combine(Query::op op, const std::vector<Query>& queries) {
  if (queries.size() == 1) return queries.front();
  return Query(op, queries.begin(), queries.end());
}

// The Part as one query: its weighted side filtered and with its exclusions applied.
Query finish(const Part& part) {
  Query q = part.weighted && part.filter ? Query(Query::OP_FILTER, *part.weighted, *part.filter)
            : part.weighted             ? *part.weighted
                                        : *part.filter;
  if (!part.exclusions.empty()) q = Query(Query::OP_AND_NOT, q, combine(Query::OP_OR, part.exclusions));
  return q;
}

// Any may match; all together rank first (see the header).
Query all_words_first(const std::vector<Query>& queries) {
  if (queries.size() == 1) return queries.front();
  return Query(Query::OP_OR, combine(Query::OP_OR, queries),
               Query(Query::OP_SCALE_WEIGHT, combine(Query::OP_AND, queries), kAllWordsBoost));
}

Query date_range(const DateBounds& bounds) {
  const unsigned slot = schema::kDateSlot;
  if (bounds.first.empty()) return Query(Query::OP_VALUE_LE, slot, bounds.last);
  if (bounds.last.empty()) return Query(Query::OP_VALUE_GE, slot, bounds.first);
  return Query(Query::OP_VALUE_RANGE, slot, bounds.first, bounds.last);
}

void add_unique(std::vector<std::string>& list, std::string term) {
  if (std::find(list.begin(), list.end(), term) == list.end()) list.push_back(std::move(term));
}

// Builds one query from one tree; a fresh builder per attempt.
class QueryBuilder {
 public:
  QueryBuilder(const analyzers::Analyzer& analyzer, const QueryParserOptions& options,
               bool keep_stopwords)
      : analyzer_(analyzer), options_(options), keep_stopwords_(keep_stopwords) {}

  Part build(const QueryNode& node, bool excluded) {
    using Kind = QueryNode::Kind;
    switch (node.kind) {
      case Kind::Words: return words(node, excluded);
      case Kind::Phrase: return phrase(node, excluded);
      case Kind::Date: {
        ++out_.term_count;
        Part part;
        part.filter = date_range(node.date);
        return part;
      }
      case Kind::Exclude: return exclude(node.children.front(), excluded);
      case Kind::All:
      case Kind::AllOf: return all(node, excluded);
      case Kind::AnyOf: return any(node, excluded);
    }
    return {};
  }

  unsigned dropped_stopwords() const { return dropped_stopwords_; }

  ParsedQuery take(const Part& root) {
    if (root.weighted) {
      out_.query = finish(root);
      out_.ranks = true;
    } else {
      out_.query = Query::MatchAll;
      if (root.filter) out_.query = Query(Query::OP_FILTER, out_.query, *root.filter);
      if (!root.exclusions.empty()) {
        out_.query = Query(Query::OP_AND_NOT, out_.query, combine(Query::OP_OR, root.exclusions));
      }
    }
    if (!highlight_.empty()) {
      out_.highlight = Query(Query::OP_SCALE_WEIGHT, combine(Query::OP_OR, highlight_), 0.0);
    }
    return std::move(out_);
  }

 private:
  QueryWord word_of(const analyzers::Token& token, const QueryNode& node, bool excluded) const {
    QueryWord word;
    word.surface = std::string(token.surface);
    word.offset = node.offset + token.offset;
    word.exact = token.exact;
    word.stem = token.stem;
    word.field = node.field;
    word.in_phrase = node.kind == QueryNode::Kind::Phrase;
    word.excluded = excluded;
    word.stopword = token.stopword;
    return word;
  }

  Part words(const QueryNode& node, bool excluded) {
    const std::string prefix = field_prefix(node.field);
    std::vector<Query> each;
    for (const analyzers::Token& token : analyzer_.analyze(node.text)) {
      QueryWord word = word_of(token, node, excluded);
      if (token.stopword && !keep_stopwords_) {
        ++dropped_stopwords_;
      } else {
        word.used = true;
        ++out_.term_count;
        each.push_back(Query(Query::OP_OR, Query(prefix + token.exact),
                             Query(std::string(schema::kStemPrefix) + prefix + token.stem)));
        if (!excluded) {
          std::string stem_term = std::string(schema::kStemPrefix) + token.stem;
          add_unique(out_.exact_terms, token.exact);
          add_unique(out_.stem_terms, stem_term);
          highlight_.push_back(Query(token.exact));
          highlight_.push_back(Query(stem_term));
        }
      }
      out_.words.push_back(std::move(word));
    }
    Part part;
    if (!each.empty()) part.weighted = all_words_first(each);
    return part;
  }

  Part phrase(const QueryNode& node, bool excluded) {
    const std::string prefix = field_prefix(node.field);
    std::vector<std::string> terms, plain;  // with the field's prefix, and without
    unsigned first_position = 0, last_position = 0;
    for (const analyzers::Token& token : analyzer_.analyze(node.text)) {
      QueryWord word = word_of(token, node, excluded);
      bool gap = token.stopword && !(options_.indexed && options_.indexed(prefix + token.exact));
      if (!gap) {
        word.used = true;
        ++out_.term_count;
        terms.push_back(prefix + token.exact);
        plain.push_back(token.exact);
        if (first_position == 0) first_position = token.position;
        last_position = token.position;
      }
      out_.words.push_back(std::move(word));
    }
    Part part;
    if (terms.empty()) return part;
    if (!excluded) {
      for (const std::string& term : plain) add_unique(out_.exact_terms, term);
    }
    if (terms.size() == 1) {
      part.weighted = Query(terms.front());
      if (!excluded) highlight_.push_back(Query(plain.front()));
      return part;
    }
    // Stopwords the index leaves out still take a position there, so the window spans them.
    const unsigned window = last_position - first_position + 1;
    part.weighted = Query(Query::OP_PHRASE, terms.begin(), terms.end(), window);
    if (!excluded) {
      if (window == plain.size()) {
        highlight_.push_back(Query(Query::OP_PHRASE, plain.begin(), plain.end(), window));
      } else {  // MSet::snippet only knows tight phrases: mark the words
        for (const std::string& term : plain) highlight_.push_back(Query(term));
      }
    }
    return part;
  }

  Part exclude(const QueryNode& child, bool excluded) {
    Part inner = build(child, !excluded);
    Part part;
    if (inner.matches()) {
      part.exclusions.push_back(finish(inner));
    } else if (!inner.exclusions.empty()) {  // -(-a): a, as a filter
      part.filter = combine(Query::OP_OR, inner.exclusions);
    }
    return part;
  }

  // All (side by side: all words first) and AllOf (a AND b: all required).
  Part all(const QueryNode& node, bool excluded) {
    Part part;
    std::vector<Query> weighted, filters;
    for (const QueryNode& child : node.children) {
      Part p = build(child, excluded);
      if (!p.matches()) {
        part.exclusions.insert(part.exclusions.end(), p.exclusions.begin(), p.exclusions.end());
      } else {
        (p.weighted ? weighted : filters).push_back(finish(p));
      }
    }
    if (!weighted.empty()) {
      part.weighted = node.kind == QueryNode::Kind::AllOf ? combine(Query::OP_AND, weighted)
                                                          : all_words_first(weighted);
    }
    if (!filters.empty()) part.filter = combine(Query::OP_AND, filters);
    return part;
  }

  Part any(const QueryNode& node, bool excluded) {
    Part part;
    std::vector<Query> alternatives;
    bool weighted = false;
    for (const QueryNode& child : node.children) {
      Part p = build(child, excluded);
      if (!p.matches()) {
        part.exclusions.insert(part.exclusions.end(), p.exclusions.begin(), p.exclusions.end());
      } else {
        weighted = weighted || p.weighted.has_value();
        alternatives.push_back(finish(p));
      }
    }
    if (!alternatives.empty()) {
      (weighted ? part.weighted : part.filter) = combine(Query::OP_OR, alternatives);
    }
    return part;
  }

  const analyzers::Analyzer& analyzer_;
  const QueryParserOptions& options_;
  const bool keep_stopwords_;
  unsigned dropped_stopwords_ = 0;
  std::vector<Query> highlight_;
  ParsedQuery out_;
};

}  // namespace

std::string field_prefix(QueryField field) {
  switch (field) {
    case QueryField::Title: return std::string(schema::kTitle);
    case QueryField::Unit: return std::string(schema::kUnitText);
    case QueryField::Topic: return std::string(schema::kTopicText);
    case QueryField::Any: break;
  }
  return "";
}

QueryParser::QueryParser(const analyzers::Analyzer& analyzer, QueryParserOptions options)
    : analyzer_(analyzer), options_(std::move(options)) {}

ParsedQuery QueryParser::parse(std::string_view query) const {
  const QueryNode tree = parse_query_syntax(query, options_.syntax);

  QueryBuilder builder(analyzer_, options_, /*keep_stopwords=*/false);
  Part root = builder.build(tree, false);
  ParsedQuery parsed;
  if (!root.weighted && builder.dropped_stopwords() > 0) {
    // Nothing but stopwords to rank by: search for them rather than list everything.
    QueryBuilder keeping(analyzer_, options_, /*keep_stopwords=*/true);
    parsed = keeping.take(keeping.build(tree, false));
  } else {
    parsed = builder.take(root);
  }
  if (parsed.term_count > options_.max_terms) {
    throw InvalidRequest("query has too many words (" + std::to_string(parsed.term_count) +
                         "; limit " + std::to_string(options_.max_terms) + ")");
  }
  return parsed;
}

}  // namespace siaran::search
