#include "search/facets.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>

#include "index/schema.h"
#include "search/facets_table.h"
#include "tests/support/test_paths.h"

namespace siaran::search {
namespace {

namespace schema = index::schema;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Documents with only what facets read: value slots and filter terms.
class FacetsTest : public ::testing::Test {
 protected:
  void add(const std::string& unit, const std::string& topic, const std::string& year, int copies = 1) {
    for (int i = 0; i < copies; ++i) {
      Xapian::Document doc;
      doc.add_term("word");
      doc.add_value(schema::kUnitSlot, unit);
      doc.add_boolean_term(std::string(schema::kUnitFilter) + schema::facet_key(unit));
      doc.add_value(schema::kTopicSlot, topic);
      doc.add_boolean_term(std::string(schema::kTopicFilter) + schema::facet_key(topic));
      doc.add_value(schema::kYearSlot, year);
      db_.add_document(doc);
    }
  }

  struct Counted {
    std::vector<Facet> facets;
    bool exact = true;
    Xapian::doccount matches = 0;
  };

  // Counted through a FacetTable, after checking that ValueCountMatchSpy counts the same.
  Counted count(const FacetSelection& selection, std::vector<std::string> names, FacetLimits limits = {}) {
    Counted by_spy = count_with(nullptr, selection, names, limits);
    Counted by_table = count_with(std::make_shared<const FacetTable>(db_), selection, names, limits);
    EXPECT_EQ(by_table.exact, by_spy.exact);
    EXPECT_EQ(by_table.matches, by_spy.matches);
    EXPECT_EQ(by_table.facets.size(), by_spy.facets.size());
    for (size_t i = 0; i < std::min(by_table.facets.size(), by_spy.facets.size()); ++i) {
      EXPECT_EQ(by_table.facets[i].name, by_spy.facets[i].name);
      EXPECT_EQ(listed(by_table.facets[i]), listed(by_spy.facets[i])) << by_table.facets[i].name;
    }
    return by_table;
  }

  Counted count_with(std::shared_ptr<const FacetTable> table, const FacetSelection& selection,
                     const std::vector<std::string>& names, FacetLimits limits) {
    std::vector<const FacetSpec*> specs;
    for (const std::string& n : names) specs.push_back(find_facet(n));
    FacetCounter counter(specs, selection, limits, std::move(table));
    Xapian::Query unfiltered("word");
    Xapian::Query filter = selection.filter();
    Xapian::Enquire enquire(db_);
    enquire.set_query(filter.empty() ? unfiltered : Xapian::Query(Xapian::Query::OP_FILTER, unfiltered, filter));
    counter.attach(enquire);
    Xapian::MSet mset = enquire.get_mset(0, 10, counter.attached_any() ? counter.sample() : 0);
    Counted c;
    c.facets = counter.collect(db_, mset, unfiltered, c.exact);
    c.matches = mset.get_matches_estimated();
    return c;
  }

  static std::vector<std::pair<std::string, unsigned long long>> listed(const Facet& f) {
    std::vector<std::pair<std::string, unsigned long long>> l;
    for (const FacetValue& v : f.values) l.emplace_back(v.value, v.count);
    return l;
  }

