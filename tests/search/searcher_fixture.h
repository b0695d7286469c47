// One index of the test releases per test suite (built once: indexing is the slow part), and a
// Searcher over it.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "search/searcher.h"
#include "tests/search/releases_fixture.h"

namespace siaran::search::testing {

class SearcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new siaran::testing::TempDir();
    docs_ = new std::vector<corpus::Document>(test_releases());
    build_index(dir_->path(), *docs_);
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete docs_;
    dir_ = nullptr;
    docs_ = nullptr;
  }

  void SetUp() override { searcher_ = std::make_unique<Searcher>(dir_->path()); }

  static SearchRequest request(std::string q) {
    SearchRequest r;
    r.q = std::move(q);
    r.per_page = 100;
    return r;
  }

  // Ids of the hits, in order.
  std::vector<std::string> ids(const SearchRequest& r) {
    std::vector<std::string> out;
    for (const Hit& h : searcher_->search(r).hits) out.push_back(h.doc.id);
    return out;
  }
  std::vector<std::string> ids(const std::string& q) { return ids(request(q)); }

  static std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  }

  static const std::vector<corpus::Document>& docs() { return *docs_; }

  static inline siaran::testing::TempDir* dir_ = nullptr;
  static inline std::vector<corpus::Document>* docs_ = nullptr;
  std::unique_ptr<Searcher> searcher_;
};

}  // namespace siaran::search::testing
