// UnitGazetteer: canonical unit names from the many ways releases write them, their provinces,
// the issuer's zone order, no false matches, and the consistency of the shipped tables.
#include "corpus/unit_gazetteer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "corpus/text_scan.h"
#include "tests/support/test_paths.h"

namespace siaran::corpus {
namespace {

struct Spelling {
  const char* written;
  const char* unit;
  const char* region;
};

class UnitSpellings : public ::testing::TestWithParam<Spelling> {};

TEST_P(UnitSpellings, CanonicaliseToOneName) {
  const UnitGazetteer gazetteer;
  const Spelling& s = GetParam();
  const auto found = gazetteer.lookup(s.written);
  ASSERT_TRUE(found) << s.written;
  EXPECT_EQ(found->unit, s.unit) << s.written;
  EXPECT_EQ(found->region, s.region) << s.written;
  EXPECT_EQ(found->text, s.written);
}

INSTANTIATE_TEST_SUITE_P(
    Table, UnitSpellings,
    ::testing::Values(
        // Type names written out, and class spellings.
        Spelling{"Lembaga Pemasyarakatan Kelas IIA Cibinong", "Lapas Kelas IIA Cibinong", "Jawa Barat"},
        Spelling{"Lapas Klas 2A Cibinong", "Lapas Kelas IIA Cibinong", "Jawa Barat"},
        Spelling{"Lapas Kelas II A Cibinong", "Lapas Kelas IIA Cibinong", "Jawa Barat"},
        Spelling{"Lapas Kelas II-A Cibinong", "Lapas Kelas IIA Cibinong", "Jawa Barat"},
        Spelling{"LAPAS KELAS IIA CIBINONG", "Lapas Kelas IIA Cibinong", "Jawa Barat"},
        Spelling{"Lapas Kls. IIA Cibinong", "Lapas Kelas IIA Cibinong", "Jawa Barat"},
        Spelling{"Lapas Cibinong", "Lapas Kelas IIA Cibinong", "Jawa Barat"},
        Spelling{"Kalapas Cibinong", "Lapas Kelas IIA Cibinong", "Jawa Barat"},
        Spelling{"Rumah Tahanan Negara Kelas I Depok", "Rutan Kelas I Depok", "Jawa Barat"},
        Spelling{"Rutan Klas 1 Depok", "Rutan Kelas I Depok", "Jawa Barat"},
        Spelling{"Balai Pemasyarakatan Kelas II Bogor", "Bapas Kelas II Bogor", "Jawa Barat"},
        Spelling{"Lembaga Pembinaan Khusus Anak Kelas I Tangerang", "LPKA Kelas I Tangerang", "Banten"},
        Spelling{"Rumah Penyimpanan Benda Sitaan Negara Kelas I Jakarta Pusat",
                 "Rupbasan Kelas I Jakarta Pusat", "DKI Jakarta"},
        Spelling{"Lapas Kelas IIB Majalengka", "Lapas Kelas IIB Majalengka", "Jawa Barat"},
        Spelling{"Lapas Kelas 3 Rangkasbitung", "Lapas Kelas III Rangkasbitung", "Banten"},
        // The abbreviation in parentheses that a first mention carries.
        Spelling{"Lembaga Pemasyarakatan (Lapas) Kelas IIA Kupang", "Lapas Kelas IIA Kupang",
                 "Nusa Tenggara Timur"},
        Spelling{"Balai Pemasyarakatan (Bapas) Kelas I Bandung", "Bapas Kelas I Bandung", "Jawa Barat"},
        Spelling{"Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Jawa Timur",
                 "Kanwil Kemenkumham Jawa Timur", "Jawa Timur"},
        // Qualifiers, before or after the class; "Wanita" is the older "Perempuan".
        Spelling{"Lapas Narkotika Kelas IIA Jakarta", "Lapas Narkotika Kelas IIA Jakarta", "DKI Jakarta"},
        Spelling{"Lapas Kelas IIA Narkotika Jakarta", "Lapas Narkotika Kelas IIA Jakarta", "DKI Jakarta"},
        Spelling{"Lapas Perempuan Kelas IIA Semarang", "Lapas Perempuan Kelas IIA Semarang", "Jawa Tengah"},
        Spelling{"Lapas Wanita Klas IIA Semarang", "Lapas Perempuan Kelas IIA Semarang", "Jawa Tengah"},
        Spelling{"Lapas Pemuda Tangerang", "Lapas Pemuda Kelas IIA Tangerang", "Banten"},
        Spelling{"Lapas Tangerang", "Lapas Kelas I Tangerang", "Banten"},
        // Places known only through a unit's name, city spellings, other names.
        Spelling{"Lapas Kelas I Batu Nusakambangan", "Lapas Kelas I Batu Nusakambangan", "Jawa Tengah"},
        Spelling{"Lapas Pasir Putih Nusakambangan", "Lapas Kelas IIA Pasir Putih Nusakambangan", "Jawa Tengah"},
        Spelling{"Rutan Kelas IIA Tanjung Pinang", "Rutan Kelas IIA Tanjungpinang", "Kepulauan Riau"},
        Spelling{"Lapas Sukamiskin", "Lapas Kelas I Sukamiskin", "Jawa Barat"},
        Spelling{"Lapas Banceuy", "Lapas Narkotika Kelas IIA Bandung", "Jawa Barat"},
        Spelling{"Rutan Salemba", "Rutan Kelas I Jakarta Pusat", "DKI Jakarta"},
        Spelling{"Lapas Kelas IIB Wamena", "Lapas Kelas IIB Wamena", "Papua Pegunungan"},
        // National and regional offices.
        Spelling{"Direktorat Jenderal Pemasyarakatan", "Ditjenpas", "DKI Jakarta"},
        Spelling{"Ditjen PAS", "Ditjenpas", "DKI Jakarta"},
        Spelling{"Kementerian Hukum dan HAM", "Kemenkumham", "DKI Jakarta"},
        Spelling{"Kanwil Kemenkumham Jabar", "Kanwil Kemenkumham Jawa Barat", "Jawa Barat"},
        Spelling{"Kantor Wilayah Kementerian Hukum dan HAM Provinsi Jawa Barat",
                 "Kanwil Kemenkumham Jawa Barat", "Jawa Barat"},
        Spelling{"Kanwil Kementerian Hukum dan Hak Asasi Manusia Sulawesi Selatan",
                 "Kanwil Kemenkumham Sulawesi Selatan", "Sulawesi Selatan"},
        Spelling{"Kakanwil Kemenkumham Bali", "Kanwil Kemenkumham Bali", "Bali"},
        Spelling{"Kanwil Ditjenpas DKI Jakarta", "Kanwil Ditjenpas DKI Jakarta", "DKI Jakarta"},
        Spelling{"Kanwil Ditjenpas Papua Barat Daya", "Kanwil Ditjenpas Papua Barat Daya",
                 "Papua Barat Daya"},
        Spelling{"Kanwil Kemenkumham D.I. Yogyakarta", "Kanwil Kemenkumham DI Yogyakarta",
                 "DI Yogyakarta"}));

TEST(UnitGazetteer, EveryProvinceHasItsRegionalOffices) {
  const UnitGazetteer gazetteer;
  const char* provinces[] = {
      "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
      "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta",
      "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali",
      "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
      "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo",
      "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku",
      "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan", "Papua Tengah",
      "Papua Pegunungan"};
  EXPECT_EQ(gazetteer.province_count(), std::size(provinces));
  for (const std::string province : provinces) {
    for (const std::string office : {"Kanwil Kemenkumham ", "Kanwil Ditjenpas "}) {
      auto found = gazetteer.lookup(office + province);
      ASSERT_TRUE(found) << office << province;
      EXPECT_EQ(found->unit, office + province);
      EXPECT_EQ(found->region, province);
      EXPECT_EQ(found->kind, UnitMatch::Kind::Regional);
    }
    auto written_out = gazetteer.lookup("Kantor Wilayah Kementerian Hukum dan HAM " + province);
    ASSERT_TRUE(written_out) << province;
    EXPECT_EQ(written_out->region, province);
  }
}

TEST(UnitGazetteer, NoFalseMatches) {
  const UnitGazetteer gazetteer;
  const char* texts[] = {
      "Petugas lapas menjaga ketertiban blok hunian.",       // a type without a place
      "Rapat kelapasan Cibinong dan rutanisasi Depok.",      // the type inside another word
      "Lapas Kelas IIA menggelar apel pagi.",                // a class but no place
      "Lapas Kelas IV Cibinong",                              // no such class
      "Laporan LP/B/123/2024 diterima Polres Bogor.",        // LP as a police report number
      "Kanwil Ditjenpas setempat menggelar rapat.",          // a regional office of no province
      "Kantor Wilayah DJP Jawa Barat mengumumkan pajak.",    // another ministry's regional office
      "Lapas (yang baru dibangun di) Cibinong",              // not an abbreviation in parentheses
  };
  for (const char* text : texts) {
    const auto found = gazetteer.find_all(text);
    EXPECT_TRUE(found.empty()) << text << " -> " << found.front().unit;
  }
  EXPECT_FALSE(gazetteer.lookup("Rutan Depok hari ini"));  // lookup wants one name, nothing else
  EXPECT_FALSE(gazetteer.lookup(""));
}

TEST(UnitGazetteer, FindAllListsEveryUnitInOrder) {
  const UnitGazetteer gazetteer;
  const std::string text =
      "Kalapas Kelas IIA Cibinong menerima Kakanwil Kemenkumham Jabar dan tim Ditjenpas.";
  const auto found = gazetteer.find_all(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].unit, "Lapas Kelas IIA Cibinong");
  EXPECT_EQ(found[0].kind, UnitMatch::Kind::Upt);
  EXPECT_EQ(found[1].unit, "Kanwil Kemenkumham Jawa Barat");
  EXPECT_EQ(found[2].unit, "Ditjenpas");
  EXPECT_EQ(found[2].kind, UnitMatch::Kind::National);
  EXPECT_EQ(text.substr(found[1].offset, found[1].text.size()), "Kakanwil Kemenkumham Jabar");
}

TEST(UnitGazetteer, IssuerComesFromTitleThenLeadThenPlace) {
  const UnitGazetteer gazetteer;
  const std::string body =
      "Bogor - Lapas Kelas IIA Cibinong menggelar razia kamar hunian.\n\n"
      "Kegiatan ini mendukung arahan Direktorat Jenderal Pemasyarakatan.";

  auto from_title = gazetteer.find_issuer("Ditjenpas Apresiasi Razia Rutin", body);
  ASSERT_TRUE(from_title);
  EXPECT_EQ(from_title->unit, "Ditjenpas");
  EXPECT_EQ(from_title->zone, UnitMatch::Zone::Title);

  auto from_lead = gazetteer.find_issuer("Razia Kamar Hunian", body);
  ASSERT_TRUE(from_lead);
  EXPECT_EQ(from_lead->unit, "Lapas Kelas IIA Cibinong");
  EXPECT_EQ(from_lead->zone, UnitMatch::Zone::Lead);
  EXPECT_EQ(body.substr(from_lead->offset, from_lead->text.size()), from_lead->text);

  // Units named only after the first paragraph are cited, not issuers.
  const std::string later_only =
      "Razia digelar malam hari.\n\nKegiatan ini mendukung arahan Ditjenpas.";
  EXPECT_FALSE(gazetteer.find_issuer("Razia Kamar", later_only));
  auto from_place = gazetteer.find_issuer("Razia Kamar", later_only, "Rutan Depok");
  ASSERT_TRUE(from_place);
  EXPECT_EQ(from_place->unit, "Rutan Kelas I Depok");
  EXPECT_EQ(from_place->zone, UnitMatch::Zone::Place);

  auto title_only = gazetteer.find_issuer("Lapas Cibinong Gelar Razia", "");
  ASSERT_TRUE(title_only);
  EXPECT_EQ(title_only->unit, "Lapas Kelas IIA Cibinong");
  EXPECT_FALSE(gazetteer.find_issuer("", ""));
}

TEST(UnitGazetteer, EveryProvincialCapitalIsAPlace) {
  const UnitGazetteer gazetteer;
  const std::pair<const char*, const char*> capitals[] = {
      {"Banda Aceh", "Aceh"}, {"Medan", "Sumatera Utara"}, {"Padang", "Sumatera Barat"},
      {"Pekanbaru", "Riau"}, {"Tanjungpinang", "Kepulauan Riau"}, {"Jambi", "Jambi"},
      {"Palembang", "Sumatera Selatan"}, {"Pangkalpinang", "Kepulauan Bangka Belitung"},
      {"Bengkulu", "Bengkulu"}, {"Bandar Lampung", "Lampung"}, {"Jakarta", "DKI Jakarta"},
      {"Bandung", "Jawa Barat"}, {"Serang", "Banten"}, {"Semarang", "Jawa Tengah"},
      {"Yogyakarta", "DI Yogyakarta"}, {"Surabaya", "Jawa Timur"}, {"Denpasar", "Bali"},
      {"Mataram", "Nusa Tenggara Barat"}, {"Kupang", "Nusa Tenggara Timur"},
      {"Pontianak", "Kalimantan Barat"}, {"Palangka Raya", "Kalimantan Tengah"},
      {"Banjarbaru", "Kalimantan Selatan"}, {"Samarinda", "Kalimantan Timur"},
      {"Tanjung Selor", "Kalimantan Utara"}, {"Manado", "Sulawesi Utara"},
      {"Gorontalo", "Gorontalo"}, {"Palu", "Sulawesi Tengah"}, {"Mamuju", "Sulawesi Barat"},
      {"Makassar", "Sulawesi Selatan"}, {"Kendari", "Sulawesi Tenggara"}, {"Ambon", "Maluku"},
      {"Sofifi", "Maluku Utara"}, {"Jayapura", "Papua"}, {"Manokwari", "Papua Barat"},
      {"Sorong", "Papua Barat Daya"}, {"Merauke", "Papua Selatan"}, {"Nabire", "Papua Tengah"},
      {"Wamena", "Papua Pegunungan"}};
  for (const auto& [city, province] : capitals) {
    EXPECT_EQ(gazetteer.province_of(city), province) << city;
    const auto rutan = gazetteer.lookup(std::string("Rutan Kelas IIB ") + city);
    ASSERT_TRUE(rutan) << city;
    EXPECT_EQ(rutan->region, province);
  }
}

TEST(UnitGazetteer, ProvinceOfPlaces) {
  const UnitGazetteer gazetteer;
  EXPECT_EQ(gazetteer.province_of("Sentul"), "Jawa Barat");
  EXPECT_EQ(gazetteer.province_of("Kabupaten Bogor"), "Jawa Barat");
  EXPECT_EQ(gazetteer.province_of("Kab. Sleman"), "DI Yogyakarta");
  EXPECT_EQ(gazetteer.province_of("makassar"), "Sulawesi Selatan");
  EXPECT_EQ(gazetteer.province_of("Jabar"), "Jawa Barat");
  EXPECT_EQ(gazetteer.province_of("Provinsi Kalimantan Utara"), "Kalimantan Utara");
  EXPECT_FALSE(gazetteer.province_of("Atlantis"));
  EXPECT_FALSE(gazetteer.province_of(""));
}

// The shipped tables: big enough to be useful, and every unit row reads back as itself.
TEST(UnitGazetteer, ShippedTablesAreConsistent) {
  const UnitGazetteer gazetteer;
  EXPECT_GE(gazetteer.known_unit_count(), 200u);
  EXPECT_GE(gazetteer.place_count(), 400u);

  std::ifstream in(siaran::testing::source_dir() / "corpus/data/units.tsv");
  ASSERT_TRUE(in) << "corpus/data/units.tsv";
  std::stringstream text;
  text << in.rdbuf();
  size_t rows = 0;
  for (const DataRow& row : parse_data_table(text.str())) {
    if (row.fields[0].rfind("R\"", 0) == 0 || row.fields[0].rfind(")", 0) == 0) continue;
    ++rows;
    auto found = gazetteer.lookup(row.fields[0]);
    ASSERT_TRUE(found) << "units.tsv line " << row.line;
    EXPECT_EQ(found->unit, row.fields[0]) << "units.tsv line " << row.line;
    EXPECT_EQ(found->region, row.fields[1]) << "units.tsv line " << row.line;
  }
  EXPECT_EQ(rows, gazetteer.known_unit_count());
}

TEST(UnitGazetteer, TableErrorsNameTheLine) {
  const std::string provinces = "Jawa Barat\tJabar\nBanten\n";
  const std::string places = "Bogor\tJawa Barat\nSerang\tBanten\n";
  auto message = [&](const std::string& prov, const std::string& plc, const std::string& units) {
    try {
      UnitGazetteer::from_tables(prov, plc, units);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message(provinces, "Bogor\tJawa Barta\n", ""),
            "places.tsv line 1: unknown province \"Jawa Barta\"");
  EXPECT_EQ(message(provinces, places, "# comment\nLapas Klas 2A Bogor\tJawa Barat\n"),
            "units.tsv line 2: write the name canonically: \"Lapas Kelas IIA Bogor\"");
  EXPECT_EQ(message(provinces, places, "Lapas Kelas IIA Bogor\tBanten\n"),
            "units.tsv line 1: \"Bogor\" is in Jawa Barat (places.tsv), not Banten");
  EXPECT_EQ(message(provinces, places, "Lapas Kelas IIA\tBanten\n"),
            "units.tsv line 1: \"Lapas Kelas IIA\" names no place");
  EXPECT_EQ(message(provinces, places, "Lapas Kelas IIA Bogor\tJawa Barat\nLapas Kelas IIA Bogor\tJawa Barat\n"),
            "units.tsv line 2: \"Lapas Kelas IIA Bogor\" twice");

  // A small valid table works on its own.
  auto small = UnitGazetteer::from_tables(provinces, places, "Lapas Kelas IIA Bogor\tJawa Barat\n");
  EXPECT_EQ(small.lookup("Lapas Bogor")->unit, "Lapas Kelas IIA Bogor");
  EXPECT_EQ(small.lookup("Rutan Serang")->region, "Banten");
  EXPECT_FALSE(small.lookup("Lapas Cibinong"));
}

}  // namespace
}  // namespace siaran::corpus
