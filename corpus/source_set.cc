#include "corpus/source_set.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <stdexcept>

#include "corpus/reader_support.h"

namespace siaran::corpus {
namespace fs = std::filesystem;
namespace {

using reader_support::lowered;
using reader_support::reject_at;

// Inside a folder, files that describe the folder rather than hold releases are skipped: a
// corpus folder with a README.md must not index its README. Dotfiles and dot-folders (.git,
// .DS_Store, editor swap files) are skipped too. A file named explicitly is always read.
bool is_folder_furniture(const fs::path& path) {
  const std::string name = lowered(path.filename().string());
  return name.starts_with(".") || name.starts_with("readme") || name.starts_with("license") ||
         name.starts_with("licence") || name.starts_with("copying") || name.ends_with("~");
}

// Wraps the caller's sink: every accepted record goes through the Enricher first, and a record
// the Enricher refuses becomes a Rejection at the record's location.
class EnrichingSink : public RecordSink {
 public:
  EnrichingSink(RecordSink& next, const Enricher& enricher) : next_(next), enricher_(enricher) {}

  void accept(Document doc, const SourceLocation& where) override {
    if (auto reason = enricher_.enrich(doc)) {
      reject_at(next_, where.file, where.line, std::move(*reason));
    } else {
      next_.accept(std::move(doc), where);
    }
  }
  void reject(const Rejection& rejection) override { next_.reject(rejection); }

 private:
  RecordSink& next_;
  const Enricher& enricher_;
};

}  // namespace

SourceSet::SourceSet(std::vector<std::string> sources, ReaderOptions options)
    : sources_(std::move(sources)), options_(std::move(options)) {}

// In a folder, only files of a format we read are taken (unless --format names one for all),
// so images or PDFs next to the releases are passed over rather than read as text.
std::vector<std::string> SourceSet::files() const {
  std::vector<std::string> out;
  std::set<std::string> seen;  // a file named twice (or inside a named folder) is read once
  auto add = [&out, &seen](const fs::path& path) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(path, ec);
    if (seen.insert(ec ? path.string() : canonical.string()).second) out.push_back(path.string());
  };
  for (const std::string& source : sources_) {
    if (source == "-") {
      if (seen.insert("-").second) out.push_back(source);
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(source, ec);
    if (ec || !fs::exists(status))
      throw std::runtime_error("source \"" + source + "\" does not exist");
    if (!fs::is_directory(status)) {
      add(source);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(source, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw std::runtime_error("cannot read folder \"" + source + "\": " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) throw std::runtime_error("cannot read folder \"" + source + "\": " + ec.message());
      const fs::path& path = it->path();
      if (is_folder_furniture(path)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      if (options_.format == Format::Auto && format_for_path(path.string()) == Format::Auto)
        continue;
      found.push_back(path);
    }
    std::sort(found.begin(), found.end());
    for (const fs::path& path : found) add(path);
  }
  return out;
}

void SourceSet::read_all(RecordSink& sink, const Enricher& enricher) const {
  EnrichingSink enriching(sink, enricher);
  for (const std::string& file : files()) {
    Format format = options_.format;
    if (format == Format::Auto) format = file == "-" ? Format::Jsonl : format_for_path(file);
    if (format == Format::Auto) {
      reject_at(sink, file, 0,
                "unknown file type \"" + fs::path(file).extension().string() +
                    "\": name its format with --format (jsonl, csv or text)");
      continue;
    }
    const std::unique_ptr<Reader> reader = make_reader(format, options_);
    if (file == "-") {
      reader->read(std::cin, file, enriching);
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      reject_at(sink, file, 0, std::string("cannot open: ") + std::strerror(errno));
      continue;
    }
    reader->read(in, file, enriching);
  }
}

}  // namespace siaran::corpus
