// tools::judged_queries — query sets with relevance judgments for siaran-retrieval-eval:
//   * a judged file we write by hand (tools/data/sample-queries.tsv, for corpus/sample);
//   * title-as-query known-item search, derived from any corpus: each article's title is the
//     query and the article itself the one relevant document.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corpus/document.h"
#include "tools/retrieval_metrics.h"

namespace siaran::tools {

struct JudgedQuery {
  std::string query;     // as a user types it (the query language of search/query_syntax.h)
  Judgments judgments;   // document id (or canonical id, see KnownItemSet) -> grade
  std::string label;     // the file's third column (e.g. "synonym"), "" when none
  size_t line = 0;       // where it was read (0 for derived queries)
};

// Reads a judged query file: one query per line,
//   QUERY<TAB>ID=GRADE[ ID=GRADE...][<TAB>LABEL]
// with grades 1..3, '#' comments and blank lines skipped. Throws std::runtime_error naming file
// and line for a malformed line (no tab, a judgment without '=', a grade out of range, an id
// judged twice, no judgment), or when the file cannot be read.
std::vector<JudgedQuery> read_judged_queries(const std::filesystem::path& tsv);

// Every id a query set judges that is not in `known` ("" when all are): a judgment naming a
// document the corpus does not hold can never be found and would quietly lower every score.
std::vector<std::string> unknown_judged_ids(const std::vector<JudgedQuery>& queries,
                                            const std::vector<corpus::Document>& known);

// Title-as-query known-item search over `docs`. Articles with the same title and body (one story
// filed twice under two ids) are one item: the first id of the group is its canonical id, and
// `canonical` maps every id of a group to it, so finding either copy finds the article. An
// article without a title gives no query.
struct KnownItemSet {
  std::vector<JudgedQuery> queries;             // one per distinct article, in corpus order
  std::map<std::string, std::string> canonical;  // every document id -> its canonical id
  size_t duplicate_documents = 0;               // ids folded into an earlier copy
  size_t untitled = 0;                          // articles without a title (no query)
};

KnownItemSet title_known_items(const std::vector<corpus::Document>& docs);

}  // namespace siaran::tools
