// Helpers for the reader tests: a sink that keeps what it is given, and shorthands to run a
// reader over inline text or a fixture under tests/corpus/data/readers/.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "corpus/reader.h"
#include "tests/support/test_paths.h"

namespace siaran::corpus::testing {

class CollectingSink : public RecordSink {
 public:
  void accept(Document doc, const SourceLocation& where) override {
    docs.push_back(std::move(doc));
    where_accepted.push_back(where);
  }
  void reject(const Rejection& rejection) override { rejections.push_back(rejection); }

  // The rejection reported at `line`, or nullptr.
  const Rejection* rejection_at(size_t line) const {
    for (const Rejection& rejection : rejections) {
      if (rejection.where.line == line) return &rejection;
    }
    return nullptr;
  }
  // The accepted record with `id`, or nullptr.
  const Document* doc(const std::string& id) const {
    for (const Document& d : docs) {
      if (d.id == id) return &d;
    }
    return nullptr;
  }

  std::vector<Document> docs;
  std::vector<SourceLocation> where_accepted;
  std::vector<Rejection> rejections;
};

inline CollectingSink read_text(Reader& reader, const std::string& text, const std::string& file) {
  std::istringstream in(text);
  CollectingSink sink;
  reader.read(in, file, sink);
  return sink;
}

inline std::filesystem::path reader_fixture(const std::string& name) {
  return ::siaran::testing::source_dir() / "tests/corpus/data/readers" / name;
}

inline CollectingSink read_file(Reader& reader, const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  CollectingSink sink;
  reader.read(in, path.string(), sink);
  return sink;
}

}  // namespace siaran::corpus::testing
