#include "search/searcher.h"

#include <algorithm>
#include <chrono>

#include "analyzers/text_normalizer.h"
#include "index/schema.h"
#include "index/stored_document.h"
#include "search/facets.h"
#include "search/index_handle.h"
#include "search/match_estimate.h"
#include "search/query_parser.h"
#include "search/related.h"
#include "search/request_check.h"
#include "search/snippets.h"
#include "search/spelling.h"
#include "search/split_ranking.h"
#include "search/synonym_expansion.h"

namespace siaran::search {
namespace {

namespace schema = index::schema;

// Orders by kDateSlot; a document without a date comes last either way.
class DateSortKey : public Xapian::KeyMaker {
 public:
  explicit DateSortKey(bool oldest_first) : oldest_first_(oldest_first) {}
  std::string operator()(const Xapian::Document& doc) const override {
    std::string date = doc.get_value(schema::kDateSlot);
    if (date.empty() && oldest_first_) return "\xff";
    return date;
  }

 private:
  bool oldest_first_;
};

analyzers::AnalyzerOptions analysis_for(analyzers::StemmerKind stemmer) {
  analyzers::AnalyzerOptions options;
  options.stemmer = stemmer;
  options.drop_stopwords = true;  // flags stopwords; the parser decides where they count
  return options;
}

Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter) {
  return filter.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

// How many matches a search must see: the page, the exact-total bound, and the facet bound when
// facets are counted on this match.
Xapian::doccount counting_depth(const SearchRequest& request, const FacetCounter& facets) {
  const Xapian::doccount first = (request.page - 1) * request.per_page;
  Xapian::doccount depth = std::max<Xapian::doccount>(first + request.per_page, kExactTotalUpTo);
  if (facets.attached_any()) depth = std::max(depth, facets.sample());
  return depth;
}

// A result's echo of the request and its totals, from the match that counted them.
SearchResult result_for(const SearchRequest& request, const Xapian::MSet& counted) {
  SearchResult result;
  result.query = request.q;
  result.page = request.page;
  result.per_page = request.per_page;
  result.total = counted.get_matches_estimated();
  result.total_exact = counted.get_matches_lower_bound() == counted.get_matches_upper_bound();
  return result;
}

}  // namespace

struct Searcher::Impl {
  explicit Impl(IndexSource source)
      : index(std::move(source)), analyzer(analysis_for(index.stemmer())) {}

  void follow_index_analysis() {
    if (analyzer.options().stemmer != index.stemmer()) {
      analyzer = analyzers::Analyzer(analysis_for(index.stemmer()));
      snippet_stem = memoized_stem(analyzer.xapian_stem());
    }
  }

  QueryParser parser(PhraseUse phrase_use = PhraseUse::Matching) const {
    QueryParserOptions options;
    options.phrase_use = phrase_use;
    options.indexed = [this](const std::string& term) { return index.db().term_exists(term); };
    options.synonyms = [this](const std::string& key) { return index_synonyms(index.db(), key); };
    options.phrase_indexed = [this](const std::string& phrase) { return index.phrase_terms().indexes(phrase); };
    return QueryParser(analyzer, options);
  }

  std::optional<Xapian::docid> docid_of(const std::string& id) const {
    if (id.empty()) return std::nullopt;
    const std::string term = std::string(schema::kId) + id;
    Xapian::PostingIterator it = index.db().postlist_begin(term);
    if (it == index.db().postlist_end(term)) return std::nullopt;
    return *it;
  }

  SearchResult run(const SearchRequest& request, const CheckedRequest& checked, const ParsedQuery& parsed);
  // run() in relevance order: counts and ranks in separate matches (rank groups, split ranking).
  SearchResult run_in_groups(const SearchRequest& request, const CheckedRequest& checked, const ParsedQuery& parsed);

  // Beyond the counting bound, the total from a count over a sample of the document ids rather
  // than Xapian's estimate of a match that stopped there (search/match_estimate.h). Local
  // unsharded indexes only: shards number their documents apart, remote ones cannot run it.
  void refine_total(const Xapian::Query& counted_query, const Xapian::MSet& counted, SearchResult& result) const {
    if (result.total_exact || index.sharded() || index.remote()) return;
    result.total = estimate_matches(index.db(), counted_query, counted.get_matches_lower_bound(),
                                    counted.get_matches_upper_bound());
  }

