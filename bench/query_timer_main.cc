// siaran-bench-query --db DIR --queries bench/queries.txt [--rounds R] [--only NAME,...] [--cpu]
//                    [--per-query]
//
// The in-process cost of the benchmark's query mix, without HTTP: each query run R times through
// search::Searcher (snippets and facets on, exactly as searchd asks), and the bare match through a
// raw Xapian::Enquire (Xapian::QueryParser, Indonesian stemmer, AND, phrases; top 10, no snippets,
// no facets) — the floor — and the Searcher's own Xapian::Query through a bare Enquire
// (xapian_same_query: the floor of the same match); also Searcher without snippets, without
// facets, and without both, to show where its time goes. Prints p50/p95/p99 in ms and queries/s
// of each, one thread.
//   --only      run only the named variants (searcher, searcher_no_snippets, searcher_no_facets,
//               searcher_bare, xapian_same_query, xapian_enquire, xapian_snippets_background_model,
//               xapian_snippets_no_background_model): for profiling one of them
//   --cpu       percentiles of the thread's CPU time rather than wall time: on a shared, loaded
//               machine CPU time is what the code costs; wall time adds the waits for a core
//   --per-query also print each query's median and total (first variant run), to find the
//               expensive ones and compare answers between builds
//   --print-queries  print the Xapian::Query each line of the mix becomes (its description)
//   --no-split  rank on one thread (search/split_ranking.h); implied by --cpu, which times only
//               the calling thread: wall time is the measure of a split ranking
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <sstream>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "bench/query_mix.h"
#include "index/database_dir.h"
#include "index/stored_document.h"
#include "search/searcher.h"