  static std::map<std::string, unsigned long long> as_map(const Facet& f) {
    std::map<std::string, unsigned long long> m;
    for (const FacetValue& v : f.values) m[v.value] = v.count;
    return m;
  }

  Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
};

TEST_F(FacetsTest, KnowsItsFacets) {
  ASSERT_NE(find_facet("unit"), nullptr);
  EXPECT_EQ(find_facet("unit")->slot, schema::kUnitSlot);
  EXPECT_EQ(find_facet("year")->filter_prefix, "");
  EXPECT_EQ(find_facet("colour"), nullptr);
  EXPECT_EQ(facet_specs().size(), 5u);
}

TEST_F(FacetsTest, SelectionFilterIsOrWithinAndAcross) {
  FacetSelection s;
  s.select(*find_facet("unit"), {"Lapas A", "  ", "lapas a", "Lapas B"});
  s.select(*find_facet("topic"), {"Remisi"});
  EXPECT_THAT(s.keys(*find_facet("unit")), ElementsAre("lapas_a", "lapas_b"));
  EXPECT_THAT(s.values(*find_facet("unit")), ElementsAre("Lapas A", "Lapas B"));
  EXPECT_EQ(s.filter().get_description(), "Query(((XUlapas_a OR XUlapas_b) AND XTremisi))");
  EXPECT_EQ(s.filter(find_facet("unit")).get_description(), "Query(XTremisi)");
  EXPECT_TRUE(FacetSelection().filter().empty());
}

TEST_F(FacetsTest, SelectionLimits) {
  FacetSelection s;
  EXPECT_THROW(s.select(*find_facet("year"), {"2022"}), InvalidRequest);
  EXPECT_NO_THROW(s.select(*find_facet("year"), {""}));  // nothing selected is fine
  std::vector<std::string> many;
  for (int i = 0; i < 4; ++i) many.push_back("u" + std::to_string(i));
  FacetLimits limits;
  limits.max_selected = 3;
  EXPECT_THROW(s.select(*find_facet("unit"), many, limits), InvalidRequest);
}

TEST_F(FacetsTest, CountsOrderAndDisjunction) {
  add("Lapas A", "Remisi", "2021", 3);
  add("Lapas A", "Kesehatan", "2022", 1);
  add("Lapas B", "Remisi", "2023", 2);
  add("Rutan C", "Kesehatan", "2023", 2);

  Counted all = count(FacetSelection(), {"unit", "topic", "year"});
  EXPECT_TRUE(all.exact);
  ASSERT_EQ(all.facets.size(), 3u);
  EXPECT_EQ(all.facets[0].name, "unit");
  EXPECT_THAT(all.facets[0].values, ::testing::SizeIs(3));
  EXPECT_EQ(all.facets[0].values[0].value, "Lapas A");
  EXPECT_EQ(all.facets[0].values[0].count, 4u);
  EXPECT_EQ(all.facets[0].values[1].value, "Lapas B");  // 2 each: by value
  EXPECT_EQ(all.facets[0].values[2].value, "Rutan C");
  EXPECT_EQ(all.facets[2].values[0].value, "2023");  // years newest first
  EXPECT_EQ(all.facets[2].values[2].value, "2021");

  FacetSelection s;
  s.select(*find_facet("unit"), {"Lapas B"});
  s.select(*find_facet("topic"), {"Remisi"});
  Counted some = count(s, {"unit", "topic", "year"});
  EXPECT_EQ(some.matches, 2u);
  // Units: topic Remisi only, unit filter lifted.
  EXPECT_EQ(as_map(some.facets[0]), (std::map<std::string, unsigned long long>{{"Lapas A", 3}, {"Lapas B", 2}}));
  // Topics: unit Lapas B only, topic filter lifted.
  EXPECT_EQ(as_map(some.facets[1]), (std::map<std::string, unsigned long long>{{"Remisi", 2}}));
  // Years: the full match.
  EXPECT_EQ(as_map(some.facets[2]), (std::map<std::string, unsigned long long>{{"2023", 2}}));
}

TEST_F(FacetsTest, TrimsToMaxValuesButKeepsSelected) {
  add("U1", "T", "2021", 5);
  add("U2", "T", "2021", 4);
  add("U3", "T", "2021", 3);
  add("U4", "T", "2021", 1);
  FacetSelection s;
  s.select(*find_facet("unit"), {"U4", "Nowhere"});
  FacetLimits limits;
  limits.max_values = 2;
  Counted c = count(s, {"unit"}, limits);
  std::vector<std::string> values;
  for (const FacetValue& v : c.facets[0].values) values.push_back(v.value);
  EXPECT_THAT(values, ElementsAre("U1", "U2", "U4", "Nowhere"));
  EXPECT_EQ(c.facets[0].values[3].count, 0u);
}

TEST_F(FacetsTest, BeyondTheSampleCountsAreScaledAndMarkedInexact) {
  add("Lapas A", "Remisi", "2021", 30);
  add("Lapas B", "Remisi", "2021", 10);
  FacetLimits limits;
  limits.sample = 8;
  // The unit facet is selected, so it is counted in a match of its own, which stops after the
  // sample (the main match may look further: Xapian decides when ranking lets it stop).
  FacetSelection s;
  s.select(*find_facet("unit"), {"Lapas B"});
  Counted c = count(s, {"unit"}, limits);
  EXPECT_FALSE(c.exact);
  unsigned long long sum = 0;
  for (const FacetValue& v : c.facets[0].values) sum += v.count;
  // Scaled to the estimated 40 of the unfiltered match, whatever the 8 seen were.
  EXPECT_NEAR(static_cast<double>(sum), 40.0, 2.0);
}

TEST_F(FacetsTest, DocumentsWithoutAValueAreNotCounted) {
  add("", "", "2021", 2);
  add("Lapas A", "", "2021", 1);
  Counted c = count(FacetSelection(), {"unit", "topic"});
  EXPECT_EQ(as_map(c.facets[0]), (std::map<std::string, unsigned long long>{{"Lapas A", 1}}));
  EXPECT_THAT(c.facets[1].values, IsEmpty());
}

TEST_F(FacetsTest, TableCodesEachSlotsValues) {
  add("Lapas A", "Remisi", "2021", 2);
  add("", "Kesehatan", "2022", 1);
  add("Lapas B", "Remisi", "2021", 1);
  const FacetTable table(db_);
  const size_t unit = static_cast<size_t>(find_facet("unit") - facet_specs().data());
  const size_t region = static_cast<size_t>(find_facet("region") - facet_specs().data());
  EXPECT_TRUE(table.usable(unit));
  EXPECT_EQ(table.distinct(unit), 3u);  // no value, Lapas A, Lapas B
  EXPECT_EQ(table.value(unit, table.code(unit, 1)), "Lapas A");
  EXPECT_EQ(table.code(unit, 1), table.code(unit, 2));
  EXPECT_EQ(table.code(unit, 3), 0);  // no unit
  EXPECT_EQ(table.value(unit, table.code(unit, 4)), "Lapas B");
  EXPECT_EQ(table.code(unit, 99), 0);  // beyond the last document
  EXPECT_EQ(table.distinct(region), 1u);  // no document has a region
  EXPECT_GT(table.bytes(), 0u);

  FacetCodeSpy spy(std::make_shared<const FacetTable>(db_), {unit});
  Xapian::Enquire enquire(db_);
  enquire.set_query(Xapian::Query("word"));
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, 100);
  EXPECT_EQ(spy.seen(), 4u);
  auto counts = spy.counts(unit);
  std::sort(counts.begin(), counts.end());
  EXPECT_THAT(counts, ElementsAre(std::pair<std::string, Xapian::doccount>{"Lapas A", 2},
                                  std::pair<std::string, Xapian::doccount>{"Lapas B", 1}));
}

TEST(FacetTableShared, OnePerRevisionOfAGlassDatabase) {
  siaran::testing::TempDir dir;
  const std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase writable(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  Xapian::Document doc;
  doc.add_term("word");
  doc.add_value(schema::kUnitSlot, "Lapas A");
  writable.add_document(doc);
  writable.commit();

  Xapian::Database db(path);
  auto first = FacetTable::of(db);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(FacetTable::of(db), first);  // shared, not rebuilt
  const size_t unit = static_cast<size_t>(find_facet("unit") - facet_specs().data());

  doc.add_value(schema::kUnitSlot, "Lapas B");
  writable.add_document(doc);
  writable.commit();
  db.reopen();
  auto second = FacetTable::of(db);
  ASSERT_NE(second, first);  // a new revision, a new table
  EXPECT_EQ(second->value(unit, second->code(unit, 2)), "Lapas B");
  EXPECT_EQ(first->code(unit, 2), 0);  // the old one is unchanged for whoever still holds it

  // Several sub-databases have no single revision: no table, ValueCountMatchSpy is used.
  Xapian::Database combined(path);
  combined.add_database(Xapian::Database(path));
  EXPECT_EQ(FacetTable::of(combined), nullptr);
  Xapian::WritableDatabase memory(std::string(), Xapian::DB_BACKEND_INMEMORY);
  EXPECT_EQ(FacetTable::of(memory), nullptr);
}

}  // namespace
}  // namespace siaran::search
