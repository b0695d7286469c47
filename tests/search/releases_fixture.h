// Sixteen short releases written for these tests (not real ones), indexed through the real
// index::IndexWriter into a temporary DatabaseDir, plus helpers to compute by hand what a search
// should find.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "corpus/document.h"
#include "index/database_dir.h"
#include "index/index_writer.h"
#include "tests/support/test_paths.h"

namespace siaran::search::testing {

inline corpus::Document release(std::string id, std::string date, std::string unit, std::string region,
                                std::string topic, std::string title, std::string body) {
  corpus::Document d;
  d.id = std::move(id);
  d.date = std::move(date);
  d.unit = std::move(unit);
  d.region = std::move(region);
  d.topic = std::move(topic);
  d.title = std::move(title);
  d.body = std::move(body);
  d.source = "test";
  return d;
}

inline std::vector<corpus::Document> test_releases() {
  const std::string ditjenpas = "Direktorat Jenderal Pemasyarakatan";
  const std::string cibinong = "Lapas Kelas IIA Cibinong";
  const std::string medan = "Lapas Kelas I Medan";
  const std::string narkotika_jkt = "Lapas Narkotika Kelas IIA Jakarta";
  const std::string bandung = "Bapas Kelas I Bandung";
  return {
      release("r01", "2022-11-08", ditjenpas, "Jawa Barat", "Kehumasan",
              "Lokakarya Kehumasan Ditjenpas di Bogor",
              "Direktorat Jenderal Pemasyarakatan menggelar Lokakarya Kehumasan bagi petugas humas "
              "dari seluruh Indonesia.\n\nPeserta belajar menulis siaran pers dan mengelola media "
              "sosial selama tiga hari."),
      release("r02", "2023-05-17", cibinong, "Jawa Barat", "Pembinaan",
              "Pelatihan Barista bagi Warga Binaan",
              "Lapas Cibinong melatih warga binaan meracik kopi. Pelatihan barista ini bagian dari "
              "program pembinaan kemandirian."),
      release("r03", "2023-04-22", medan, "Sumatera Utara", "Remisi & Integrasi",
              "Remisi Idul Fitri untuk Narapidana",
              "Sebanyak 500 narapidana menerima remisi Idul Fitri. Remisi diberikan kepada narapidana "
              "yang berkelakuan baik."),
      release("r04", "2021-08-17", "Lapas Kelas IIA Ambon", "Maluku", "Remisi & Integrasi",
              "Remisi Kemerdekaan HUT RI",
              "Pada peringatan kemerdekaan, ratusan narapidana memperoleh remisi umum."),
      release("r05", "2021-11-18", narkotika_jkt, "DKI Jakarta", "Keamanan", "Razia Kamar Hunian",
              "Petugas menggeledah kamar hunian dan menemukan barang terlarang. Tes urine juga "
              "dilakukan malam itu."),
      release("r06", "2022-10-20", "Lapas Kelas IIB Nunukan", "Kalimantan Utara", "Keamanan",
              "Tes Urine Petugas dan Narapidana",
              "Tes urine dilakukan bersama BNN untuk memastikan lapas bersih dari narkoba."),
      release("r07", "2023-01-19", "Rutan Kelas IIB Wonosobo", "Jawa Tengah", "Pembinaan",
              "Wisuda Santri Rutan Wonosobo",
              "Warga binaan yang menamatkan pesantren di rutan diwisuda. Pembinaan kepribadian "
              "dilakukan setiap hari."),
      release("r08", "2022-02-15", bandung, "Jawa Barat", "Remisi & Integrasi",
              "Pembebasan Bersyarat Klien Bapas",
              "Bapas Bandung membimbing klien yang menjalani pembebasan bersyarat agar kembali ke "
              "masyarakat."),
      release("r09", "2021-12-02", "LPKA Kelas I Tangerang", "Banten", "Pendidikan",
              "Ujian Kesetaraan Anak Binaan",
              "Anak binaan LPKA mengikuti ujian kesetaraan paket B dan paket C."),
      release("r10", "2022-03-24", cibinong, "Jawa Barat", "Kesehatan", "Skrining TBC di Lapas Cibinong",
              "Seluruh warga binaan Lapas Cibinong menjalani skrining tuberkulosis bersama dinas "
              "kesehatan."),
      release("r11", "2021-06-22", medan, "Sumatera Utara", "Kesehatan", "Vaksinasi Covid-19 Warga Binaan",
              "Ribuan warga binaan menerima vaksin covid-19 dosis pertama."),
      release("r12", "2022-11-29", ditjenpas, "DKI Jakarta", "Kehumasan", "Pelatihan Jurnalistik untuk Humas",
              "Petugas humas dibina menulis berita yang baik. Kehumasan yang kuat membangun "
              "kepercayaan publik."),
      release("r13", "2023-03-16", "Kantor Wilayah Jawa Timur", "Jawa Timur", "Kehumasan", "Anugerah Humas UPT",
              "Kanwil memberi penghargaan kepada UPT dengan publikasi terbaik."),
      release("r14", "2023-07-11", narkotika_jkt, "DKI Jakarta", "Kesehatan", "Rehabilitasi Narkotika",
              "Program rehabilitasi sosial bagi narapidana pengguna narkotika dimulai."),
      release("r15", "2023-09-07", bandung, "Jawa Barat", "Pembinaan", "Kerja Sama dengan Disnaker",
              "Bapas Bandung dan Disnaker menandatangani perjanjian pelatihan kerja bagi klien."),
      release("r16", "", "", "", "", "Catatan Tanpa Tanggal",
              "Dokumen tanpa tanggal <script>alert('x')</script> & \"kutipan\" untuk uji keamanan "
              "tampilan."),
  };
}

// Builds `docs` as a new generation of `dir` and publishes it.
inline void build_index(const std::filesystem::path& dir, const std::vector<corpus::Document>& docs) {
  index::DatabaseDir database(dir);
  index::IndexWriter writer(database, index::WriteMode::Build, analyzers::AnalyzerOptions{});
  for (const corpus::Document& d : docs) writer.add(d);
  writer.commit();
}

inline std::vector<std::string> ids_where(const std::vector<corpus::Document>& docs,
                                          const std::function<bool(const corpus::Document&)>& keep) {
  std::vector<std::string> ids;
  for (const corpus::Document& d : docs) {
    if (keep(d)) ids.push_back(d.id);
  }
  return ids;
}

}  // namespace siaran::search::testing
