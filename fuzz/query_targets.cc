// Fuzz targets for what a reader types: the query language and the URL query string.
#include <cctype>
#include <string>

#include "analyzers/analyzer.h"
#include "corpus/utf8.h"
#include "fuzz/fuzz_target.h"
#include "search/query_parser.h"
#include "search/query_syntax.h"
#include "search/search_request.h"
#include "searchd/api_error.h"
#include "searchd/query_string.h"

namespace siaran::fuzz {
namespace {

// Every node of the tree stays within the limits it was parsed under, and every Words node
// points at the text it came from.
void check_tree(const search::QueryNode& node, std::string_view query, unsigned depth) {
  if (depth > 64) fuzz_fail("query tree deeper than the nesting limit allows");
  if (node.kind == search::QueryNode::Kind::Words && query.substr(node.offset, node.text.size()) != node.text)
    fuzz_fail("a word's offset does not point at its text");
  for (const search::QueryNode& child : node.children) check_tree(child, query, depth + 1);
}

}  // namespace

void query_syntax(const uint8_t* data, size_t size) {
  const std::string_view query = as_text(data, size);
  try {
    const search::QueryNode tree = search::parse_query_syntax(query);
    check_tree(tree, query, 0);
    (void)search::to_string(tree);
  } catch (const search::InvalidRequest& e) {
    if (std::string_view(e.what()).empty()) fuzz_fail("InvalidRequest without a message");
  }
  if (!corpus::is_valid_utf8(query)) return;  // the daemon refuses such text before parsing
  static const analyzers::Analyzer analyzer;
  static const search::QueryParser parser(analyzer);
  try {
    const search::ParsedQuery parsed = parser.parse(query);
    for (const search::QueryWord& word : parsed.words) {
      if (query.substr(word.offset, word.surface.size()) != word.surface)
        fuzz_fail("a parsed word's offset does not point at its surface");
    }
    (void)parsed.query.get_description();
  } catch (const search::InvalidRequest&) {
  }
}

void query_string(const uint8_t* data, size_t size) {
  const std::string_view raw = as_text(data, size);
  try {
    const searchd::QueryString query = searchd::QueryString::parse(raw);
    for (const auto& [key, value] : query.pairs()) {
      for (const std::string* text : {&key, &value}) {
        if (!corpus::is_valid_utf8(*text) || corpus::find_nul(*text))
          fuzz_fail("a decoded parameter is not clean text");
      }
    }
  } catch (const searchd::ApiError&) {
  }
  const std::string encoded = searchd::percent_encode(raw);
  if (searchd::percent_decode(encoded, false, "fuzz") != raw) fuzz_fail("percent_encode does not round-trip");
  for (char c : encoded) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && std::string_view("-._~%").find(c) == std::string_view::npos)
      fuzz_fail("percent_encode left a reserved character");
  }
}

}  // namespace siaran::fuzz