  // A ranked page's documents (id, weight), best first.
  using Ranked = std::vector<SplitRanking::Ranked>;
  static Ranked ranked_of(const Xapian::MSet& mset) {
    Ranked ranked;
    for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back({*it, it.get_weight()});
    return ranked;
  }

  // The hits of `ranked`, in its order, appended to result.hits; snippets marked by `marking`'s query.
  void add_hits(const Ranked& ranked, const Xapian::MSet& marking, const SearchRequest& request,
                const ParsedQuery& parsed, bool by_relevance, SearchResult& result) const {
    Highlighter highlighter(marking, snippet_stem, !parsed.highlight.empty(), {parsed.exact_terms, parsed.stem_terms});
    for (const SplitRanking::Ranked& ranked_hit : ranked) {
      Hit hit;
      hit.doc = index::from_json(index.db().get_document(ranked_hit.docid).get_data());
      hit.score = by_relevance ? ranked_hit.weight : 0.0;
      if (request.snippets) {
        hit.title_html = highlighter.title_html(hit.doc.title);
        hit.snippet_html = highlighter.body_html(hit.doc.body);
      }
      hit.doc.body.clear();
      result.hits.push_back(std::move(hit));
    }
  }

  // Relevance order: counted and ranked in separate matches (run_in_groups), in rank groups when
  // the query has them.
  static bool in_groups(const SearchRequest& request, const ParsedQuery& parsed) {
    return parsed.ranks && request.sort == SortOrder::Relevance;
  }
  // What the first (or only) group ranks.
  static const Xapian::Query& first_group(const ParsedQuery& parsed) {
    return parsed.all_words.empty() ? parsed.query : parsed.all_words;
  }

  // What run() asks Xapian to match and rank: words and dates, and the facet selections.
  // `words` is parsed.query or one of its groups.
  static Xapian::Query match_query(const SearchRequest& request, const CheckedRequest& checked,
                                   const ParsedQuery& parsed) {
    return match_query(checked, in_groups(request, parsed) ? first_group(parsed) : parsed.query);
  }
  static Xapian::Query match_query(const CheckedRequest& checked, const Xapian::Query& words) {
    return filtered(filtered(words, checked.dates), checked.selection.filter());
  }

  // The MSet whose query MSet::snippet marks by (search/snippets.h): `ranked` when `words`, the
  // query it ranked, holds every word and tight phrase to mark. Otherwise an MSet of the marking
  // query, set up but never run (get_mset(0, 0): ~60 µs at 100k releases): the query with its
  // phrases as phrases (the ranked one matches phrases the index holds as terms without them,
  // search/phrase_query.h) and ParsedQuery::highlight (field words, marked unprefixed) with zero
  // weight. Kept out of the ranked query, where every match paid a look-up of each highlight term.
  Xapian::MSet marking(const SearchRequest& request, const ParsedQuery& parsed, const Xapian::MSet& ranked,
                       const Xapian::Query& words) const {
    if (!request.snippets || parsed.highlight.empty()) return ranked;
    const bool phrase_terms = uses_phrase_terms(parsed.query);
    if (!phrase_terms && marks_same_words(words, parsed.highlight)) return ranked;
    const ParsedQuery marked = phrase_terms ? parser(PhraseUse::Marking).parse(request.q) : parsed;
    Xapian::Enquire enquire(index.db());
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE, marked.query, marked.highlight));
    return enquire.get_mset(0, 0);
  }

  IndexHandle index;
  analyzers::Analyzer analyzer;
  Xapian::Stem snippet_stem = memoized_stem(analyzer.xapian_stem());  // for MSet::snippet
  analyzers::TextNormalizer normalizer;
  SplitRanking split;  // ranks over idle cores (search/split_ranking.h)
};

