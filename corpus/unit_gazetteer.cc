#include "corpus/unit_gazetteer.h"

#include <stdexcept>
#include <unordered_map>

#include "corpus/text_scan.h"

namespace siaran::corpus {
namespace {

constexpr std::string_view kProvincesTsv =
#include "corpus/data/provinces.tsv"
    ;
constexpr std::string_view kPlacesTsv =
#include "corpus/data/places.tsv"
    ;
constexpr std::string_view kUnitsTsv =
#include "corpus/data/units.tsv"
    ;

enum UptType { kLapas, kRutan, kBapas, kLpka, kRupbasan };
constexpr const char* kUptTypeNames[] = {"Lapas", "Rutan", "Bapas", "LPKA", "Rupbasan"};

// The spellings of each UPT type, including the head of the unit ("Kalapas Cibinong" names the
// unit too).
constexpr std::pair<std::string_view, UptType> kUptTypes[] = {
    {"lapas", kLapas},
    {"lp", kLapas},
    {"lembaga pemasyarakatan", kLapas},
    {"kalapas", kLapas},
    {"rutan", kRutan},
    {"rumah tahanan", kRutan},
    {"rumah tahanan negara", kRutan},
    {"karutan", kRutan},
    {"bapas", kBapas},
    {"balai pemasyarakatan", kBapas},
    {"kabapas", kBapas},
    {"lpka", kLpka},
    {"lembaga pembinaan khusus anak", kLpka},
    {"rupbasan", kRupbasan},
    {"rumah penyimpanan benda sitaan negara", kRupbasan},
    {"karupbasan", kRupbasan},
};

constexpr std::pair<std::string_view, std::string_view> kQualifiers[] = {
    {"narkotika", "Narkotika"}, {"perempuan", "Perempuan"}, {"wanita", "Perempuan"},
    {"terbuka", "Terbuka"},     {"khusus", "Khusus"},       {"pemuda", "Pemuda"},
};

// Regional office prefixes; the province follows. Value 0: "Kanwil Kemenkumham", 1: "Kanwil
// Ditjenpas" (the naming after the 2024 split of the ministry).
constexpr std::pair<std::string_view, int> kRegionalPrefixes[] = {
    {"kanwil kemenkumham", 0},
    {"kanwil kemenkum ham", 0},
    {"kanwil kumham", 0},
    {"kanwil kementerian hukum dan ham", 0},
    {"kanwil kementerian hukum dan hak asasi manusia", 0},
    {"kantor wilayah kemenkumham", 0},
    {"kantor wilayah kementerian hukum dan ham", 0},
    {"kantor wilayah kementerian hukum dan hak asasi manusia", 0},
    {"kakanwil kemenkumham", 0},
    {"kakanwil kementerian hukum dan ham", 0},
    {"kanwil ditjenpas", 1},
    {"kanwil ditjen pas", 1},
    {"kanwil ditjen pemasyarakatan", 1},
    {"kanwil direktorat jenderal pemasyarakatan", 1},
    {"kantor wilayah ditjenpas", 1},
    {"kantor wilayah ditjen pemasyarakatan", 1},
    {"kantor wilayah direktorat jenderal pemasyarakatan", 1},
    {"kakanwil ditjenpas", 1},
};
constexpr const char* kRegionalNames[] = {"Kanwil Kemenkumham ", "Kanwil Ditjenpas "};

struct UptHead {
  UptType type = kLapas;
  std::string qualifier;  // canonical, may be empty
  std::string unit_class; // "I", "II", "IIA", "IIB", "III" or empty
  size_t next = 0;        // token after the head: where the place starts
};

std::string upt_key(int type, const std::string& qualifier, const std::string& unit_class,
                    int place) {
  return std::to_string(type) + '|' + qualifier + '|' + unit_class + '|' + std::to_string(place);
}

std::string upt_name(const UptHead& head, const std::string& place) {
  std::string name = kUptTypeNames[head.type];
  if (!head.qualifier.empty()) name += ' ' + head.qualifier;
  if (!head.unit_class.empty()) name += " Kelas " + head.unit_class;
  return name + ' ' + place;
}

}  // namespace

struct UnitGazetteer::Tables {
  struct Place {
    std::string name;
    int province;
  };
  struct Unit {
    std::string name;
    int province;
    UnitMatch::Kind kind;
  };
  // What one position of a token stream names: a unit, or a regional-office prefix without a
  // province (`province` < 0), which the scan must skip as a whole.
  struct Found {
    std::string name;
    int province = -1;
    UnitMatch::Kind kind = UnitMatch::Kind::Upt;
    size_t length = 0;
  };

