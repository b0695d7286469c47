// bench::UnitRoster: a fixed roster of a few hundred corrections units over Indonesia's
// provinces, drawn with a skew (a few busy units, a long tail), as real archives are.
#include "bench/unit_roster.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "tests/support/test_paths.h"

namespace siaran::bench {
namespace {

// Canonical province names of corpus/data/provinces.tsv (what Document::region holds).
std::set<std::string> canonical_provinces() {
  std::ifstream in(siaran::testing::source_dir() / "corpus/data/provinces.tsv");
  std::set<std::string> names;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.starts_with("R\"tsv(") || line.starts_with(")tsv"))
      continue;
    names.insert(line.substr(0, line.find('\t')));
  }
  return names;
}

TEST(UnitRosterTest, IsTheSameOnEveryConstruction) {
  const UnitRoster a, b;
  ASSERT_EQ(a.units().size(), b.units().size());
  for (size_t i = 0; i < a.units().size(); ++i) {
    EXPECT_EQ(a.units()[i].name, b.units()[i].name);
    EXPECT_EQ(a.units()[i].short_name, b.units()[i].short_name);
    EXPECT_EQ(a.units()[i].city, b.units()[i].city);
    EXPECT_EQ(a.units()[i].province, b.units()[i].province);
    EXPECT_EQ(a.units()[i].source, b.units()[i].source);
  }
  Random ra(9), rb(9);
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(&a.draw(ra) - &a.units()[0], &b.draw(rb) - &b.units()[0]);
}

TEST(UnitRosterTest, HasAFewHundredUniquelyNamedCompleteUnits) {
  const UnitRoster roster;
  const auto& units = roster.units();
  EXPECT_GE(units.size(), 200u);
  EXPECT_LE(units.size(), 600u);
  std::set<std::string> names;
  for (const Unit& u : units) {
    EXPECT_TRUE(names.insert(u.name).second) << "duplicate unit " << u.name;
    EXPECT_FALSE(u.short_name.empty()) << u.name;
    EXPECT_FALSE(u.city.empty()) << u.name;
    EXPECT_FALSE(u.province.empty()) << u.name;
    EXPECT_FALSE(u.source.empty()) << u.name;
    if (u.name.starts_with("Kanwil ")) {
      EXPECT_EQ(u.name, "Kanwil Kemenkumham " + u.province);
      EXPECT_EQ(u.source, "Humas " + u.name);
    } else {
      // "Lapas Kelas IIA Cibinong": kind, class, city; titles say "Lapas Cibinong".
      EXPECT_TRUE(u.name.ends_with(" " + u.city)) << u.name;
      EXPECT_NE(u.name.find(" Kelas I"), std::string::npos) << u.name;
      EXPECT_TRUE(u.short_name.ends_with(" " + u.city)) << u.short_name;
      EXPECT_EQ(u.name.substr(0, u.name.find(' ')), u.short_name.substr(0, u.short_name.find(' ')));
      EXPECT_EQ(u.source, "INFO_PAS") << u.name;
    }
  }
  // Every kind of unit of the corrections service is there.
  for (std::string kind : {"Lapas ", "Rutan ", "Bapas ", "LPKA ", "Rupbasan ", "Lapas Perempuan ",
                           "Lapas Narkotika ", "Kanwil "}) {
    EXPECT_TRUE(std::any_of(units.begin(), units.end(), [&](const Unit& u) { return u.name.starts_with(kind); }))
        << "no " << kind << "unit";
  }
}

TEST(UnitRosterTest, CoversEveryProvinceWithItsCanonicalNameAndOneRegionalOffice) {
  const std::set<std::string> canonical = canonical_provinces();
  ASSERT_EQ(canonical.size(), 38u);
  const UnitRoster roster;
  std::set<std::string> provinces;
  std::map<std::string, int> offices;
  for (const Unit& u : roster.units()) {
    EXPECT_TRUE(canonical.count(u.province)) << u.name << ": province \"" << u.province
                                             << "\" is not a canonical name of provinces.tsv";
    provinces.insert(u.province);
    if (u.name.starts_with("Kanwil ")) ++offices[u.province];
  }
  EXPECT_EQ(provinces, canonical);
  for (const std::string& p : canonical) EXPECT_EQ(offices[p], 1) << p;
}

TEST(UnitRosterTest, DrawsAreSkewedButReachTheWholeTail) {
  const UnitRoster roster;
  const size_t units = roster.units().size();
  constexpr size_t kDraws = 100000;
  std::vector<size_t> count(units, 0);
  Random rng(2024);
  for (size_t i = 0; i < kDraws; ++i) {
    const Unit& u = roster.draw(rng);
    const size_t at = &u - &roster.units()[0];
    ASSERT_LT(at, units);
    ++count[at];
  }
  std::vector<size_t> sorted = count;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  const double uniform = static_cast<double>(kDraws) / units;
  EXPECT_GT(sorted[0], 10 * uniform) << "the busiest unit should issue far more than a uniform share";
  size_t top_tenth = 0;
  for (size_t i = 0; i < units / 10; ++i) top_tenth += sorted[i];
  EXPECT_GT(top_tenth, kDraws * 3 / 10) << "the busiest tenth of units should issue a large share";
  EXPECT_GT(sorted.back(), 0u) << "every unit, even the quietest, issues releases";
  EXPECT_LT(sorted.back(), uniform / 2);
}

}  // namespace
}  // namespace siaran::bench
