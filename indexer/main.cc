// siaran-index: builds and maintains an archive index. Thin on purpose: parse the arguments
// (CLI11), call one command of indexer/commands.h, turn exceptions into messages and exit codes.
#include <iostream>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "index/database_dir.h"
#include "indexer/commands.h"
#include "indexer/exit_codes.h"

#ifndef SIARAN_VERSION
#define SIARAN_VERSION "dev"
#endif

namespace {

using namespace siaran::indexer;

constexpr const char* kFooter = R"(SOURCE is a file, a folder (read recursively; README*, LICENSE* and dot-files are skipped)
or - (JSONL on standard input). Every rejected record is listed as FILE:LINE: REASON.

Exit status: 0 all records accepted, 3 some rejected (the rest was indexed), 2 usage error,
1 fatal error (the live index is unchanged), 130 interrupted (the live index is unchanged).)";

void add_source_options(CLI::App& command, SourceArgs& args) {
  command.add_option("--format", args.format, "Reader for every SOURCE; auto picks by extension")
      ->type_name("auto|jsonl|csv|text")
      ->capture_default_str();
  command.add_option("--map", args.map, "CSV columns of the document fields, e.g. title=judul,body=isi_berita")
      ->type_name("FIELD=COLUMN,...");
  command.add_option("--date-format", args.date_format, "strptime format of the source's dates, e.g. '%m/%d/%Y %H:%M'")
      ->type_name("FMT");
  command.add_flag("-v,--verbose", args.verbose, "List every rejected record (default: the first 100)");
  command.add_option("SOURCE", args.sources, "Files, folders, or - for JSONL on standard input")
      ->type_name("PATH")
      ->required();
}

void report(const std::string& message) { std::cerr << "siaran-index: error: " << message << std::endl; }

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);

  CLI::App app("siaran-index " SIARAN_VERSION
               " - builds and maintains Siaran archive indexes (Xapian) of press releases",
               "siaran-index");
  app.require_subcommand(1);
  app.footer(kFooter);
  app.set_version_flag("--version", "siaran-index " SIARAN_VERSION);

  IndexArgs build_args, update_args;
  build_args.stemmer = "snowball";
  std::string update_stemmer;
  CLI::App* build = app.add_subcommand("build", "Build a new index from SOURCEs aside and make it live atomically");
  build->add_option("--db", build_args.db, "Index folder (created if missing)")->required()->type_name("DIR");
  add_source_options(*build, build_args.source);
  build->add_option("--stemmer", *build_args.stemmer, "Stemmer used for the index")
      ->type_name("snowball|lexicon|none")
      ->capture_default_str();
  build_args.shards = 1;
  build->add_option("--shards", build_args.shards,
                    "Split the index into N Xapian databases by a hash of the id (FNV-1a 64 mod N), one "
                    "per xapian-tcpsrv; update and delete follow the index's own count")
      ->type_name("N")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  build_args.threads = update_args.threads = siaran::index::default_build_threads();  // update: when it builds
  build->add_option("--threads", build_args.threads,
                    "Threads that analyse and write sub-databases at once, merged into the index at the "
                    "end (default: one per core; 1 writes the index directly)")
      ->type_name("N")
      ->check(CLI::Range(1u, 64u))
      ->capture_default_str();

  build->add_option("--synonyms", build_args.synonyms,
                    "Synonym file for the index, shipped or none (default: the shipped analyzers/data/synonyms.txt)")
      ->type_name("FILE|shipped|none");

  CLI::App* update = app.add_subcommand(
      "update", "Add or replace records by id in the live index; unchanged records are skipped");
  update->add_option("--db", update_args.db, "Index folder")->required()->type_name("DIR");
  add_source_options(*update, update_args.source);
  CLI::Option* update_stemmer_option =
      update->add_option("--stemmer", update_stemmer, "Must match the index's (default: the index's own)")
          ->type_name("snowball|lexicon|none");
  update->add_option("--synonyms", update_args.synonyms, "Replace the index's synonym table (default: keep it)")
      ->type_name("FILE|shipped|none");

  std::string delete_db;
  std::vector<std::string> delete_ids;
  CLI::App* remove = app.add_subcommand("delete", "Delete documents by id");
  remove->add_option("--db", delete_db, "Index folder")->required()->type_name("DIR");
  remove->add_option("ID", delete_ids, "Ids of the documents to delete")->type_name("ID")->required();

  SynonymsArgs synonyms_args;
  CLI::App* synonyms = app.add_subcommand(
      "synonyms", "Replace the synonym table of the live index in place (one commit, no reindexing)");
  synonyms->add_option("--db", synonyms_args.db, "Index folder")->type_name("DIR");
  synonyms->add_option("FILE", synonyms_args.file, "Synonym file (format: siaran-index synonyms --print-shipped)")
      ->type_name("FILE|shipped|none");
  synonyms->add_flag("--check", synonyms_args.check, "Only read FILE and report its groups or its errors");
  synonyms->add_flag("--print-shipped", synonyms_args.print_shipped, "Print the shipped synonym file and exit");

  std::string stats_db;
  CLI::App* stats = app.add_subcommand("stats", "Print what the index holds as JSON");
  stats->add_option("--db", stats_db, "Index folder")->required()->type_name("DIR");

  SourceArgs parse_args;
  CLI::App* parse = app.add_subcommand(
      "parse", "Print every record of SOURCEs as canonical JSONL (derived fields included); index nothing");
  add_source_options(*parse, parse_args);

  std::string analyze_stemmer = "snowball";
  CLI::App* analyze =
      app.add_subcommand("analyze", "Print token<TAB>term for each token of the text on standard input");
  analyze->add_option("--stemmer", analyze_stemmer, "Stemmer")->type_name("snowball|lexicon|none")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    report(e.what());
    std::cerr << "Run `siaran-index --help` (or `siaran-index COMMAND --help`) for usage." << std::endl;
    return kExitUsage;
  }

  try {
    if (build->parsed()) return run_index(build_args, siaran::index::WriteMode::Build);
    if (update->parsed()) {
      if (update_stemmer_option->count() > 0) update_args.stemmer = update_stemmer;
      return run_index(update_args, siaran::index::WriteMode::Update);
    }
    if (remove->parsed()) return run_delete(delete_db, delete_ids);
    if (stats->parsed()) return run_stats(stats_db);
    if (synonyms->parsed()) return run_synonyms(synonyms_args);
    if (parse->parsed()) return run_parse(parse_args);
    if (analyze->parsed()) return run_analyze(analyze_stemmer);
  } catch (const UsageError& e) {
    report(e.what());
    return kExitUsage;
  } catch (const std::exception& e) {
    report(e.what());
    return kExitFatal;
  } catch (const Xapian::Error& e) {
    report(e.get_description());
    return kExitFatal;
  }
  return kExitUsage;
}
