#include "search/request_check.h"

#include <algorithm>

#include "index/schema.h"
#include "search/date_spec.h"

namespace siaran::search {
namespace {

std::string checked_day(const std::string& value, const char* name) {
  std::optional<std::string> key = day_key(value);
  if (!key) {
    throw InvalidRequest(std::string("invalid ") + name + " date \"" + value +
                         "\": use a real calendar date as YYYY-MM-DD");
  }
  return *key;
}

Xapian::Query date_filter(const SearchRequest& request) {
  if (request.from.empty() && request.to.empty()) return Xapian::Query();
  const unsigned slot = index::schema::kDateSlot;
  std::string first = request.from.empty() ? "" : checked_day(request.from, "from");
  std::string last = request.to.empty() ? "" : checked_day(request.to, "to");
  if (first.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, last);
  if (last.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, first);
  if (first > last) {
    throw InvalidRequest("from (" + request.from + ") is after to (" + request.to + ")");
  }
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, first, last);
}

std::string facet_names() {
  std::string names;
  const auto& specs = facet_specs();
  for (size_t i = 0; i < specs.size(); ++i) {
    if (i > 0) names += i + 1 == specs.size() ? " or " : ", ";
    names += specs[i].name;
  }
  return names;
}

}  // namespace

CheckedRequest check_request(const SearchRequest& request) {
  if (request.page < 1) throw InvalidRequest("page must be 1 or more");
  if (request.per_page < 1 || request.per_page > kMaxPerPage) {
    throw InvalidRequest("per_page must be between 1 and " + std::to_string(kMaxPerPage));
  }
  if (static_cast<unsigned long long>(request.page) * request.per_page > kMaxResultDepth) {
    throw InvalidRequest("page too deep: page * per_page must be at most " +
                         std::to_string(kMaxResultDepth) + "; narrow the query instead");
  }

  CheckedRequest checked;
  checked.dates = date_filter(request);
  checked.selection.select(*find_facet("unit"), request.units);
  checked.selection.select(*find_facet("topic"), request.topics);
  checked.selection.select(*find_facet("region"), request.regions);
  for (const std::string& name : request.facets) {
    const FacetSpec* spec = find_facet(name);
    if (!spec) throw InvalidRequest("unknown facet \"" + name + "\" (use " + facet_names() + ")");
    if (std::find(checked.facets.begin(), checked.facets.end(), spec) == checked.facets.end()) {
      checked.facets.push_back(spec);
    }
  }
  return checked;
}

}  // namespace siaran::search
