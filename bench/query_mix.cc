#include "bench/query_mix.h"

#include <fstream>
#include <stdexcept>

namespace siaran::bench {

std::string url_decode(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out.push_back(' ');
    } else if (text[i] == '%' && i + 2 < text.size()) {
      out.push_back(static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::vector<MixQuery> read_query_mix(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<MixQuery> mix;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    MixQuery q{line, {}};
    size_t start = 0;
    while (start <= line.size()) {
      size_t end = line.find('&', start);
      if (end == std::string::npos) end = line.size();
      const std::string pair = line.substr(start, end - start);
      const size_t eq = pair.find('=');
      const std::string key = pair.substr(0, eq);
      const std::string value = eq == std::string::npos ? "" : url_decode(pair.substr(eq + 1));
      if (key == "q") q.request.q = value;
      else if (key == "topic") q.request.topics.push_back(value);
      else if (key == "region") q.request.regions.push_back(value);
      else if (key == "unit") q.request.units.push_back(value);
      else if (key == "from") q.request.from = value;
      else if (key == "to") q.request.to = value;
      else throw std::runtime_error(path + ":" + std::to_string(number) + ": unknown parameter '" + key + "'");
      start = end + 1;
    }
    mix.push_back(std::move(q));
  }
  return mix;
}

}  // namespace siaran::bench
