// search::query_syntax — the query language as typed, parsed into a tree (no analysis, no
// Xapian). search/query_parser.h turns the tree into a Xapian::Query with the index's Analyzer.
//
//   remisi lebaran          words: documents with every word rank first, any word matches
//   "hari bhakti"           exact phrase (“curly quotes” too)
//   -narkoba  NOT narkoba   exclusion
//   remisi OR asimilasi     either word; OR binds tighter than the space between words, so
//                           `lapas remisi OR asimilasi` = lapas (remisi OR asimilasi)
//   remisi AND lebaran      both required (AND binds looser than OR, tighter than a space)
//   ( ... )                 grouping, at most 8 levels deep
//   title:remisi  title:"hari bhakti"  title:(remisi OR asimilasi)
//   unit:cibinong  topic:pembinaan
//   date:2022  date:2022-11  date:2022-11-05  date:2022-11..2022-12  date:2022..  date:..2021
//
// OR, AND and NOT are operators only in capitals ("atau", "or", "dan" are words). Field names are
// case-insensitive; an unknown one ("http:") is just text. The parser is lenient where a reader
// would be: an unclosed quote or parenthesis is closed at the end, a stray ')' is ignored, and an
// operator with nothing to work on (`remisi OR`, `NOT`) is dropped. It refuses, with
// InvalidRequest, only what it cannot honour: a query over 1024 bytes, nesting deeper than 8
// levels, or an invalid date: value.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/date_spec.h"

namespace siaran::search {

enum class QueryField { Any, Title, Unit, Topic };

struct QueryNode {
  enum class Kind {
    Words,    // text typed outside quotes (one run without spaces; analysis may split it)
    Phrase,   // text typed inside quotes
    Date,     // a date: value
    All,      // words side by side (the implicit operator): every one ranks first, any matches
    AnyOf,    // a OR b
    AllOf,    // a AND b
    Exclude,  // -a, NOT a: one child
  };

  Kind kind = Kind::All;
  QueryField field = QueryField::Any;  // Words and Phrase only
  std::string text;                    // Words and Phrase: as typed (a phrase without quotes)
  size_t offset = 0;                   // Words and Phrase: byte offset of `text` in the query
  DateBounds date;                     // Date only
  std::vector<QueryNode> children;     // All, AnyOf, AllOf, Exclude

  bool operator==(const QueryNode&) const = default;
};

struct SyntaxLimits {
  size_t max_bytes = 1024;  // a search box query is a line, not a document
  unsigned max_depth = 8;   // parentheses; bounds recursion and query size
};

// The tree of `query`; the root is always an All node (empty for a blank query). Throws
// InvalidRequest (search/search_request.h) with a message fit to show the reader.
QueryNode parse_query_syntax(std::string_view query, const SyntaxLimits& limits = {});

// A compact S-expression of the tree, for tests and debugging:
//   remisi -"hari bhakti" -> (all (words "remisi") (not (phrase "hari bhakti")))
std::string to_string(const QueryNode& node);

}  // namespace siaran::search
