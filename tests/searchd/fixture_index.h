// The searchd tests' own archive: 16 short releases written for these tests (JSONL, the
// canonical form), indexed once per test binary, and a Server in-process over it.
//
// What the releases are built to exercise:
//   f01 title "Lokakarya Kehumasan Pemasyarakatan": the exact-title query ranks it first, over
//       f02/f03 whose bodies repeat the same words;
//   f04 the phrase "Hari Bhakti Pemasyarakatan"; f05 has the same words apart;
//   f06 a body with <script>, "double" and 'single' quotes and an ampersand (escaping);
//   remisi in f07-f11 (f10 also mentions narkoba, for -narkoba); units and topics spread so
//   facets and filters have something to count; f16 has no date (sorts last, no year facet).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "corpus/document.h"
#include "searchd/server.h"

namespace siaran::searchd::testing {

// The fixture as JSONL text, one release per line.
const std::string& fixture_jsonl();
// The same records, read by corpus's JSONL reader.
const std::vector<corpus::Document>& fixture_documents();

// Builds an index of `docs` into `db_dir` with index::IndexWriter (a new generation).
void build_index(const std::filesystem::path& db_dir, const std::vector<corpus::Document>& docs);

// A running in-process server over `db_dir` on a free port, request log off.
std::unique_ptr<Server> start_server(const std::filesystem::path& db_dir, ServerConfig config);
std::unique_ptr<Server> start_server(const std::filesystem::path& db_dir);

}  // namespace siaran::searchd::testing
