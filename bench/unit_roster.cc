#include "bench/unit_roster.h"

#include <algorithm>
#include <cmath>

namespace siaran::bench {
namespace {

struct City {
  const char* name;
  const char* province;
};

// Cities and regency seats that host corrections units, with their provinces (canonical names as
// in corpus/data/provinces.tsv). Written for the generator; not an authoritative list of units.
constexpr City kCities[] = {
    {"Banda Aceh", "Aceh"}, {"Lhokseumawe", "Aceh"}, {"Langsa", "Aceh"}, {"Meulaboh", "Aceh"},
    {"Medan", "Sumatera Utara"}, {"Binjai", "Sumatera Utara"}, {"Pematangsiantar", "Sumatera Utara"},
    {"Tebing Tinggi", "Sumatera Utara"}, {"Sibolga", "Sumatera Utara"}, {"Tanjung Balai", "Sumatera Utara"},
    {"Padang", "Sumatera Barat"}, {"Bukittinggi", "Sumatera Barat"}, {"Payakumbuh", "Sumatera Barat"},
    {"Solok", "Sumatera Barat"}, {"Pekanbaru", "Riau"}, {"Dumai", "Riau"}, {"Bengkalis", "Riau"},
    {"Batam", "Kepulauan Riau"}, {"Tanjungpinang", "Kepulauan Riau"}, {"Jambi", "Jambi"},
    {"Muara Bungo", "Jambi"}, {"Palembang", "Sumatera Selatan"}, {"Lubuklinggau", "Sumatera Selatan"},
    {"Prabumulih", "Sumatera Selatan"}, {"Pangkalpinang", "Kepulauan Bangka Belitung"},
    {"Tanjung Pandan", "Kepulauan Bangka Belitung"}, {"Bengkulu", "Bengkulu"}, {"Curup", "Bengkulu"},
    {"Bandar Lampung", "Lampung"}, {"Metro", "Lampung"}, {"Kotabumi", "Lampung"},
    {"Jakarta", "DKI Jakarta"}, {"Cipinang", "DKI Jakarta"}, {"Salemba", "DKI Jakarta"},
    {"Bandung", "Jawa Barat"}, {"Bogor", "Jawa Barat"}, {"Cibinong", "Jawa Barat"}, {"Depok", "Jawa Barat"},
    {"Bekasi", "Jawa Barat"}, {"Karawang", "Jawa Barat"}, {"Cirebon", "Jawa Barat"},
    {"Sukabumi", "Jawa Barat"}, {"Garut", "Jawa Barat"}, {"Tasikmalaya", "Jawa Barat"},
    {"Cianjur", "Jawa Barat"}, {"Purwakarta", "Jawa Barat"}, {"Indramayu", "Jawa Barat"},
    {"Serang", "Banten"}, {"Tangerang", "Banten"}, {"Cilegon", "Banten"}, {"Pandeglang", "Banten"},
    {"Rangkasbitung", "Banten"}, {"Semarang", "Jawa Tengah"}, {"Surakarta", "Jawa Tengah"},
    {"Magelang", "Jawa Tengah"}, {"Pekalongan", "Jawa Tengah"}, {"Tegal", "Jawa Tengah"},
    {"Purwokerto", "Jawa Tengah"}, {"Kudus", "Jawa Tengah"}, {"Pati", "Jawa Tengah"},
    {"Cilacap", "Jawa Tengah"}, {"Nusakambangan", "Jawa Tengah"}, {"Sragen", "Jawa Tengah"},
    {"Yogyakarta", "DI Yogyakarta"}, {"Wonosari", "DI Yogyakarta"}, {"Sleman", "DI Yogyakarta"},
    {"Surabaya", "Jawa Timur"}, {"Malang", "Jawa Timur"}, {"Kediri", "Jawa Timur"},
    {"Madiun", "Jawa Timur"}, {"Jember", "Jawa Timur"}, {"Banyuwangi", "Jawa Timur"},
    {"Sidoarjo", "Jawa Timur"}, {"Mojokerto", "Jawa Timur"}, {"Pamekasan", "Jawa Timur"},
    {"Blitar", "Jawa Timur"}, {"Tulungagung", "Jawa Timur"}, {"Lamongan", "Jawa Timur"},
    {"Denpasar", "Bali"}, {"Singaraja", "Bali"}, {"Karangasem", "Bali"}, {"Tabanan", "Bali"},
    {"Mataram", "Nusa Tenggara Barat"}, {"Sumbawa Besar", "Nusa Tenggara Barat"},
    {"Bima", "Nusa Tenggara Barat"}, {"Kupang", "Nusa Tenggara Timur"}, {"Ende", "Nusa Tenggara Timur"},
    {"Maumere", "Nusa Tenggara Timur"}, {"Atambua", "Nusa Tenggara Timur"},
    {"Pontianak", "Kalimantan Barat"}, {"Singkawang", "Kalimantan Barat"}, {"Ketapang", "Kalimantan Barat"},
    {"Palangka Raya", "Kalimantan Tengah"}, {"Sampit", "Kalimantan Tengah"},
    {"Banjarmasin", "Kalimantan Selatan"}, {"Martapura", "Kalimantan Selatan"},
    {"Samarinda", "Kalimantan Timur"}, {"Balikpapan", "Kalimantan Timur"}, {"Bontang", "Kalimantan Timur"},
    {"Tarakan", "Kalimantan Utara"}, {"Nunukan", "Kalimantan Utara"}, {"Manado", "Sulawesi Utara"},
    {"Bitung", "Sulawesi Utara"}, {"Tondano", "Sulawesi Utara"}, {"Gorontalo", "Gorontalo"},
    {"Palu", "Sulawesi Tengah"}, {"Luwuk", "Sulawesi Tengah"}, {"Poso", "Sulawesi Tengah"},
    {"Mamuju", "Sulawesi Barat"}, {"Makassar", "Sulawesi Selatan"}, {"Parepare", "Sulawesi Selatan"},
    {"Bulukumba", "Sulawesi Selatan"}, {"Palopo", "Sulawesi Selatan"}, {"Watampone", "Sulawesi Selatan"},
    {"Kendari", "Sulawesi Tenggara"}, {"Baubau", "Sulawesi Tenggara"}, {"Ambon", "Maluku"},
    {"Tual", "Maluku"}, {"Ternate", "Maluku Utara"}, {"Sofifi", "Maluku Utara"},
    {"Jayapura", "Papua"}, {"Biak", "Papua"}, {"Nabire", "Papua Tengah"}, {"Timika", "Papua Tengah"},
    {"Merauke", "Papua Selatan"}, {"Wamena", "Papua Pegunungan"}, {"Manokwari", "Papua Barat"},
    {"Sorong", "Papua Barat Daya"},
};

struct UnitKind {
  const char* prefix;
  const char* const classes[3];
  double share;  // how often a city has this kind of unit
};

constexpr UnitKind kKinds[] = {
    {"Lapas", {"Kelas I", "Kelas IIA", "Kelas IIB"}, 0.95},
    {"Rutan", {"Kelas I", "Kelas IIA", "Kelas IIB"}, 0.6},
    {"Bapas", {"Kelas I", "Kelas II", "Kelas II"}, 0.35},
    {"LPKA", {"Kelas I", "Kelas II", "Kelas II"}, 0.15},
    {"Rupbasan", {"Kelas I", "Kelas II", "Kelas II"}, 0.2},
    {"Lapas Perempuan", {"Kelas IIA", "Kelas IIB", "Kelas III"}, 0.08},
    {"Lapas Narkotika", {"Kelas IIA", "Kelas IIB", "Kelas III"}, 0.1},
};

}  // namespace

UnitRoster::UnitRoster() {
  Random rng(0x51A7A11);  // a fixed roster, independent of the corpus seed
  std::vector<std::string> provinces_seen;
  for (const City& city : kCities) {
    for (const UnitKind& kind : kKinds) {
      if (!rng.chance(kind.share)) continue;
      const std::string klass = kind.classes[rng.below(3)];
      Unit unit;
      unit.name = std::string(kind.prefix) + " " + klass + " " + city.name;
      unit.short_name = std::string(kind.prefix) + " " + city.name;
      unit.city = city.name;
      unit.province = city.province;
      unit.source = "INFO_PAS";
      units_.push_back(std::move(unit));
    }
    if (std::find(provinces_seen.begin(), provinces_seen.end(), city.province) == provinces_seen.end()) {
      provinces_seen.emplace_back(city.province);
      Unit office;
      office.name = std::string("Kanwil Kemenkumham ") + city.province;
      office.short_name = office.name;
      office.city = city.name;  // the first city listed is the provincial capital
      office.province = city.province;
      office.source = "Humas " + office.name;
      units_.push_back(std::move(office));
    }
  }
  // Shuffle so the busy units are spread over provinces, then weight by rank (Zipf, s = 0.8).
  for (size_t i = units_.size(); i > 1; --i) std::swap(units_[i - 1], units_[rng.below(i)]);
  double total = 0;
  for (size_t rank = 1; rank <= units_.size(); ++rank) {
    total += 1.0 / std::pow(static_cast<double>(rank), 0.8);
    cumulative_.push_back(total);
  }
}

const Unit& UnitRoster::draw(Random& rng) const {
  const double r = rng.unit() * cumulative_.back();
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), r);
  return units_[std::min<size_t>(it - cumulative_.begin(), units_.size() - 1)];
}

}  // namespace siaran::bench
