// SearchPage: the search page (box, date range, sort, facet sidebar that filters on
// click, highlighted snippets, paging) and the parsing of its query string and of
// /api/search's, which takes the same names as `vnarchive search`'s flags. Parsing
// refuses absurd values (a query over kMaxQueryBytes, a limit over kMaxApiLimit, a page
// past kMaxPage, a malformed date) with vn::Error(kUsage), which the server answers 400.
#pragma once

#include <map>
#include <string>

#include "query/searcher.h"

namespace vn::serve {

using Params = std::multimap<std::string, std::string>;

inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr unsigned kPageSize = 10;
inline constexpr unsigned kMaxPage = 1000;
inline constexpr unsigned kMaxApiLimit = 100;
inline constexpr unsigned kMaxOffset = 100000;

// /api/search: q, place, org, person, type, source (each repeatable), since, until,
// date_field, sort, offset, limit, facets (comma-separated), expand_places.
query::SearchRequest ParseApiRequest(const Params& params);

// The page: q, place, org, person, type, since, until, sort, page; every facet counted.
query::SearchRequest ParsePageRequest(const Params& params);

// The whole page; `result` is null before anything was asked.
std::string RenderSearchPage(const query::SearchRequest& request,
                             const query::SearchResult* result);

}  // namespace vn::serve
