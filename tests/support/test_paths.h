// Paths tests need: the source tree, the built binaries, and ../shared (real data we may read but
// never copy). shared_path() returns "" when the file is absent; use SIARAN_REQUIRE_SHARED to skip.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

namespace siaran::testing {

inline std::filesystem::path source_dir() { return SIARAN_SOURCE_DIR; }
inline std::filesystem::path bin_dir() { return SIARAN_BIN_DIR; }

// SIARAN_SHARED_DIR in the environment overrides the configured location.
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("SIARAN_SHARED_DIR"); env && *env) return env;
  return SIARAN_SHARED_DIR;
}

inline std::filesystem::path shared_path(const std::string& relative) {
  std::filesystem::path p = shared_dir() / relative;
  return std::filesystem::exists(p) ? p : std::filesystem::path();
}

// A fresh temporary directory removed when the object dies.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "siaran-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace siaran::testing

#define SIARAN_REQUIRE_SHARED(var, relative)                                      \
  const std::filesystem::path var = ::siaran::testing::shared_path(relative);     \
  if (var.empty()) GTEST_SKIP() << "../shared/" relative " not present; skipped"
