#include "tests/searchd/fixture_index.h"

#include <sstream>
#include <stdexcept>

#include "analyzers/analyzer.h"
#include "corpus/reader.h"
#include "index/database_dir.h"
#include "index/index_writer.h"

namespace siaran::searchd::testing {

const std::string& fixture_jsonl() {
  static const std::string jsonl = R"jsonl({"id":"f01","title":"Lokakarya Kehumasan Pemasyarakatan","date":"2023-11-08","unit":"Direktorat Jenderal Pemasyarakatan","region":"DKI Jakarta","topic":"Kehumasan","body":"Direktorat Jenderal Pemasyarakatan menggelar lokakarya bagi petugas humas dari seluruh Indonesia.\n\nPeserta belajar menulis siaran pers yang jelas dan cepat."}
{"id":"f02","title":"Petugas Humas Lapas Cibinong Ikuti Pelatihan Menulis","date":"2023-11-20","unit":"Lapas Kelas IIA Cibinong","region":"Jawa Barat","topic":"Kehumasan","body":"Lokakarya kehumasan pemasyarakatan diikuti petugas. Lokakarya kehumasan pemasyarakatan membahas media sosial. Lokakarya kehumasan pemasyarakatan ditutup Kalapas."}
{"id":"f03","title":"Rutan Depok Perkuat Tim Media","date":"2023-12-01","unit":"Rutan Kelas I Depok","region":"Jawa Barat","topic":"Kehumasan","body":"Setelah lokakarya, tim kehumasan Rutan Depok rutin memotret kegiatan pemasyarakatan dan menulis berita."}
{"id":"f04","title":"Upacara Hari Bhakti Pemasyarakatan ke-59","date":"2023-04-27","unit":"Lapas Kelas IIA Ambon","region":"Maluku","topic":"Seremoni","body":"Seluruh pegawai Lapas Ambon mengikuti upacara peringatan Hari Bhakti Pemasyarakatan ke-59 di lapangan utama."}
{"id":"f05","title":"Bakti Sosial Pegawai di Hari Libur","date":"2023-05-03","unit":"Bapas Kelas I Bandung","region":"Jawa Barat","topic":"Seremoni","body":"Pada hari libur, pegawai Bapas Bandung melakukan bhakti sosial. Kegiatan pemasyarakatan ini mempererat hubungan dengan warga."}
{"id":"f06","title":"Waspada Pesan Palsu <script> Mengatasnamakan Lapas","date":"2024-02-14","unit":"Lapas Kelas IIA Cibinong","region":"Jawa Barat","topic":"Layanan","body":"Masyarakat diminta waspada terhadap pesan berisi <script>alert(\"x\")</script> yang mengaku dari \"petugas\" Lapas. Layanan kunjungan resmi & gratis hanya lewat loket. Kata 'gratis' ditegaskan Kalapas."}
{"id":"f07","title":"Ratusan Warga Binaan Lapas Cibinong Terima Remisi Idul Fitri","date":"2022-05-02","unit":"Lapas Kelas IIA Cibinong","region":"Jawa Barat","topic":"Remisi & Integrasi","body":"Sebanyak 312 warga binaan menerima remisi khusus Idul Fitri. Kalapas menyerahkan surat keputusan remisi secara simbolis."}
{"id":"f08","title":"Remisi HUT RI untuk Warga Binaan Lapas Ambon","date":"2022-08-17","unit":"Lapas Kelas IIA Ambon","region":"Maluku","topic":"Remisi & Integrasi","body":"Warga binaan Lapas Ambon menerima remisi umum pada peringatan HUT Kemerdekaan RI."}
{"id":"f09","title":"Rutan Depok Usulkan Remisi Natal","date":"2022-12-20","unit":"Rutan Kelas I Depok","region":"Jawa Barat","topic":"Remisi & Integrasi","body":"Rutan Depok mengusulkan remisi khusus Natal bagi warga binaan yang memenuhi syarat berkelakuan baik."}
{"id":"f10","title":"Remisi Ditolak bagi Bandar Narkoba","date":"2023-08-17","unit":"Kanwil Kemenkumham Jawa Timur","region":"Jawa Timur","topic":"Remisi & Integrasi","body":"Kanwil menegaskan remisi tidak diberikan kepada bandar narkoba yang melanggar tata tertib."}
{"id":"f11","title":"Pembebasan Bersyarat dan Remisi di Bapas Bandung","date":"2024-01-10","unit":"Bapas Kelas I Bandung","region":"Jawa Barat","topic":"Remisi & Integrasi","body":"Klien Bapas Bandung mendapat pembimbingan setelah menerima remisi dan pembebasan bersyarat."}
{"id":"f12","title":"Pelatihan Barista bagi Warga Binaan","date":"2023-05-17","unit":"Lapas Kelas IIA Cibinong","region":"Jawa Barat","topic":"Pembinaan","body":"Warga binaan Lapas Cibinong belajar meracik kopi sebagai bekal kemandirian setelah bebas."}
{"id":"f13","title":"Layanan Video Call Keluarga di Rutan Depok","date":"2021-03-09","unit":"Rutan Kelas I Depok","region":"Jawa Barat","topic":"Layanan","body":"Keluarga warga binaan dapat berkunjung lewat panggilan video selama pembatasan kunjungan tatap muka."}
{"id":"f14","title":"Vaksinasi Covid-19 bagi Warga Binaan Lapas Ambon","date":"2021-06-22","unit":"Lapas Kelas IIA Ambon","region":"Maluku","topic":"Kesehatan","body":"Lapas Ambon bekerja sama dengan dinas kesehatan memberikan vaksinasi kepada warga binaan dan pegawai."}
{"id":"f15","title":"Kanwil Jawa Timur Razia Kamar Hunian","date":"2021-10-05","unit":"Kanwil Kemenkumham Jawa Timur","region":"Jawa Timur","topic":"Keamanan","body":"Tim gabungan Kanwil menggeledah kamar hunian dan menyita telepon genggam serta benda terlarang."}
{"id":"f16","title":"Pameran Karya Warga Binaan","unit":"Bapas Kelas I Bandung","region":"Jawa Barat","topic":"Pembinaan","body":"Karya kerajinan tangan warga binaan dipamerkan di aula Bapas Bandung dan dijual kepada pengunjung."}
)jsonl";
  return jsonl;
}

