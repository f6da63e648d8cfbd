#include "query/result_json.h"

#include <algorithm>

namespace vn::query {

nlohmann::json HitJson(const SearchHit& hit) {
  const auto& a = hit.article;
  nlohmann::json places = nlohmann::json::array();
  for (const auto& p : a.places)
    if (std::find(places.begin(), places.end(), p.canonical) == places.end())
      places.push_back(p.canonical);
  nlohmann::json highlights = nlohmann::json::array();
  for (const auto& [s, e] : hit.snippet.highlights) highlights.push_back({s, e});
  return nlohmann::json{{"rank", hit.rank},
                        {"id", a.id},
                        {"score", hit.score},
                        {"title", a.title},
                        {"published", a.published},
                        {"url", a.url},
                        {"source", a.source},
                        {"source_province", a.source_province},
                        {"event_type", a.event_type},
                        {"places", places},
                        {"snippet", hit.snippet.text},
                        {"highlights", highlights}};
}

nlohmann::json SummaryJson(const SearchRequest& request, const SearchResult& result) {
  nlohmann::json facets = nlohmann::json::object();
  for (const auto& f : result.facets) {
    auto& list = facets[f.name] = nlohmann::json::array();
    for (const auto& [value, count] : f.values) list.push_back({value, count});
  }
  return nlohmann::json{{"summary",
                         {{"query", request.text},
                          {"total_estimate", result.total_estimate},
                          {"returned", result.hits.size()},
                          {"offset", request.offset},
                          {"facets", facets}}}};
}

std::string DumpJson(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace vn::query