SearchResult Searcher::Impl::run(const SearchRequest& request, const CheckedRequest& checked,
                                 const ParsedQuery& parsed) {
  if (in_groups(request, parsed)) return run_in_groups(request, checked, parsed);
  const Xapian::Database& db = index.db();
  // Everything but the facet selections: what disjunctive facet counts start from.
  const Xapian::Query unfiltered = filtered(parsed.query, checked.dates);

  Xapian::Enquire enquire(db);
  enquire.set_query(match_query(checked, parsed.query));
  const bool by_relevance = parsed.ranks && request.sort == SortOrder::Relevance;
  DateSortKey date_key(request.sort == SortOrder::Oldest);
  if (by_relevance) {
    enquire.set_sort_by_relevance_then_value(schema::kDateSlot, true);  // ties: newest first
  } else if (index.sharded()) {
    sort_by_date_on_shards(enquire, request.sort == SortOrder::Oldest);  // same order, no KeyMaker
  } else {
    enquire.set_sort_by_key_then_relevance(&date_key, request.sort != SortOrder::Oldest);
    enquire.set_docid_order(request.sort == SortOrder::Oldest ? Xapian::Enquire::ASCENDING
                                                              : Xapian::Enquire::DESCENDING);
  }

  FacetCounter facets(checked.facets, checked.selection, {}, FacetTable::of(db));
  RemoteFacetMatch remote_facets(db, enquire.get_query(), index.remote());  // search/shard_set.h
  facets.attach(remote_facets.spied(enquire));
  const Xapian::doccount first = (request.page - 1) * request.per_page;
  const Xapian::doccount check_at_least = counting_depth(request, facets);
  Xapian::MSet mset = enquire.get_mset(first, request.per_page, check_at_least);
  SearchResult result = result_for(request, mset);
  refine_total(enquire.get_query(), mset, result);

  add_hits(ranked_of(mset), marking(request, parsed, mset, parsed.query), request, parsed, by_relevance, result);

  // Over remote shards the facets come from a match of their own, scaled to its own estimate.
  result.facets = facets.collect(db, remote_facets.mset(mset, check_at_least), unfiltered, result.facets_exact,
                                 index.remote() ? 0 : result.total);
  result.suggestion = correct_spelling(db, request.q, parsed.words);
  result.expanded = parsed.expansions;
  return result;
}