  std::vector<std::string> provinces;
  std::unordered_map<std::string, int> province_by_name;
  PhraseTable province_names;
  std::vector<Place> places;
  PhraseTable place_names;
  std::vector<Unit> units;
  PhraseTable unit_names;  // national office names and every listed other name
  std::unordered_map<std::string, int> upt_by_key;
  std::unordered_map<std::string, std::vector<int>> upt_by_classless_key;
  PhraseTable upt_types;
  PhraseTable regional_prefixes;
  std::unordered_map<std::string, std::string> qualifiers;

  Tables() {
    for (const auto& [spelling, type] : kUptTypes) upt_types.add(spelling, type);
    for (const auto& [spelling, naming] : kRegionalPrefixes) regional_prefixes.add(spelling, naming);
    for (const auto& [word, canonical] : kQualifiers) qualifiers.emplace(word, canonical);
  }

  std::optional<std::string> qualifier_at(const std::vector<ScanToken>& t, size_t k) const {
    if (k >= t.size()) return std::nullopt;
    auto it = qualifiers.find(t[k].text);
    return it == qualifiers.end() ? std::nullopt : std::optional(it->second);
  }

  // "I", "1", "IIA", "2A", "II A", "II-A", "2 B", "III", "3"; tokens taken via `length`.
  static std::optional<std::string> class_at(const std::vector<ScanToken>& t, size_t k,
                                             size_t& length) {
    if (k >= t.size()) return std::nullopt;
    const std::string& w = t[k].text;
    length = 1;
    if (w == "i" || w == "1") return "I";
    if (w == "iii" || w == "3") return "III";
    if (w == "iia" || w == "2a") return "IIA";
    if (w == "iib" || w == "2b") return "IIB";
    if (w != "ii" && w != "2") return std::nullopt;
    size_t j = k + 1;
    if (j < t.size() && t[j].text == "-" && adjacent(t[k], t[j])) ++j;
    if (j < t.size() && (t[j].text == "a" || t[j].text == "b")) {
      length = j - k + 1;
      return t[j].text == "a" ? "IIA" : "IIB";
    }
    return "II";
  }

  // Tokens taken by an abbreviation in parentheses at k, as releases write a name the first time
  // ("Lembaga Pemasyarakatan (Lapas) Kelas IIA Kupang", "Kantor Wilayah Kementerian Hukum dan HAM
  // (Kanwil Kemenkumham) Jawa Timur"); 0 when there is none of at most `max_inner` tokens.
  static size_t parenthetical_at(const std::vector<ScanToken>& t, size_t k, size_t max_inner) {
    if (k >= t.size() || t[k].text != "(") return 0;
    for (size_t j = k + 1; j < t.size() && j <= k + 1 + max_inner; ++j) {
      if (t[j].text == ")") return j > k + 1 ? j - k + 1 : 0;
      if (t[j].kind == ScanKind::Symbol) return 0;
    }
    return 0;
  }

  std::optional<UptHead> upt_head_at(const std::vector<ScanToken>& t, size_t i) const {
    auto type = upt_types.longest_at(t, i);
    if (!type) return std::nullopt;
    UptHead head;
    head.type = static_cast<UptType>(type->value);
    size_t k = i + type->length;
    k += parenthetical_at(t, k, 2);
    if (auto q = qualifier_at(t, k)) {
      head.qualifier = *q;
      ++k;
    }
    if (k < t.size() && (t[k].text == "kelas" || t[k].text == "klas" || t[k].text == "kls")) {
      ++k;
      if (k < t.size() && t[k].text == ".") ++k;  // "Kls. IIA"
      size_t length = 0;
      auto c = class_at(t, k, length);
      if (!c) return std::nullopt;
      head.unit_class = *c;
      k += length;
    }
    if (head.qualifier.empty()) {
      if (auto q = qualifier_at(t, k)) {
        head.qualifier = *q;
        ++k;
      }
    }
    head.next = k;
    return head;
  }

  std::optional<Found> upt_at(const std::vector<ScanToken>& t, size_t i) const {
    auto head = upt_head_at(t, i);
    if (!head) return std::nullopt;
    auto place = place_names.longest_at(t, head->next);
    if (!place) return std::nullopt;
    Found found;
    found.kind = UnitMatch::Kind::Upt;
    found.province = places[place->value].province;
    found.length = head->next + place->length - i;
    found.name = upt_name(*head, places[place->value].name);
    if (head->unit_class.empty()) {
      auto it = upt_by_classless_key.find(upt_key(head->type, head->qualifier, "", place->value));
      if (it != upt_by_classless_key.end() && it->second.size() == 1)
        found.name = units[it->second[0]].name;
    }
    return found;
  }

