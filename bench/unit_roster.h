// bench::UnitRoster — a few hundred plausible corrections units ("Lapas Kelas IIA Cibinong",
// "Rutan Kelas IIB Depok", "Bapas Kelas I Bandung"...) built from a list of Indonesian cities and
// their provinces, with a skewed (Zipf-like) chance of issuing a release, as real archives have.
#pragma once

#include <string>
#include <vector>

#include "bench/random.h"

namespace siaran::bench {

struct Unit {
  std::string name;      // "Lapas Kelas IIA Cibinong"
  std::string short_name;  // "Lapas Cibinong", as titles and text call it
  std::string city;      // the dateline place
  std::string province;  // Document::region
  std::string source;    // "INFO_PAS" or the regional office's humas
};

class UnitRoster {
 public:
  UnitRoster();  // deterministic: the same roster on every run
  const std::vector<Unit>& units() const { return units_; }
  // A unit drawn with the roster's skew (a few busy units, a long tail of quiet ones).
  const Unit& draw(Random& rng) const;

 private:
  std::vector<Unit> units_;
  std::vector<double> cumulative_;
};

}  // namespace siaran::bench