// Three matches, each cheaper than the one they replace. (1) Counting: ParsedQuery::match without
// weights, with the facet spies; a weightless match stops once it has seen as many documents as
// it must count (the facet bound, or kExactTotalUpTo), where a ranked one would read on. (2) The
// page from the all-words group (the whole query when it has no groups: one word, a phrase, OR),
// ranked on its own (no check_at_least, so Xapian prunes by weight as soon as it holds a page,
// and SplitRanking may spread it over idle cores). (3) Only when that group ends before the page
// does: the rest of the page from the other documents, after the group's `a` documents.
SearchResult Searcher::Impl::run_in_groups(const SearchRequest& request, const CheckedRequest& checked,
                                           const ParsedQuery& parsed) {
  const Xapian::Database& db = index.db();
  const Xapian::Query unfiltered = filtered(parsed.match, checked.dates);

  Xapian::Enquire counting(db);
  counting.set_query(filtered(unfiltered, checked.selection.filter()));
  counting.set_weighting_scheme(Xapian::BoolWeight());
  FacetCounter facets(checked.facets, checked.selection, {}, FacetTable::of(db));
  facets.attach(counting);  // its own weightless match, also over remote shards (search/shard_set.h)
  const Xapian::doccount first = (request.page - 1) * request.per_page;
  const Xapian::MSet counted = counting.get_mset(0, 0, counting_depth(request, facets));
  SearchResult result = result_for(request, counted);
  refine_total(counting.get_query(), counted, result);

  // A page of `words` by relevance (ties: newest first): split over idle cores when it pays
  // (search/split_ranking.h), the same page either way. `exact` is the group's size when the
  // match ended before the page did.
  struct Page {
    Ranked hits;
    Xapian::MSet mset;  // marks what `words` marks
    std::optional<Xapian::doccount> exact;
  };
  auto ranked = [&](const Xapian::Query& words, Xapian::doccount from, Xapian::doccount count) {
    const Xapian::Query query = match_query(checked, words);
    if (auto split = this->split.rank(db, index.local_path(), query, from, count)) {
      Page page{std::move(split->hits), std::move(split->marking), std::nullopt};
      if (split->exhausted) page.exact = split->matches;
      return page;
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_sort_by_relevance_then_value(schema::kDateSlot, true);  // ties: newest first
    Xapian::MSet mset = enquire.get_mset(from, count);
    Page page{ranked_of(mset), mset, std::nullopt};
    // Fewer than asked: Xapian has seen the whole group, so its size is exact.
    if (mset.size() < count) page.exact = mset.get_matches_upper_bound();
    return page;
  };
  const Page all_words = ranked(first_group(parsed), first, request.per_page);
  const Xapian::MSet marks = marking(request, parsed, all_words.mset, first_group(parsed));
  add_hits(all_words.hits, marks, request, parsed, true, result);
  if (all_words.hits.size() < request.per_page && !parsed.other_words.empty()) {
    const Xapian::doccount group = all_words.exact.value_or(first + all_words.hits.size());
    const Xapian::doccount from = first > group ? first - group : 0;
    const Page others = ranked(parsed.other_words, from, request.per_page - all_words.hits.size());
    add_hits(others.hits, marks, request, parsed, true, result);
  }

  result.facets = facets.collect(db, counted, unfiltered, result.facets_exact, index.remote() ? 0 : result.total);
  result.suggestion = correct_spelling(db, request.q, parsed.words);
  result.expanded = parsed.expansions;
  return result;
}

Searcher::Searcher(std::filesystem::path db_dir) : impl_(std::make_unique<Impl>(std::move(db_dir))) {}
Searcher::Searcher(IndexSource source) : impl_(std::make_unique<Impl>(std::move(source))) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;

bool Searcher::refresh() {
  const bool changed = impl_->index.refresh();
  if (changed) impl_->follow_index_analysis();
  return changed;
}

SearchResult Searcher::search(const SearchRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  const RunningSearch running;  // for SplitRanking's use of idle cores
  const CheckedRequest checked = check_request(request);
  const QueryParser parser = impl_->parser();
  SearchResult result = impl_->index.run([&] {
    const ParsedQuery parsed = parser.parse(request.q);
    return impl_->run(request, checked, parsed);
  });
  result.missing_shards = impl_->index.missing_shards();
  result.partial = !result.missing_shards.empty();
  result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return result;
}

std::string Searcher::serialised_match_query(const SearchRequest& request) {
  const CheckedRequest checked = check_request(request);
  const QueryParser parser = impl_->parser();
  return impl_->index.run([&] { return Impl::match_query(request, checked, parser.parse(request.q)).serialise(); });
}

std::optional<corpus::Document> Searcher::document(const std::string& id) {
  return impl_->index.run([&]() -> std::optional<corpus::Document> {
    std::optional<Xapian::docid> docid = impl_->docid_of(id);
    if (!docid) return std::nullopt;
    return index::from_json(impl_->index.db().get_document(*docid).get_data());
  });
}

std::vector<Hit> Searcher::similar(const std::string& id, unsigned count) {
  count = std::min(count, kMaxSimilar);
  if (count == 0) return {};
  return impl_->index.run([&]() -> std::vector<Hit> {
    std::optional<Xapian::docid> docid = impl_->docid_of(id);
    if (!docid) return {};
    const Xapian::Database& db = impl_->index.db();
    Xapian::Query query = similar_query(db, *docid, std::string(schema::kId) + id, impl_->analyzer);
    if (query.empty()) return {};
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    Xapian::MSet mset = enquire.get_mset(0, count);
    std::vector<Hit> hits;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit;
      hit.doc = index::from_json(it.get_document().get_data());
      hit.score = it.get_weight();
      hit.title_html = escape_html(hit.doc.title);
      hit.snippet_html = leading_excerpt_html(hit.doc.body);
      hit.doc.body.clear();
      hits.push_back(std::move(hit));
    }
    return hits;
  });
}

std::vector<std::string> Searcher::suggest(const std::string& prefix, unsigned count) {
  count = std::min(count, kMaxCompletions);
  const std::string folded = impl_->normalizer.fold(word_being_typed(prefix));
  return impl_->index.run([&] { return complete_word(impl_->index.db(), folded, count); });
}

void Searcher::set_split_ranking(unsigned slices, std::optional<unsigned long long> min_documents) {
  impl_->split = SplitRanking(slices, min_documents ? static_cast<Xapian::doccount>(*min_documents)
                                                    : SplitRanking::kMinDocuments);
}

IndexInfo Searcher::info() {
  return impl_->index.run([&] {
    IndexInfo info;
    info.documents = impl_->index.db().get_doccount();
    info.generation = impl_->index.generation();
    info.built_at = impl_->index.built_at();
    info.stemmer = analyzers::to_string(impl_->index.stemmer());
    return info;
  });
}

}  // namespace siaran::search