  std::optional<Found> regional_at(const std::vector<ScanToken>& t, size_t i) const {
    auto prefix = regional_prefixes.longest_at(t, i);
    if (!prefix) return std::nullopt;
    size_t k = i + prefix->length;
    k += parenthetical_at(t, k, 6);
    if (k < t.size() && (t[k].text == "provinsi" || t[k].text == "prov")) {
      ++k;
      if (k < t.size() && t[k].text == ".") ++k;
    }
    Found found;
    found.kind = UnitMatch::Kind::Regional;
    auto province = province_names.longest_at(t, k);
    if (!province) {
      found.length = prefix->length;  // a regional office of no province we know: skip it
      return found;
    }
    found.province = province->value;
    found.length = k + province->length - i;
    found.name = kRegionalNames[prefix->value] + provinces[province->value];
    return found;
  }

  // The longest unit named at tokens[i]; equal lengths prefer a listed name over the patterns.
  std::optional<Found> unit_at(const std::vector<ScanToken>& t, size_t i) const {
    std::optional<Found> best;
    if (auto named = unit_names.longest_at(t, i)) {
      const Unit& u = units[named->value];
      best = Found{u.name, u.province, u.kind, named->length};
    }
    for (auto candidate : {regional_at(t, i), upt_at(t, i)}) {
      if (candidate && (!best || candidate->length > best->length)) best = std::move(candidate);
    }
    return best;
  }

  std::vector<UnitMatch> scan(std::string_view text, UnitMatch::Zone zone, size_t base,
                              bool first_only) const {
    std::vector<UnitMatch> out;
    const std::vector<ScanToken> t = scan_tokens(text);
    for (size_t i = 0; i < t.size();) {
      auto found = unit_at(t, i);
      if (!found) {
        ++i;
        continue;
      }
      if (found->province >= 0) {
        const size_t begin = t[i].begin, end = t[i + found->length - 1].end;
        out.push_back(UnitMatch{found->name, provinces[found->province], found->kind, zone,
                                base + begin, std::string(text.substr(begin, end - begin))});
        if (first_only) break;
      }
      i += found->length;
    }
    return out;
  }

  int province_index(const std::string& name, const char* table, size_t line) const {
    auto it = province_by_name.find(name);
    if (it == province_by_name.end())
      throw std::invalid_argument(std::string(table) + " line " + std::to_string(line) +
                                  ": unknown province \"" + name + "\"");
    return it->second;
  }

