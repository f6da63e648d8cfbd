// ResultJson: the JSON shape of search results, shared by `search --json` and the web
// server's /api/search so the two can never disagree. One object per hit, then a summary.
#pragma once

#include <nlohmann/json.hpp>

#include "query/searcher.h"

namespace vn::query {

nlohmann::json HitJson(const SearchHit& hit);
// {"summary": {query, total_estimate, returned, offset, facets: {name: [[value, count]…]}}}
nlohmann::json SummaryJson(const SearchRequest& request, const SearchResult& result);
// Serialises with invalid UTF-8 replaced rather than throwing (archived text is untrusted).
std::string DumpJson(const nlohmann::json& j);

}  // namespace vn::query