namespace {

using Clock = std::chrono::steady_clock;

bool cpu_clock = false;

// Milliseconds on the chosen clock (wall, or this thread's CPU time).
double now_ms() {
  if (cpu_clock) {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
  }
  return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
}

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

double median(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  return ms.empty() ? 0 : ms[ms.size() / 2];
}

void report(const char* name, std::vector<double> ms, double total_s) {
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))]; };
  std::printf("%s p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f qps=%.1f n=%zu\n", name, pct(0.50), pct(0.95),
              pct(0.99), ms.size() / total_s, ms.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, queries;
  unsigned rounds = 20;
  std::vector<std::string> only;
  bool per_query = false;
  bool print_queries = false;
  bool no_split = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--cpu") { cpu_clock = true; continue; }
    if (arg == "--per-query") { per_query = true; continue; }
    if (arg == "--print-queries") { print_queries = true; continue; }
    if (arg == "--no-split") { no_split = true; continue; }
    if (i + 1 >= argc) { std::cerr << "option " << arg << " needs a value\n"; return 2; }
    if (arg == "--db") db = argv[++i];
    else if (arg == "--only") only = split_commas(argv[++i]);
    else if (arg == "--queries") queries = argv[++i];
    else if (arg == "--rounds") rounds = static_cast<unsigned>(std::stoul(argv[++i]));
    else { std::cerr << "unknown option " << arg << "\n"; return 2; }
  }
  if (db.empty() || queries.empty()) {
    std::cerr << "usage: siaran-bench-query --db DIR --queries FILE [--rounds R] [--only NAME,...] [--cpu]"
                 " [--per-query] [--print-queries] [--no-split]\n";
    return 2;
  }
  try {
    const auto mix = siaran::bench::read_query_mix(queries);
    siaran::search::Searcher searcher(db);
    if (cpu_clock || no_split) searcher.set_split_ranking(1);
    unsigned long long matched = 0;
    if (print_queries) {
      for (const auto& q : mix) {
        std::printf("%s\n  %s\n", q.line.c_str(),
                    Xapian::Query::unserialise(searcher.serialised_match_query(q.request)).get_description().c_str());
      }
    }
    for (const auto& q : mix) matched += searcher.search(q.request).total;  // warm the cache
    auto wanted = [&](const std::string& name) {
      return only.empty() || std::find(only.begin(), only.end(), name) != only.end();
    };
    bool per_query_printed = false;
    // Runs `one(query)` rounds × mix times on the chosen clock and reports it.
    auto time_variant = [&](const std::string& name, auto&& one) {
      if (!wanted(name)) return;
      std::vector<double> ms;
      std::map<size_t, std::vector<double>> by_query;
      std::map<size_t, unsigned long long> totals;  // each query's total (matches) in the last round
      const double started = now_ms();
      for (unsigned r = 0; r < rounds; ++r) {
        for (size_t i = 0; i < mix.size(); ++i) {
          const double t0 = now_ms();
          const unsigned long long total = one(mix[i]);
          matched += total;
          totals[i] = total;
          ms.push_back(now_ms() - t0);
          by_query[i].push_back(ms.back());
        }
      }
      report(name.c_str(), ms, (now_ms() - started) / 1e3);
      if (per_query && !per_query_printed) {
        per_query_printed = true;
        for (const auto& [i, times] : by_query) {
          std::printf("  %8.3f ms  %8llu  %s\n", median(times), totals[i], mix[i].line.c_str());
        }
      }
    };

    // The whole request as searchd asks it, then without snippets / facets, to show where the
    // time goes.
    struct Variant {
      const char* name;
      bool snippets, facets;
    };
    for (const Variant v : {Variant{"searcher", true, true}, Variant{"searcher_no_snippets", false, true},
                            Variant{"searcher_no_facets", true, false}, Variant{"searcher_bare", false, false}}) {
      time_variant(v.name, [&](const siaran::bench::MixQuery& q) {
        siaran::search::SearchRequest request = q.request;
        request.snippets = v.snippets;
        if (!v.facets) request.facets.clear();
        return searcher.search(request).total;
      });
    }

    // The floor of "the same match": the very Xapian::Query the Searcher runs, through a bare
    // Enquire (same order, top 10, documents read), without snippets, facets or exact totals.
    Xapian::Database database(siaran::index::DatabaseDir(db).live_path().string());
    std::vector<Xapian::Query> same_queries;
    for (const auto& q : mix) same_queries.push_back(Xapian::Query::unserialise(searcher.serialised_match_query(q.request)));
    size_t same_index = 0;
    time_variant("xapian_same_query", [&](const siaran::bench::MixQuery&) {
      Xapian::Enquire same(database);
      same.set_query(same_queries[same_index++ % same_queries.size()]);
      same.set_sort_by_relevance_then_value(0, true);
      const Xapian::MSet mset = same.get_mset(0, 10);
      unsigned long long sum = 0;
      for (auto it = mset.begin(); it != mset.end(); ++it) sum += it.get_document().get_data().size() > 0;
      return sum;
    });

    Xapian::QueryParser parser;
    parser.set_database(database);
    parser.set_stemmer(Xapian::Stem("indonesian"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    Xapian::Enquire enquire(database);
    auto bare_match = [&](const siaran::bench::MixQuery& q) {
      enquire.set_query(parser.parse_query(q.request.q, Xapian::QueryParser::FLAG_DEFAULT |
                                                         Xapian::QueryParser::FLAG_PHRASE));
      return enquire.get_mset(0, 10);
    };
    time_variant("xapian_enquire", [&](const siaran::bench::MixQuery& q) {
      const Xapian::MSet mset = bare_match(q);
      unsigned long long sum = 0;
      for (auto it = mset.begin(); it != mset.end(); ++it) sum += it.get_document().get_data().size() > 0;
      return sum;
    });

    // The same match plus MSet::snippet of the 10 bodies, with and without Xapian's background
    // model (which looks up the term frequency of every word of every body in the database).
    const Xapian::Stem stem("indonesian");
    for (const bool background : {true, false}) {
      const unsigned flags = Xapian::MSet::SNIPPET_EXHAUSTIVE | Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH |
                             (background ? Xapian::MSet::SNIPPET_BACKGROUND_MODEL : 0);
      time_variant(background ? "xapian_snippets_background_model" : "xapian_snippets_no_background_model",
                   [&](const siaran::bench::MixQuery& q) {
                     const Xapian::MSet mset = bare_match(q);
                     unsigned long long sum = 0;
                     for (auto it = mset.begin(); it != mset.end(); ++it) {
                       const auto doc = siaran::index::from_json(it.get_document().get_data());
                       sum += mset.snippet(doc.body, 250, stem, flags, "<mark>", "</mark>", "…").size();
                     }
                     return sum;
                   });
    }
    std::fprintf(stderr, "(checksum %llu)\n", matched);
  } catch (const std::exception& e) {
    std::cerr << "siaran-bench-query: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "siaran-bench-query: " << e.get_description() << "\n";
    return 1;
  }
  return 0;
}
