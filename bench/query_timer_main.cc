// siaran-bench-query --db DIR --queries bench/queries.txt [--rounds R]
//
// The in-process cost of the benchmark's query mix, without HTTP: each query run R times through
// search::Searcher (snippets and facets on, exactly as searchd asks), and the bare match through a
// raw Xapian::Enquire (Xapian::QueryParser, Indonesian stemmer, AND, phrases; top 10, no snippets,
// no facets) — the floor; also Searcher without snippets, without facets, and without both,
// to show where its time goes. Prints p50/p95/p99 in ms and queries/s of each, one thread.
#include <algorithm>
#include <chrono>
#include <cstdio>
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
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--db") db = argv[i + 1];
    else if (arg == "--queries") queries = argv[i + 1];
    else if (arg == "--rounds") rounds = static_cast<unsigned>(std::stoul(argv[i + 1]));
    else { std::cerr << "unknown option " << arg << "\n"; return 2; }
  }
  if (db.empty() || queries.empty()) {
    std::cerr << "usage: siaran-bench-query --db DIR --queries FILE [--rounds R]\n";
    return 2;
  }
  try {
    const auto mix = siaran::bench::read_query_mix(queries);
    siaran::search::Searcher searcher(db);
    unsigned long long matched = 0;
    for (const auto& q : mix) matched += searcher.search(q.request).total;  // warm the cache
    // The whole request as searchd asks it, then without snippets / facets, to show where the
    // time goes.
    struct Variant {
      const char* name;
      bool snippets, facets;
    };
    for (const Variant v : {Variant{"searcher", true, true}, Variant{"searcher_no_snippets", false, true},
                            Variant{"searcher_no_facets", true, false}, Variant{"searcher_bare", false, false}}) {
      std::vector<double> ms;
      const auto started = Clock::now();
      for (unsigned r = 0; r < rounds; ++r) {
        for (const auto& q : mix) {
          siaran::search::SearchRequest request = q.request;
          request.snippets = v.snippets;
          if (!v.facets) request.facets.clear();
          const auto t0 = Clock::now();
          matched += searcher.search(request).total;
          ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
      }
      report(v.name, ms, std::chrono::duration<double>(Clock::now() - started).count());
    }

    Xapian::Database database(siaran::index::DatabaseDir(db).live_path().string());
    Xapian::QueryParser parser;
    parser.set_database(database);
    parser.set_stemmer(Xapian::Stem("indonesian"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    Xapian::Enquire enquire(database);
    std::vector<double> ms;
    const auto started = Clock::now();
    for (unsigned r = 0; r < rounds; ++r) {
      for (const auto& q : mix) {
        const auto t0 = Clock::now();
        enquire.set_query(parser.parse_query(q.request.q, Xapian::QueryParser::FLAG_DEFAULT |
                                                           Xapian::QueryParser::FLAG_PHRASE));
        const Xapian::MSet mset = enquire.get_mset(0, 10);
        for (auto it = mset.begin(); it != mset.end(); ++it) matched += it.get_document().get_data().size() > 0;
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      }
    }
    report("xapian_enquire", ms, std::chrono::duration<double>(Clock::now() - started).count());

    // The same match plus MSet::snippet of the 10 bodies, with and without Xapian's background
    // model (which looks up the term frequency of every word of every body in the database).
    const Xapian::Stem stem("indonesian");
    for (const bool background : {true, false}) {
      const unsigned flags = Xapian::MSet::SNIPPET_EXHAUSTIVE | Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH |
                             (background ? Xapian::MSet::SNIPPET_BACKGROUND_MODEL : 0);
      std::vector<double> snippet_ms;
      const auto snippet_started = Clock::now();
      for (unsigned r = 0; r < rounds; ++r) {
        for (const auto& q : mix) {
          const auto t0 = Clock::now();
          enquire.set_query(parser.parse_query(q.request.q, Xapian::QueryParser::FLAG_DEFAULT |
                                                             Xapian::QueryParser::FLAG_PHRASE));
          const Xapian::MSet mset = enquire.get_mset(0, 10);
          for (auto it = mset.begin(); it != mset.end(); ++it) {
            const auto doc = siaran::index::from_json(it.get_document().get_data());
            matched += mset.snippet(doc.body, 250, stem, flags, "<mark>", "</mark>", "…").size();
          }
          snippet_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
      }
      report(background ? "xapian_snippets_background_model" : "xapian_snippets_no_background_model",
             snippet_ms, std::chrono::duration<double>(Clock::now() - snippet_started).count());
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
