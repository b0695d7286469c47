#include "tests/reliability/reliability_support.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "index/schema.h"

namespace siaran::reliability {

namespace {

// Words of the synthetic releases: ordinary press-release vocabulary, nothing copied.
constexpr std::array<const char*, 48> kWords = {
    "warga",     "binaan",    "lapas",      "rutan",     "petugas",   "kegiatan",  "pembinaan", "remisi",
    "keluarga",  "kunjungan", "kesehatan",  "pelatihan", "kerja",     "sama",      "kepala",    "kantor",
    "wilayah",   "layanan",   "masyarakat", "program",   "narkoba",   "razia",     "integritas", "zona",
    "vaksinasi", "olahraga",  "pramuka",    "ibadah",    "keagamaan", "produksi",  "roti",      "batik",
    "perikanan", "pertanian", "sidang",     "pembebasan", "bersyarat", "asimilasi", "hukum",    "hak",
    "asasi",     "manusia",   "upacara",    "bhakti",    "teknologi", "informasi", "pengaduan", "keamanan"};
constexpr std::array<const char*, 6> kUnits = {"Lapas Kelas I Cipinang", "Rutan Kelas I Depok",
                                               "Lapas Kelas IIA Cibinong", "Bapas Kelas I Bandung",
                                               "LPKA Kelas I Tangerang", "Rupbasan Kelas I Jakarta Timur"};

// A small deterministic generator (the same bytes on every machine and compiler).
struct Lcg {
  uint64_t state;
  unsigned next(unsigned bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>((state >> 33) % bound);
  }
};

}  // namespace

std::string releases_jsonl(size_t count, unsigned edition) {
  std::ostringstream out;
  for (size_t i = 0; i < count; ++i) {
    // Every fifth release differs between editions; the others are the same in all of them.
    const unsigned variant = i % 5 == 0 ? edition : 0;
    Lcg rng{i * 7919 + variant * 104729 + 1};
    char id[32];
    std::snprintf(id, sizeof id, "rel-%05zu", i);
    std::string title;
    for (int w = 0; w < 6; ++w) title += std::string(w ? " " : "") + kWords[rng.next(kWords.size())];
    std::string body;
    for (int w = 0; w < 140; ++w) {
      body += kWords[rng.next(kWords.size())];
      body += (w % 14 == 13) ? ". " : " ";
    }
    char date[16];
    std::snprintf(date, sizeof date, "20%02u-%02u-%02u", 19 + rng.next(6), 1 + rng.next(12), 1 + rng.next(28));
    out << "{\"id\":\"" << id << "\",\"title\":\"" << title << "\",\"date\":\"" << date << "\",\"unit\":\""
        << kUnits[rng.next(kUnits.size())] << "\",\"body\":\"" << body << "\"}\n";
  }
  return out.str();
}

std::filesystem::path write_releases(const std::filesystem::path& file, size_t count, unsigned edition) {
  std::ofstream(file, std::ios::binary) << releases_jsonl(count, edition);
  return file;
}

IndexFingerprint fingerprint(const std::filesystem::path& db) {
  IndexFingerprint f;
  try {
    Xapian::Database database(db.string());
    f.documents = database.get_doccount();
    f.total_length = database.get_total_length();
    const std::string id_prefix(index::schema::kId);
    for (auto t = database.allterms_begin(id_prefix); t != database.allterms_end(id_prefix); ++t) {
      Xapian::PostingIterator p = database.postlist_begin(*t);
      f.id_hashes[(*t).substr(id_prefix.size())] = database.get_document(*p).get_value(index::schema::kHashSlot);
    }
    for (auto s = database.spellings_begin(); s != database.spellings_end(); ++s) f.spelling[*s] = s.get_termfreq();
  } catch (const Xapian::Error& e) {
    ADD_FAILURE() << "cannot read the index in " << db << ": " << e.get_description();
  }
  std::ifstream stub(db / "XAPIANDB");
  std::getline(stub, f.generation);
  return f;
}

std::vector<std::string> folder_entries(const std::filesystem::path& db) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(db, ec)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> generation_folders(const std::filesystem::path& db) {
  return folder_entries(db / "generations");
}

RunResult index_command(const std::string& command, const std::filesystem::path& db,
                        const std::vector<std::string>& more, ChildOptions options) {
  std::vector<std::string> argv = {index_binary().string(), command, "--db", db.string()};
  argv.insert(argv.end(), more.begin(), more.end());
  return run(argv, options);
}

std::vector<std::string> nonempty_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace siaran::reliability
