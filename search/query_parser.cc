#include "search/query_parser.h"

#include <algorithm>
#include <optional>

#include "analyzers/synonym_table.h"  // kMaxSynonymWords
#include "index/schema.h"
#include "search/search_request.h"
#include "search/synonym_expansion.h"

namespace siaran::search {
namespace {

namespace schema = index::schema;
using Xapian::Query;

// Words side by side as two queries ranked one after the other (ParsedQuery::all_words and
// other_words).
struct Groups {
  Query all;
  Query rest;
};

// What one node of the tree contributes to the query that contains it.
struct Part {
  std::optional<Query> weighted;  // matches and ranks
  std::optional<Query> match;     // matches what `weighted` matches, cheaper to read (set with it)
  std::optional<Groups> groups;   // `weighted` in rank groups, when it is words side by side
  std::optional<Query> filter;    // matches without weight (dates)
  std::vector<Query> exclusions;  // excluded from the nearest enclosing node that matches anything

  bool matches() const { return weighted || filter; }
};

Query combine(Query::op op, const std::vector<Query>& queries) {
  if (queries.size() == 1) return queries.front();
  return Query(op, queries.begin(), queries.end());
}

// The Part as one query, `weighted` standing for its weighted side: filtered and with its
// exclusions applied.
Query finish_as(const Part& part, const std::optional<Query>& weighted) {
  Query q = weighted && part.filter ? Query(Query::OP_FILTER, *weighted, *part.filter)
            : weighted             ? *weighted
                                   : *part.filter;
  if (!part.exclusions.empty()) q = Query(Query::OP_AND_NOT, q, combine(Query::OP_OR, part.exclusions));
  return q;
}

Query finish(const Part& part) { return finish_as(part, part.weighted); }
Query finish_match(const Part& part) { return finish_as(part, part.match); }

std::optional<Groups> finish_groups(const Part& part) {
  if (!part.groups) return std::nullopt;
  return Groups{finish_as(part, part.groups->all), finish_as(part, part.groups->rest)};
}

// One operand of "all words first": what may match on its own (`any`), and what counts as the
// operand being present for the all-words boost (`all`). A word: both are its query. A run of
// words with synonyms: any of its words or a synonym matches; it is present when all its words,
// or a synonym, are. The *_match forms match the same documents, cheaper (Part::match).
struct Operand {
  std::vector<Query> any, any_match;
  Query all, all_match;
  std::vector<Query> extra;      // `any` but `all`: the words of a run (empty for a word)
  std::optional<Groups> groups;  // of `all`, when it is one Part's words side by side
};

Operand operand(Query q, Query match) { return {{q}, {match}, q, match, {}, std::nullopt}; }

Operand operand_of(const Part& part) {
  Operand o = operand(finish(part), finish_match(part));
  o.groups = finish_groups(part);
  return o;
}

// Any may match; all together rank first (see the header). Two ways to the same ranking: one
// query, OR(any) OR kAllWordsBoost × AND(all), and its two groups, the documents with every
// operand (weighted as that query weights them) and the rest, which the Searcher ranks one
// after the other: the AND alone is cheaper to rank than the OR with the AND inside it.
Part all_words_first(const std::vector<Operand>& operands) {
  Part part;
  if (operands.size() == 1 && operands.front().any.size() == 1) {
    part.weighted = operands.front().all;
    part.match = operands.front().all_match;
    part.groups = operands.front().groups;
    return part;
  }
  std::vector<Query> any, any_match, all, all_match, extra;
  for (const Operand& o : operands) {
    any.insert(any.end(), o.any.begin(), o.any.end());
    any_match.insert(any_match.end(), o.any_match.begin(), o.any_match.end());
    all.push_back(o.all);
    all_match.push_back(o.all_match);
    extra.insert(extra.end(), o.extra.begin(), o.extra.end());
  }
  const Query any_query = combine(Query::OP_OR, any);
  const Query all_query = combine(Query::OP_AND, all);
  part.weighted = Query(Query::OP_OR, any_query, Query(Query::OP_SCALE_WEIGHT, all_query, kAllWordsBoost));
  part.match = combine(Query::OP_OR, any_match);  // AND(all) matches a subset of it
  Groups groups;
  // `any` is `all` plus the words of runs (`extra`), so a document with every operand weighs
  // (1 + boost) × its `all` weight plus its `extra` weight; each postlist is read once, and the
  // run's words only in the documents of the AND.
  groups.all = Query(Query::OP_SCALE_WEIGHT, all_query, 1.0 + kAllWordsBoost);
  if (!extra.empty()) groups.all = Query(Query::OP_AND_MAYBE, groups.all, combine(Query::OP_OR, extra));
  groups.rest = Query(Query::OP_AND_NOT, any_query, combine(Query::OP_AND, all_match));
  part.groups = std::move(groups);
  return part;
}

// The terms of a term or a phrase of terms (search/phrase_query.h); empty for anything else.
std::vector<std::string> terms_of(const Query& q) {
  if (q.get_type() == Query::LEAF_TERM) return {*q.get_terms_begin()};
  return phrase_words(q);
}

// For matching only: the alternatives of a synonym expansion (SCALE_WEIGHT(SYNONYM(...)),
// search/synonym_expansion.h) but the one made of `typed`, or the expansion itself when it is not
// of that shape; an empty Query when nothing else is left.
Query without_alternative(const Query& expansion, const std::vector<std::string>& typed) {
  const Query inner = expansion.get_type() == Query::OP_SCALE_WEIGHT ? expansion.get_subquery(0) : expansion;
  if (inner.get_type() != Query::OP_SYNONYM || typed.empty()) return expansion;
  std::vector<Query> kept;
  bool dropped = false;
  for (size_t i = 0; i < inner.get_num_subqueries(); ++i) {
    Query alternative = inner.get_subquery(i);
    if (!dropped && terms_of(alternative) == typed) {
      dropped = true;
      continue;
    }
    kept.push_back(std::move(alternative));
  }
  if (!dropped) return expansion;
  return kept.empty() ? Query() : combine(Query::OP_OR, kept);
}

// A word of the query as the builder has recorded it.
struct WordTerm {
  std::string exact;
  bool stopword = false;
  // AND_MAYBE("Z"+stem, exact) with the field's prefix (the exact term alone for a stopword kept);
  // none: a dropped stopword.
  std::optional<Query> query;
  std::optional<Query> match;  // the stem term alone (Part::match)
  size_t word = 0;             // its index in ParsedQuery::words
};

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
      : analyzer_(analyzer), options_(options), keep_stopwords_(keep_stopwords), synonyms_(analyzer, options) {}

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
      out_.match = finish_match(root);
      if (std::optional<Groups> groups = finish_groups(root)) {
        out_.all_words = std::move(groups->all);
        out_.other_words = std::move(groups->rest);
      }
      out_.ranks = true;
    } else {
      out_.query = Query::MatchAll;
      if (root.filter) out_.query = Query(Query::OP_FILTER, out_.query, *root.filter);
      if (!root.exclusions.empty()) {
        out_.query = Query(Query::OP_AND_NOT, out_.query, combine(Query::OP_OR, root.exclusions));
      }
      out_.match = out_.query;
    }
    add_highlight_phrases();
    if (!highlight_.empty()) {
      out_.highlight = Query(Query::OP_SCALE_WEIGHT, combine(Query::OP_OR, highlight_), 0.0);
    }
    return std::move(out_);
  }

 private:
  // Xapian 1.4's MSet::snippet marks a tight phrase only when it is as long as the longest tight
  // phrase anywhere in the Enquire's query (synonym_expansion.h, longest_phrase()): a phrase of
  // that length is marked as a phrase, a shorter one word by word.
  void add_highlight_phrases() {
    size_t longest = std::max(longest_phrase_, synonyms_.longest_phrase());
    for (const std::vector<std::string>& p : highlight_phrases_) longest = std::max(longest, p.size());
    for (const std::vector<std::string>& p : highlight_phrases_) {
      if (p.size() == longest) {
        highlight_.push_back(Query(Query::OP_PHRASE, p.begin(), p.end(), static_cast<Xapian::termcount>(p.size())));
      } else {
        for (const std::string& word : p) highlight_.push_back(Query(word));
      }
    }
    highlight_phrases_.clear();
  }

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

  // Records the words of `node` in ParsedQuery::words (and highlight) and makes their queries.
  std::vector<WordTerm> record_words(const QueryNode& node, const std::vector<analyzers::Token>& tokens,
                                     bool excluded) {
    const std::string prefix = field_prefix(node.field);
    std::vector<WordTerm> terms;
    for (const analyzers::Token& token : tokens) {
      QueryWord word = word_of(token, node, excluded);
      WordTerm term{token.exact, token.stopword, std::nullopt, std::nullopt, out_.words.size()};
      if (token.stopword && !keep_stopwords_) {
        ++dropped_stopwords_;
      } else {
        word.used = true;
        ++out_.term_count;
        // Every document with the exact form has its stem term too (index/schema.h; a
        // stopword has none): the stem term finds the matches, and the exact form, looked up
        // only in those, adds its weight, so a document with the form typed outranks one with
        // only another form of the stem.
        const Query exact(prefix + token.exact);
        if (token.stopword || token.stem.empty()) {
          term.query = term.match = exact;
        } else {
          const Query stem(std::string(schema::kStemPrefix) + prefix + token.stem);
          term.query = Query(Query::OP_AND_MAYBE, stem, exact);
          term.match = stem;
        }
        if (!excluded) {
          std::string stem_term = std::string(schema::kStemPrefix) + token.stem;
          add_unique(out_.exact_terms, token.exact);
          add_unique(out_.stem_terms, stem_term);
          highlight_.push_back(Query(token.exact));
          highlight_.push_back(Query(stem_term));
        }
      }
      out_.words.push_back(std::move(word));
      terms.push_back(std::move(term));
    }
    return terms;
  }

  static std::vector<SynonymExpander::Word> typed(const std::vector<WordTerm>& terms, size_t first, size_t last) {
    std::vector<SynonymExpander::Word> words;
    for (size_t i = first; i < last; ++i) words.push_back({terms[i].exact, terms[i].stopword});
    return words;
  }

  static std::string key_of(const std::vector<SynonymExpander::Word>& words) {
    std::string key;
    for (const SynonymExpander::Word& w : words) key += (key.empty() ? "" : " ") + w.exact;
    return key;
  }

  // The words [first, last) of `terms`, whose joined exact forms `key` have the synonyms of
  // `match`, as one operand.
  Operand expanded(const std::vector<WordTerm>& terms, size_t first, size_t last, const std::string& key,
                   const std::string& prefix, SynonymMatch match) {
    std::vector<Query> words, word_matches;
    for (size_t i = first; i < last; ++i) {
      out_.words[terms[i].word].expanded = true;
      if (terms[i].query) {
        words.push_back(*terms[i].query);
        word_matches.push_back(*terms[i].match);
      }
    }
    for (std::string& term : match.highlight_terms) highlight_.push_back(Query(std::move(term)));
    for (std::vector<std::string>& p : match.highlight_phrases) highlight_phrases_.push_back(std::move(p));
    for (std::string& term : match.exact_terms) add_unique(out_.exact_terms, std::move(term));
    if (std::none_of(out_.expansions.begin(), out_.expansions.end(),
                     [&](const SynonymExpansion& e) { return e.words == key; })) {
      out_.expansions.push_back({key, match.synonyms});
    }
    if (words.empty()) return operand(match.query, match.query);
    // The typed form among the alternatives matches only documents the words' own terms match.
    std::vector<std::string> typed_terms;
    for (size_t i = first; i < last; ++i) {
      if (terms[i].query) typed_terms.push_back(prefix + terms[i].exact);
    }
    const Query others = without_alternative(match.query, typed_terms);
    auto with_others = [&](std::vector<Query> queries) {
      if (!others.empty()) queries.push_back(others);
      return queries;
    };
    if (words.size() == 1) {
      return operand(Query(Query::OP_OR, words.front(), match.query),
                     combine(Query::OP_OR, with_others(word_matches)));
    }
    // A run that is a key is a name: for the all-words boost it is present as that name (the
    // phrase, which the alternatives hold) or as a synonym, not as its words scattered about.
    Operand run;
    run.any = words;
    run.any.push_back(match.query);
    run.any_match = with_others(word_matches);
    run.all = run.all_match = match.query;
    run.extra = words;
    return run;
  }

  // One operand per word, or per run of words that has synonyms (longest run first).
  std::vector<Operand> operands_of(const std::vector<WordTerm>& terms, const std::string& prefix, bool expand) {
    std::vector<Operand> operands;
    for (size_t i = 0; i < terms.size();) {
      size_t length = expand ? std::min(terms.size() - i, analyzers::kMaxSynonymWords) : 0;
      for (; length > 0; --length) {
        if (length == 1 && !terms[i].query) continue;  // a dropped stopword alone is not looked up
        const std::vector<SynonymExpander::Word> words = typed(terms, i, i + length);
        if (std::optional<SynonymMatch> match = synonyms_.expand(words, prefix)) {
          operands.push_back(expanded(terms, i, i + length, key_of(words), prefix, std::move(*match)));
          break;
        }
      }
      if (length == 0) {
        if (terms[i].query) operands.push_back(operand(*terms[i].query, *terms[i].match));
        length = 1;
      }
      i += length;
    }
    return operands;
  }

  Part words(const QueryNode& node, bool excluded) {
    const std::vector<WordTerm> terms = record_words(node, analyzer_.analyze(node.text), excluded);
    const std::vector<Operand> operands =
        operands_of(terms, field_prefix(node.field), !excluded && synonyms_.enabled());
    if (operands.empty()) return {};
    return all_words_first(operands);
  }

  // Words typed side by side ("lembaga pemasyarakatan" is two Words nodes) whose joined exact
  // forms have synonyms, starting at children[first]: one operand, and the index after the run.
  std::optional<std::pair<Operand, size_t>> expanded_across(const std::vector<QueryNode>& children, size_t first) {
    std::vector<std::vector<analyzers::Token>> run;  // tokens of children[first..]
    size_t words = 0;
    for (size_t i = first; i < children.size(); ++i) {
      const QueryNode& child = children[i];
      if (child.kind != QueryNode::Kind::Words || child.field != children[first].field) break;
      std::vector<analyzers::Token> tokens = analyzer_.analyze(child.text);
      if (tokens.empty() || words + tokens.size() > analyzers::kMaxSynonymWords) break;
      words += tokens.size();
      run.push_back(std::move(tokens));
    }
    const std::string prefix = field_prefix(children[first].field);
    for (size_t nodes = run.size(); nodes >= 2; --nodes) {
      std::vector<SynonymExpander::Word> words;
      for (size_t n = 0; n < nodes; ++n) {
        for (const analyzers::Token& token : run[n]) words.push_back({token.exact, token.stopword});
      }
      std::optional<SynonymMatch> match = synonyms_.expand(words, prefix);
      if (!match) continue;
      std::vector<WordTerm> terms;
      for (size_t n = 0; n < nodes; ++n) {
        for (WordTerm& t : record_words(children[first + n], run[n], false)) terms.push_back(std::move(t));
      }
      return std::make_pair(expanded(terms, 0, terms.size(), key_of(words), prefix, std::move(*match)), first + nodes);
    }
    return std::nullopt;
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
      part.weighted = part.match = Query(terms.front());
      if (!excluded) highlight_.push_back(Query(plain.front()));
      return part;
    }
    // Stopwords the index leaves out still take a position there, so the window spans them.
    const unsigned window = last_position - first_position + 1;
    part.weighted = part.match = phrase_query(terms, window, prefix, options_.phrase_indexed, options_.phrase_use);
    if (window == terms.size()) longest_phrase_ = std::max<size_t>(longest_phrase_, window);
    if (!excluded) {
      if (window == plain.size()) {
        highlight_phrases_.push_back(plain);
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
      part.exclusions.push_back(finish_match(inner));  // matched, never weighted
    } else if (!inner.exclusions.empty()) {  // -(-a): a, as a filter
      part.filter = combine(Query::OP_OR, inner.exclusions);
    }
    return part;
  }

  // All (side by side: all words first) and AllOf (a AND b: all required).
  Part all(const QueryNode& node, bool excluded) {
    Part part;
    std::vector<Operand> weighted;
    std::vector<Query> filters;
    const bool across = node.kind == QueryNode::Kind::All && !excluded && synonyms_.enabled();
    for (size_t i = 0; i < node.children.size();) {
      if (across && node.children[i].kind == QueryNode::Kind::Words) {
        if (auto run = expanded_across(node.children, i)) {
          weighted.push_back(std::move(run->first));
          i = run->second;
          continue;
        }
      }
      Part p = build(node.children[i++], excluded);
      if (!p.matches()) {
        part.exclusions.insert(part.exclusions.end(), p.exclusions.begin(), p.exclusions.end());
      } else if (p.weighted) {
        weighted.push_back(operand_of(p));
      } else {
        filters.push_back(finish(p));
      }
    }
    if (!weighted.empty()) {
      if (node.kind == QueryNode::Kind::AllOf) {
        std::vector<Query> each, each_match;
        for (const Operand& o : weighted) {
          each.push_back(o.all);
          each_match.push_back(o.all_match);
        }
        part.weighted = combine(Query::OP_AND, each);
        part.match = combine(Query::OP_AND, each_match);
      } else {
        Part ranked = all_words_first(weighted);
        part.weighted = std::move(ranked.weighted);
        part.match = std::move(ranked.match);
        part.groups = std::move(ranked.groups);
      }
    }
    if (!filters.empty()) part.filter = combine(Query::OP_AND, filters);
    return part;
  }

  Part any(const QueryNode& node, bool excluded) {
    Part part;
    std::vector<Query> alternatives, matches;
    bool weighted = false;
    for (const QueryNode& child : node.children) {
      Part p = build(child, excluded);
      if (!p.matches()) {
        part.exclusions.insert(part.exclusions.end(), p.exclusions.begin(), p.exclusions.end());
      } else {
        weighted = weighted || p.weighted.has_value();
        alternatives.push_back(finish(p));
        matches.push_back(p.weighted ? finish_match(p) : finish(p));
      }
    }
    if (!alternatives.empty()) {
      if (weighted) {
        part.weighted = combine(Query::OP_OR, alternatives);
        part.match = combine(Query::OP_OR, matches);
      } else {
        part.filter = combine(Query::OP_OR, alternatives);
      }
    }
    return part;
  }

  const analyzers::Analyzer& analyzer_;
  const QueryParserOptions& options_;
  const bool keep_stopwords_;
  SynonymExpander synonyms_;
  unsigned dropped_stopwords_ = 0;
  std::vector<Query> highlight_;
  std::vector<std::vector<std::string>> highlight_phrases_;  // tight phrases to mark
  size_t longest_phrase_ = 0;  // of the tight phrases typed in quotes
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
