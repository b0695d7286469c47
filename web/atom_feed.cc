#include "web/atom_feed.h"

#include <cctype>

#include "web/html.h"

namespace siaran::web {
namespace {

bool digits_at(const std::string& s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

std::string element(std::string_view name, const std::string& text) {
  std::string out = "<";
  out += name;
  out += '>';
  out += escape_xml(text);
  out += "</";
  out += name;
  out += ">\n";
  return out;
}

std::string feed_title(const SearchState& state) {
  std::string what = state.q;
  for (const auto& u : state.units) what += (what.empty() ? "" : " · ") + u;
  for (const auto& t : state.topics) what += (what.empty() ? "" : " · ") + t;
  if (what.empty()) return std::string(tr(Text::FeedTitleAll, state.lang));
  return format(tr(Text::FeedTitle, state.lang), {what});
}

}  // namespace

search::SearchRequest feed_request(const SearchState& state) {
  search::SearchRequest r = state.to_request();
  r.page = 1;
  r.per_page = kFeedEntries;
  r.sort = search::SortOrder::Newest;
  r.facets.clear();
  return r;
}

std::string rfc3339(const std::string& iso) {
  if (iso.size() < 10 || !digits_at(iso, 0, 4) || iso[4] != '-' || !digits_at(iso, 5, 2) || iso[7] != '-' ||
      !digits_at(iso, 8, 2)) {
    return {};
  }
  if (iso.size() == 10) return iso + "T00:00:00Z";
  if (iso.size() == 19 && iso[10] == 'T' && digits_at(iso, 11, 2) && iso[13] == ':' && digits_at(iso, 14, 2) &&
      iso[16] == ':' && digits_at(iso, 17, 2)) {
    return iso + "Z";
  }
  if (iso.size() == 16 && iso[10] == 'T' && digits_at(iso, 11, 2) && iso[13] == ':' && digits_at(iso, 14, 2)) {
    return iso + ":00Z";
  }
  return {};
}

std::string render_atom_feed(const SearchState& state, const search::SearchResult& result, const FeedContext& context) {
  const Lang lang = state.lang;
  const std::string& base = context.base_url;
  SearchState html_state = state;
  html_state.sort = search::SortOrder::Newest;
  html_state.page = 1;

  // The feed's <updated> is its newest entry's (hits are newest first), else generation time.
  std::string updated;
  for (const auto& hit : result.hits) {
    if (std::string u = rfc3339(hit.doc.date); !u.empty() && u > updated) updated = u;
  }
  if (updated.empty()) updated = context.generated_at;

  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"";
  out += lang_code(lang);
  out += "\">\n";
  out += element("title", feed_title(state));
  out += element("subtitle", std::string(tr(Text::FeedSubtitle, lang)));
  out += element("id", base + feed_url(state));
  out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + escape_xml(base + feed_url(state)) + "\"/>\n";
  out += "<link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(base + search_url(html_state)) + "\"/>\n";
  out += element("updated", updated);
  out += "<author><name>" + escape_xml(tr(Text::SiteName, lang)) + "</name></author>\n";
  out += "<generator>Siaran</generator>\n";

  for (const auto& hit : result.hits) {
    const auto& d = hit.doc;
    const std::string link = base + document_url(d.id, lang);
    std::string entry_updated = rfc3339(d.date);
    if (entry_updated.empty()) entry_updated = context.generated_at;
    out += "<entry>\n";
    out += element("title", d.title.empty() ? d.id : d.title);
    out += element("id", base + document_url(d.id, Lang::Id));  // the same id in either language
    out += "<link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(link) + "\"/>\n";
    const std::string original = safe_href(d.url);
    if (!original.empty()) out += "<link rel=\"via\" type=\"text/html\" href=\"" + escape_xml(original) + "\"/>\n";
    out += element("updated", entry_updated);
    if (!rfc3339(d.date).empty()) out += element("published", entry_updated);
    if (!d.unit.empty() || !d.source.empty()) {
      out += "<author><name>" + escape_xml(d.unit.empty() ? d.source : d.unit) + "</name></author>\n";
    }
    if (!d.topic.empty()) out += "<category term=\"" + escape_xml(d.topic) + "\"/>\n";
    // The snippet is HTML (escaped passage with <mark>); type="html" carries it escaped once more.
    if (!hit.snippet_html.empty()) {
      out += "<summary type=\"html\">" + escape_xml(hit.snippet_html) + "</summary>\n";
    } else if (!d.body.empty()) {
      out += element("summary", d.body.substr(0, d.body.find("\n\n")));
    }
    out += "</entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace siaran::web
