// siaran-gen-corpus N OUT.jsonl [--seed S] [--from PATH]... [--map SPEC] [--date-format F]
//
// Writes N synthetic releases as canonical JSONL, learned from the text of the --from sources
// (any file or folder siaran-index reads; default: the sample corpus). See release_generator.h.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "bench/release_generator.h"
#include "bench/text_model.h"
#include "corpus/enricher.h"
#include "corpus/source_set.h"

namespace {

using namespace siaran;

struct Options {
  uint64_t count = 0;
  std::string out;
  uint64_t seed = 1;
  std::vector<std::string> sources;
  corpus::ReaderOptions reader;
  unsigned threads = 0;
};

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "siaran-gen-corpus: " << why << "\n"
            << "usage: siaran-gen-corpus N OUT.jsonl [--seed S] [--from PATH]... [--map SPEC]"
               " [--date-format F] [--threads T]\n"
               "  N releases of about 3 kB, learned from PATH (files/folders siaran-index reads;\n"
               "  default: corpus/sample of the source tree). OUT '-' writes to stdout.\n";
  std::exit(2);
}

uint64_t parse_number(const std::string& text, const char* what) {
  // std::stoull skips blanks and takes a '-' (wrapping "-1" to 2^64 - 1): digits only here.
  if (text.empty() || text[0] < '0' || text[0] > '9')
    usage(std::string(what) + " must be a non-negative integer, not '" + text + "'");
  try {
    size_t used = 0;
    const unsigned long long v = std::stoull(text, &used);
    if (used != text.size()) throw std::invalid_argument(text);
    return v;
  } catch (const std::exception&) {
    usage(std::string(what) + " must be a non-negative integer, not '" + text + "'");
  }
}

Options parse(int argc, char** argv) {
  Options o;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--seed") o.seed = parse_number(value(), "--seed");
    else if (arg == "--from") o.sources.push_back(value());
    else if (arg == "--map") o.reader.csv_map = corpus::parse_csv_map(value());
    else if (arg == "--date-format") o.reader.date_format = value();
    else if (arg == "--threads") {
      const uint64_t threads = parse_number(value(), "--threads");
      if (threads > 256) usage("--threads must be at most 256, not " + std::to_string(threads));
      o.threads = static_cast<unsigned>(threads);
    }
    else if (arg == "-h" || arg == "--help") usage("help");
    else if (arg.size() > 1 && arg[0] == '-' ) usage("unknown option " + arg);
    else positional.push_back(arg);
  }
  if (positional.size() != 2) usage("expected N and OUT");
  o.count = parse_number(positional[0], "N");
  o.out = positional[1];
  if (o.sources.empty()) o.sources.push_back(SIARAN_SOURCE_DIR "/corpus/sample");
  if (o.threads == 0) o.threads = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  return o;
}

// Feeds every record's body and title to the two models.
class ModelSink : public corpus::RecordSink {
 public:
  ModelSink(bench::TextModel& body, bench::TextModel& titles) : body_(body), titles_(titles) {}
  void accept(corpus::Document doc, const corpus::SourceLocation&) override {
    body_.learn(doc.body);
    titles_.learn(doc.title);
    ++accepted;
  }
  void reject(const corpus::Rejection& r) override {
    if (++rejected <= 5) std::cerr << "skipped " << r.where.file << ":" << r.where.line << ": " << r.reason << "\n";
  }
  size_t accepted = 0, rejected = 0;

 private:
  bench::TextModel& body_;
  bench::TextModel& titles_;
};

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse(argc, argv);
  const auto started = std::chrono::steady_clock::now();
  bench::TextModel body_model, title_model;
  try {
    ModelSink sink(body_model, title_model);
    corpus::SourceSet(o.sources, o.reader).read_all(sink, corpus::Enricher());
    if (sink.accepted == 0) {
      std::cerr << "siaran-gen-corpus: no releases could be read from the sources\n";
      return 1;
    }
    body_model.finish();
    title_model.finish();
    std::cerr << "learned from " << sink.accepted << " releases (" << sink.rejected << " skipped): "
              << body_model.vocabulary_size() << " words, " << body_model.sentence_count() << " sentences\n";
  } catch (const std::exception& e) {
    std::cerr << "siaran-gen-corpus: " << e.what() << "\n";
    return 1;
  }

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (o.out != "-") {
    file.open(o.out, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "siaran-gen-corpus: cannot write " << o.out << ": " << std::strerror(errno) << "\n";
      return 1;
    }
    out = &file;
  }

  const bench::ReleaseGenerator generator(body_model, title_model, o.seed);
  // Batches generated by all threads at once, written in order: output is independent of --threads.
  constexpr uint64_t kBatch = 512;
  std::vector<std::string> buffers(o.threads);
  uint64_t bytes = 0;
  std::vector<std::string> failures(o.threads);  // a worker's error, reported after the join
  for (uint64_t base = 0; base < o.count; base += kBatch * o.threads) {
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < o.threads; ++t) {
      workers.emplace_back([&, t] {
        std::string& buf = buffers[t];
        buf.clear();
        const uint64_t lo = base + t * kBatch;
        const uint64_t hi = std::min(o.count, lo + kBatch);
        try {
          for (uint64_t i = lo; i < hi; ++i) bench::append_jsonl(generator.make(i), buf);
        } catch (const std::exception& e) {
          failures[t] = e.what();
        }
      });
    }
    for (auto& w : workers) w.join();
    for (const std::string& failure : failures) {
      if (!failure.empty()) {
        std::cerr << "siaran-gen-corpus: " << failure << "\n";
        return 1;
      }
    }
    for (const std::string& buf : buffers) {
      out->write(buf.data(), static_cast<std::streamsize>(buf.size()));
      bytes += buf.size();
    }
    if (!*out) {
      std::cerr << "siaran-gen-corpus: write failed on " << o.out << "\n";
      return 1;
    }
  }
  out->flush();
  if (!*out) {
    std::cerr << "siaran-gen-corpus: write failed on " << o.out << "\n";
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(stderr, "wrote %llu releases, %.1f MB in %.1f s (%.0f releases/s)\n",
               static_cast<unsigned long long>(o.count), bytes / 1e6, seconds, o.count / seconds);
  return 0;
}
