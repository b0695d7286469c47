// bench::ReleaseGenerator — synthetic press releases for benchmarks at any size.
//
// Release i of seed S is a pure function of (S, i): runs are reproducible and can be generated in
// parallel. Each release has a unit from UnitRoster (and its province), a topic of the eight-topic
// taxonomy (with phrases of corpus/data/topics.tsv in the lead, so topic queries find it), a date
// over fifteen years (2011-2025, later years busier), a dateline, and paragraphs of sentences drawn
// from TextModel — about 3 kB of text per release.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bench/text_model.h"
#include "bench/unit_roster.h"
#include "corpus/document.h"

namespace siaran::bench {

class ReleaseGenerator {
 public:
  ReleaseGenerator(const TextModel& body_model, const TextModel& title_model, uint64_t seed);

  corpus::Document make(uint64_t index) const;

  const UnitRoster& roster() const { return roster_; }

 private:
  struct Topic {
    std::string name;
    double share;
    std::vector<std::string> phrases;
  };

  std::string lead_sentence(Random& rng, const Unit& unit, const Topic& topic, int weekday,
                            int day, int month) const;
  const Topic& draw_topic(Random& rng) const;

  const TextModel& body_;
  const TextModel& titles_;
  uint64_t seed_;
  UnitRoster roster_;
  std::vector<Topic> topics_;
};

// One release as a canonical JSONL line (keys of corpus::Document, "\n"-terminated).
void append_jsonl(const corpus::Document& doc, std::string& out);

}  // namespace siaran::bench
