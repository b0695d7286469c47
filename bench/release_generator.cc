#include "bench/release_generator.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string_view>

namespace siaran::bench {
namespace {

const char kTopicRules[] =
#include "corpus/data/topics.tsv"
    ;

// How often each topic is the subject of a release; pembinaan and remisi dominate real archives.
struct TopicShare {
  const char* name;
  double share;
};
constexpr TopicShare kTopicShares[] = {
    {"Kehumasan", 0.08},          {"Pembinaan", 0.22}, {"Keamanan", 0.14},
    {"Layanan & Kunjungan", 0.13}, {"Remisi & Integrasi", 0.15}, {"Kesehatan", 0.12},
    {"Kerja Sama", 0.08},         {"Reformasi Birokrasi", 0.08},
};

constexpr const char* kWeekdays[] = {"Kamis", "Jumat", "Sabtu", "Minggu", "Senin", "Selasa", "Rabu"};
constexpr const char* kLeadVerbs[] = {"menggelar", "melaksanakan", "mengadakan", "menyelenggarakan",
                                      "memperkuat", "melanjutkan", "memulai"};
constexpr const char* kLinkers[] = {"Terkait", "Mengenai", "Dalam kegiatan", "Selain"};

// Days since 1970-01-01 -> civil date (H. Hinnant's algorithm).
void civil_from_days(int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

constexpr int64_t kFirstDay = 14975;  // 2011-01-01
constexpr int64_t kLastDay = 20453;   // 2025-12-31

void lower_first_ascii(std::string& s, size_t at) {
  if (at < s.size() && s[at] >= 'A' && s[at] <= 'Z' && (at + 1 >= s.size() || !(s[at + 1] >= 'A' && s[at + 1] <= 'Z')))
    s[at] += 'a' - 'A';
}

void append_escaped(std::string_view s, std::string& out) {
  out.push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

}  // namespace

ReleaseGenerator::ReleaseGenerator(const TextModel& body_model, const TextModel& title_model,
                                   uint64_t seed)
    : body_(body_model), titles_(title_model), seed_(seed) {
  for (const TopicShare& t : kTopicShares) topics_.push_back({t.name, t.share, {}});
  // Weight-3 phrases of topics.tsv: the ones that settle a topic on their own.
  std::string_view rules(kTopicRules);
  while (!rules.empty()) {
    const size_t eol = rules.find('\n');
    std::string_view line = rules.substr(0, eol);
    rules = eol == std::string_view::npos ? std::string_view() : rules.substr(eol + 1);
    const size_t tab1 = line.find('\t');
    if (line.empty() || line[0] == '#' || tab1 == std::string_view::npos) continue;
    const size_t tab2 = line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos || line.substr(tab1 + 1, tab2 - tab1 - 1) != "3") continue;
    for (Topic& topic : topics_) {
      if (line.substr(0, tab1) != topic.name) continue;
      std::string_view phrases = line.substr(tab2 + 1);
      while (!phrases.empty()) {
        const size_t semi = phrases.find(';');
        std::string phrase(phrases.substr(0, semi));
        phrases = semi == std::string_view::npos ? std::string_view() : phrases.substr(semi + 1);
        if (!phrase.empty() && phrase.back() == '*') phrase.pop_back();
        if (phrase.size() > 3) topic.phrases.push_back(phrase);
      }
    }
  }
  for (const Topic& topic : topics_)
    if (topic.phrases.empty()) throw std::runtime_error("topics.tsv has no weight-3 phrase for " + topic.name);
}

const ReleaseGenerator::Topic& ReleaseGenerator::draw_topic(Random& rng) const {
  double r = rng.unit();
  for (const Topic& t : topics_) {
    if (r < t.share) return t;
    r -= t.share;
  }
  return topics_.front();
}

std::string ReleaseGenerator::lead_sentence(Random& rng, const Unit& unit, const Topic& topic,
                                            int weekday, int day, int month) const {
  std::string s = unit.name;
  s += ' ';
  s += kLeadVerbs[rng.below(std::size(kLeadVerbs))];
  s += " kegiatan ";
  s += topic.phrases[rng.below(topic.phrases.size())];
  s += " pada ";
  s += kWeekdays[weekday];
  s += " (" + std::to_string(day) + "/" + std::to_string(month) + ").";
  return s;
}

corpus::Document ReleaseGenerator::make(uint64_t index) const {
  Random rng(seed_ * 0x9E3779B97F4A7C15ULL ^ (index + 1) * 0xD1B54A32D192ED03ULL);
  corpus::Document doc;
  char id[48];
  std::snprintf(id, sizeof id, "gen-%llu-%07llu", static_cast<unsigned long long>(seed_),
                static_cast<unsigned long long>(index));
  doc.id = id;
  doc.url = "https://www.ditjenpas.go.id/arsip/" + doc.id;

  const Unit& unit = roster_.draw(rng);
  const Topic& topic = draw_topic(rng);
  const int64_t days = kFirstDay + static_cast<int64_t>((kLastDay - kFirstDay) * std::sqrt(rng.unit()));
  int y, m, d;
  civil_from_days(days, y, m, d);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, d);
  doc.date = date;
  doc.unit = unit.name;
  doc.region = unit.province;
  doc.topic = topic.name;
  doc.source = unit.source;
  doc.place = unit.city;
  const char* upper = "ABCDEFGHIJKLMNOPRSTUWY";
  const char* lower = "abcdefghijklmnoprstuwy";
  doc.author = {upper[rng.below(22)], static_cast<char>(rng.chance(0.5) ? '0' + rng.below(10) : lower[rng.below(22)]),
                '/', lower[rng.below(22)], lower[rng.below(22)], lower[rng.below(22)]};

