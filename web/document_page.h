// web::document_page — one release at /doc/{id}: the full text in paragraphs, its metadata (and
// which of it was inferred rather than stated), the link to the release as published, and
// "related releases" (search::Searcher::similar).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/document.h"
#include "search/search_request.h"
#include "web/i18n.h"

namespace siaran::web {

std::string render_document(const corpus::Document& doc, const std::vector<search::Hit>& related, Lang lang);

// The page for an unknown id (HTTP 404).
std::string render_document_not_found(std::string_view id, Lang lang);

// The body as HTML paragraphs: blank lines separate paragraphs, a single newline is a <br>.
std::string paragraphs_html(std::string_view body);

}  // namespace siaran::web
