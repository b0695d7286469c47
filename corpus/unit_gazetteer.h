// corpus::UnitGazetteer — finds the corrections unit or office that issued a release, under one
// canonical name, with its province.
//
// What it recognises (case-insensitive, whole words only: "lapas" inside another word never
// counts):
//   national offices  "Direktorat Jenderal Pemasyarakatan", "Ditjen PAS" ...  -> "Ditjenpas"
//                     also "Kemenkumham" and "Kemenimipas" (all DKI Jakarta, where they sit)
//   regional offices  "Kanwil Kemenkumham Jabar", "Kantor Wilayah Kementerian Hukum dan HAM
//                     Provinsi Jawa Barat" -> "Kanwil Kemenkumham Jawa Barat"; the newer naming
//                     "Kanwil Ditjenpas Jawa Barat" stays distinct. Any of the 38 provinces.
//   UPTs              <type> [qualifier] [class] <place>, canonicalised:
//                       type       Lapas (Lembaga Pemasyarakatan, LP, Kalapas), Rutan (Rumah
//                                  Tahanan [Negara], Karutan), Bapas (Balai Pemasyarakatan),
//                                  LPKA (Lembaga Pembinaan Khusus Anak), Rupbasan (Rumah
//                                  Penyimpanan Benda Sitaan Negara)
//                       qualifier  Narkotika, Perempuan (also Wanita), Terbuka, Khusus, Pemuda
//                       class      Kelas/Klas/Kls + I, II, IIA, IIB, III ("2A", "II A", "II-A",
//                                  "1" and "3" too) -> "Kelas IIA"
//                       place      any place of corpus/data/places.tsv or units.tsv
//                     e.g. "Lembaga Pemasyarakatan Klas 2A Cibinong" -> "Lapas Kelas IIA Cibinong";
//                     an abbreviation in parentheses after the type or office is skipped:
//                     "Lembaga Pemasyarakatan (Lapas) Kelas IIA Kupang".
//                     A unit written without its class gets the class of the one unit of that
//                     type and place that corpus/data/units.tsv knows ("Lapas Cibinong" ->
//                     "Lapas Kelas IIA Cibinong"); a class written in the text is kept as written.
//                     Other names listed in units.tsv ("Lapas Banceuy") map to their unit.
// The region is the unit's province (for a national office: DKI Jakarta, its seat — not the
// place an event was held).
//
// The issuer is looked for, in order, in the title, then the body's first paragraph (the lead:
// releases name their issuer in the first sentence), then Document::place; the first unit found
// in the first zone that has one wins. Later paragraphs are not searched: they cite other units
// far more often than they name the issuer.
//
// The tables are data files we write (corpus/data/{provinces,places,units}.tsv), compiled into
// the program; they are parsed once per process and shared by every UnitGazetteer.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siaran::corpus {

struct UnitMatch {
  enum class Kind { National, Regional, Upt };
  enum class Zone { Title, Lead, Place, Text };  // Text: find_all/lookup over a plain string

  std::string unit;    // canonical name, e.g. "Lapas Kelas IIA Cibinong"
  std::string region;  // canonical province, e.g. "Jawa Barat"
  Kind kind = Kind::Upt;
  Zone zone = Zone::Text;
  size_t offset = 0;   // byte offset of the mention in its zone's text
  std::string text;    // the mention as written
};

class UnitGazetteer {
 public:
  // The built-in tables. Throws std::logic_error when they are inconsistent (a build defect that
  // the unit tests catch).
  UnitGazetteer();

  // Tables given as text in the format of corpus/data/*.tsv (without the R"tsv( wrapper lines).
  // Throws std::invalid_argument naming the table, line and problem, e.g.
  // "units.tsv line 12: unknown province \"Jawa Barta\"".
  static UnitGazetteer from_tables(std::string_view provinces, std::string_view places,
                                   std::string_view units);

  // The issuer of a release (see the zone order above), std::nullopt when none is named.
  std::optional<UnitMatch> find_issuer(std::string_view title, std::string_view body,
                                       std::string_view place = {}) const;

  // Every unit mentioned in `text`, in order.
  std::vector<UnitMatch> find_all(std::string_view text) const;

  // `name` read as one unit name, nothing else around it ("Rutan Klas I Depok" -> "Rutan Kelas I
  // Depok", Jawa Barat). For a unit a source states: its region, and its canonical spelling.
  std::optional<UnitMatch> lookup(std::string_view name) const;

  // The province of a place or province name ("Sentul" -> "Jawa Barat", "Jabar" -> "Jawa
  // Barat"), matching the whole string; std::nullopt when unknown.
  std::optional<std::string> province_of(std::string_view place) const;

  size_t known_unit_count() const;   // rows of units.tsv
  size_t place_count() const;        // places, including those learnt from unit names
  size_t province_count() const;

 private:
  struct Tables;
  explicit UnitGazetteer(std::shared_ptr<const Tables> tables);
  std::shared_ptr<const Tables> tables_;
};

}  // namespace siaran::corpus
