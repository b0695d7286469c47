#include "searchd/openapi.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <rapidjson/document.h>

namespace siaran::searchd {

std::vector<std::pair<std::string, std::string>> openapi_operations(std::string_view document) {
  rapidjson::Document doc;
  doc.Parse(document.data(), document.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("paths") || !doc["paths"].IsObject())
    throw std::runtime_error("not an OpenAPI document with paths");
  static constexpr std::string_view kMethods[] = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& path : doc["paths"].GetObject()) {
    if (!path.value.IsObject()) continue;
    for (const auto& op : path.value.GetObject()) {
      std::string method(op.name.GetString(), op.name.GetStringLength());
      if (std::find(std::begin(kMethods), std::end(kMethods), method) == std::end(kMethods)) continue;
      std::transform(method.begin(), method.end(), method.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      out.emplace_back(method, std::string(path.name.GetString(), path.name.GetStringLength()));
    }
  }
  return out;
}

}  // namespace siaran::searchd
