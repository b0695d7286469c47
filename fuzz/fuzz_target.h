// The fuzz targets, as plain functions: each takes one input of arbitrary bytes, runs it through
// one of Siaran's parsers and checks what must hold for every input (no crash, no sanitizer
// report, and the invariants named in each target). Built two ways (fuzz/CMakeLists.txt):
//   * with clang and -fsanitize=fuzzer,address,undefined, one libFuzzer program per target
//     (scripts/fuzz), through libfuzzer_entry.cc;
//   * in every normal build, fuzz_replay_tests runs the seeds under fuzz/seeds/<target>/ through
//     the same functions, so CI exercises them without clang.
// A broken invariant calls fuzz_fail(), which aborts: libFuzzer then saves the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace siaran::fuzz {

using TargetFunction = void (*)(const uint8_t* data, size_t size);

struct Target {
  const char* name;  // also the seed folder: fuzz/seeds/<name>/
  TargetFunction run;
};

void query_syntax(const uint8_t* data, size_t size);  // search::parse_query_syntax + QueryParser
void jsonl_reader(const uint8_t* data, size_t size);  // corpus::JsonlReader
void csv_reader(const uint8_t* data, size_t size);    // corpus::CsvReader (CsvRecords)
void release_text_reader(const uint8_t* data, size_t size);  // corpus::ReleaseTextReader
void html_text(const uint8_t* data, size_t size);     // corpus::html_to_text
void date_parser(const uint8_t* data, size_t size);   // DateParser, DateFormat, DateInference
void query_string(const uint8_t* data, size_t size);  // searchd::QueryString, percent_decode

// Every target above, by name.
const std::vector<Target>& all_targets();

// Aborts with `what` on stderr: an invariant of the code under test does not hold.
[[noreturn]] void fuzz_fail(std::string_view what);

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace siaran::fuzz