const std::vector<corpus::Document>& fixture_documents() {
  static const std::vector<corpus::Document> docs = [] {
    struct Sink : corpus::RecordSink {
      std::vector<corpus::Document> docs;
      void accept(corpus::Document doc, const corpus::SourceLocation&) override { docs.push_back(std::move(doc)); }
      void reject(const corpus::Rejection& r) override { throw std::runtime_error("fixture rejected: " + r.reason); }
    } sink;
    std::istringstream in(fixture_jsonl());
    corpus::make_reader(corpus::Format::Jsonl, {})->read(in, "fixture.jsonl", sink);
    return sink.docs;
  }();
  return docs;
}

void build_index(const std::filesystem::path& db_dir, const std::vector<corpus::Document>& docs) {
  index::DatabaseDir dir(db_dir);
  index::IndexWriter writer(dir, index::WriteMode::Build, analyzers::AnalyzerOptions{});
  for (const corpus::Document& d : docs) writer.add(d);
  writer.commit();
}

std::unique_ptr<Server> start_server(const std::filesystem::path& db_dir, ServerConfig config) {
  config.db = db_dir;
  config.listen = ListenAddress::parse("127.0.0.1:0");
  config.threads = 2;
  config.log = nullptr;
  auto server = std::make_unique<Server>(std::move(config));
  server->start();
  return server;
}

}  // namespace siaran::searchd::testing

namespace siaran::searchd::testing {

std::unique_ptr<Server> start_server(const std::filesystem::path& db_dir) {
  ServerConfig config;
  return start_server(db_dir, std::move(config));
}

}  // namespace siaran::searchd::testing
