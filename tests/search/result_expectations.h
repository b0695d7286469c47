// Test helper: two search results agree on what the comparisons of tests/search check alike.
#pragma once

#include <gtest/gtest.h>

#include "search/search_request.h"

namespace siaran::search::testing {

// The same facets, values and counts, in the same order.
inline void expect_same_facets(const SearchResult& a, const SearchResult& b) {
  ASSERT_EQ(a.facets.size(), b.facets.size());
  for (size_t f = 0; f < a.facets.size(); ++f) {
    SCOPED_TRACE("facet " + a.facets[f].name);
    ASSERT_EQ(a.facets[f].values.size(), b.facets[f].values.size());
    for (size_t v = 0; v < a.facets[f].values.size(); ++v) {
      EXPECT_EQ(a.facets[f].values[v].value, b.facets[f].values[v].value);
      EXPECT_EQ(a.facets[f].values[v].count, b.facets[f].values[v].count);
    }
  }
}

}  // namespace siaran::search::testing
