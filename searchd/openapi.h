// searchd::openapi — the OpenAPI 3.0 description of the HTTP API, served at
// GET /api/v1/openapi.json. The document is searchd/openapi.json, embedded into the binary at
// build time (CMake writes it into a generated .cc as a raw string literal), so it is edited as
// JSON and can never go missing at run time. tests/searchd/openapi_test.cc checks that its paths
// and methods are exactly the routes the server registers.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace siaran::searchd {

std::string_view openapi_document();

// (METHOD, path) of every operation in `document`, e.g. ("GET", "/api/v1/documents/{id}").
// Throws std::runtime_error if `document` is not an OpenAPI object with "paths".
std::vector<std::pair<std::string, std::string>> openapi_operations(std::string_view document);

}  // namespace siaran::searchd