  std::vector<uint32_t> context;
  doc.title = unit.short_name + " ";
  titles_.phrase(rng, context, 4 + rng.below(8), doc.title);

  context.clear();
  const size_t target = 2300 + rng.below(1200);
  std::string& body = doc.body;
  body.reserve(target + 600);
  body = unit.city + ", " + (unit.source == "INFO_PAS" ? std::string("INFO_PAS") : unit.source) + " \xE2\x80\x93 ";
  body += lead_sentence(rng, unit, topic, static_cast<int>(((days % 7) + 7) % 7), d, m);
  const uint64_t topic_paragraph = 1 + rng.below(3);
  for (uint64_t paragraph = 0; body.size() < target; ++paragraph) {
    if (paragraph > 0) body += "\n\n";
    const uint64_t sentences = paragraph == 0 ? 1 + rng.below(2) : 2 + rng.below(3);
    for (uint64_t s = 0; s < sentences; ++s) {
      if (body.back() != '\n') body.push_back(' ');
      if (paragraph == topic_paragraph && s == 0) {
        body += kLinkers[rng.below(std::size(kLinkers))];
        body += ' ';
        body += topic.phrases[rng.below(topic.phrases.size())];
        body += ", ";
        const size_t at = body.size();
        body_.sentence(rng, context, body);
        lower_first_ascii(body, at);
      } else {
        body_.sentence(rng, context, body);
      }
    }
  }
  body += " (" + doc.author + ")";
  return doc;
}

void append_jsonl(const corpus::Document& doc, std::string& out) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"id", &doc.id},         {"title", &doc.title}, {"url", &doc.url},
      {"date", &doc.date},     {"unit", &doc.unit},   {"region", &doc.region},
      {"topic", &doc.topic},   {"author", &doc.author}, {"body", &doc.body},
      {"source", &doc.source}, {"place", &doc.place},
  };
  out.push_back('{');
  bool first = true;
  for (const auto& [key, value] : fields) {
    if (value->empty()) continue;
    if (!first) out += ", ";
    first = false;
    out.push_back('"');
    out += key;
    out += "\": ";
    append_escaped(*value, out);
  }
  out += "}\n";
}

}  // namespace siaran::bench