  void load(std::string_view provinces_tsv, std::string_view places_tsv,
            std::string_view units_tsv);
  void load_unit(const DataRow& row);
};

void UnitGazetteer::Tables::load(std::string_view provinces_tsv, std::string_view places_tsv,
                                 std::string_view units_tsv) {
  auto fail = [](const char* table, size_t line, const std::string& why) {
    throw std::invalid_argument(std::string(table) + " line " + std::to_string(line) + ": " + why);
  };
  for (const DataRow& row : parse_data_table(provinces_tsv)) {
    const std::string& name = row.fields[0];
    if (name.empty()) fail("provinces.tsv", row.line, "empty province name");
    if (province_by_name.count(name)) fail("provinces.tsv", row.line, "\"" + name + "\" twice");
    const int index = static_cast<int>(provinces.size());
    provinces.push_back(name);
    province_by_name.emplace(name, index);
    province_names.add(name, index);
    if (row.fields.size() > 1)
      for (const std::string& alias : split_list(row.fields[1])) province_names.add(alias, index);
  }
  for (const DataRow& row : parse_data_table(places_tsv)) {
    if (row.fields.size() < 2 || row.fields[0].empty())
      fail("places.tsv", row.line, "expected: place <TAB> province [<TAB> other spellings]");
    const int province = province_index(row.fields[1], "places.tsv", row.line);
    const int index = static_cast<int>(places.size());
    places.push_back({row.fields[0], province});
    place_names.add(row.fields[0], index);
    if (row.fields.size() > 2)
      for (const std::string& alias : split_list(row.fields[2])) place_names.add(alias, index);
  }
  for (const DataRow& row : parse_data_table(units_tsv)) load_unit(row);
}

void UnitGazetteer::Tables::load_unit(const DataRow& row) {
  auto fail = [&](const std::string& why) {
    throw std::invalid_argument("units.tsv line " + std::to_string(row.line) + ": " + why);
  };
  if (row.fields.size() < 2 || row.fields[0].empty())
    fail("expected: unit <TAB> province [<TAB> other names]");
  const std::string& name = row.fields[0];
  const int province = province_index(row.fields[1], "units.tsv", row.line);
  const int index = static_cast<int>(units.size());
  const std::vector<ScanToken> t = scan_tokens(name);
  auto head = upt_head_at(t, 0);
  if (head && head->next >= t.size()) fail("\"" + name + "\" names no place");
  if (head) {
    // A UPT: its place is a known place, or is learnt from this row.
    int place = -1;
    auto known = place_names.longest_at(t, head->next);
    if (known && head->next + known->length == t.size()) {
      place = known->value;
      if (places[place].province != province)
        fail("\"" + places[place].name + "\" is in " + provinces[places[place].province] +
             " (places.tsv), not " + provinces[province]);
    } else {
      place = static_cast<int>(places.size());
      places.push_back({name.substr(t[head->next].begin), province});
      place_names.add(places.back().name, place);
    }
    const std::string canonical = upt_name(*head, places[place].name);
    if (canonical != name) fail("write the name canonically: \"" + canonical + "\"");
    const std::string key = upt_key(head->type, head->qualifier, head->unit_class, place);
    if (!upt_by_key.emplace(key, index).second) fail("\"" + name + "\" twice");
    upt_by_classless_key[upt_key(head->type, head->qualifier, "", place)].push_back(index);
    units.push_back({name, province, UnitMatch::Kind::Upt});
  } else {
    units.push_back({name, province, UnitMatch::Kind::National});
    unit_names.add(name, index);
  }
  if (row.fields.size() > 2)
    for (const std::string& alias : split_list(row.fields[2])) unit_names.add(alias, index);
}

UnitGazetteer::UnitGazetteer() {
  static const std::shared_ptr<const Tables> builtin = [] {
    auto tables = std::make_shared<Tables>();
    try {
      tables->load(kProvincesTsv, kPlacesTsv, kUnitsTsv);
    } catch (const std::invalid_argument& e) {
      throw std::logic_error(std::string("built-in unit gazetteer: ") + e.what());
    }
    return tables;
  }();
  tables_ = builtin;
}

UnitGazetteer::UnitGazetteer(std::shared_ptr<const Tables> tables) : tables_(std::move(tables)) {}

UnitGazetteer UnitGazetteer::from_tables(std::string_view provinces, std::string_view places,
                                         std::string_view units) {
  auto tables = std::make_shared<Tables>();
  tables->load(provinces, places, units);
  return UnitGazetteer(std::move(tables));
}

std::optional<UnitMatch> UnitGazetteer::find_issuer(std::string_view title, std::string_view body,
                                                    std::string_view place) const {
  auto first = [&](std::string_view text, UnitMatch::Zone zone,
                   size_t base) -> std::optional<UnitMatch> {
    auto found = tables_->scan(text, zone, base, /*first_only=*/true);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
  };
  if (auto m = first(title, UnitMatch::Zone::Title, 0)) return m;
  const std::string_view lead = lead_paragraph(body);
  const size_t lead_offset = lead.empty() ? 0 : static_cast<size_t>(lead.data() - body.data());
  if (auto m = first(lead, UnitMatch::Zone::Lead, lead_offset)) return m;
  return first(place, UnitMatch::Zone::Place, 0);
}

std::vector<UnitMatch> UnitGazetteer::find_all(std::string_view text) const {
  return tables_->scan(text, UnitMatch::Zone::Text, 0, /*first_only=*/false);
}

std::optional<UnitMatch> UnitGazetteer::lookup(std::string_view name) const {
  const std::vector<ScanToken> t = scan_tokens(name);
  if (t.empty()) return std::nullopt;
  auto found = tables_->unit_at(t, 0);
  if (!found || found->province < 0 || found->length != t.size()) return std::nullopt;
  return UnitMatch{found->name, tables_->provinces[found->province], found->kind,
                   UnitMatch::Zone::Text, 0, std::string(name)};
}

std::optional<std::string> UnitGazetteer::province_of(std::string_view place) const {
  const std::vector<ScanToken> t = scan_tokens(place);
  size_t i = 0;
  // "Kota Bogor", "Kabupaten Bogor", "Kab. Bogor", "Provinsi Jawa Barat".
  if (i < t.size() && (t[i].text == "kota" || t[i].text == "kabupaten" || t[i].text == "kab" ||
                       t[i].text == "provinsi")) {
    if (++i < t.size() && t[i].text == ".") ++i;
  }
  if (auto p = tables_->place_names.longest_at(t, i); p && i + p->length == t.size())
    return tables_->provinces[tables_->places[p->value].province];
  if (auto p = tables_->province_names.longest_at(t, i); p && i + p->length == t.size())
    return tables_->provinces[p->value];
  // "Kota Bogor" itself may be a listed place name; try the whole string too.
  if (i > 0) {
    if (auto p = tables_->place_names.longest_at(t, 0); p && p->length == t.size())
      return tables_->provinces[tables_->places[p->value].province];
  }
  return std::nullopt;
}

size_t UnitGazetteer::known_unit_count() const { return tables_->units.size(); }
size_t UnitGazetteer::place_count() const { return tables_->places.size(); }
size_t UnitGazetteer::province_count() const { return tables_->provinces.size(); }

}  // namespace siaran::corpus
