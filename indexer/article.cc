#include "indexer/article.h"

namespace vn::indexer {

namespace {

void PutSpan(nlohmann::json& j, const Span& s) {
  if (s.start >= 0) {
    j["start"] = s.start;
    j["end"] = s.end;
  }
}

Span GetSpan(const nlohmann::json& j) {
  Span s;
  s.start = j.value("start", int64_t{-1});
  s.end = j.value("end", int64_t{-1});
  return s;
}

}  // namespace

std::string Article::BodyText() const {
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    if (i) out += "\n\n";
    out += body[i];
  }
  return out;
}

nlohmann::json Article::ToJson() const {
  nlohmann::json j;
  j["id"] = id;
  j["url"] = url;
  j["canonical_url"] = canonical_url;
  j["source"] = source;
  j["source_province"] = source_province;
  j["title"] = title;
  j["published"] = published;
  j["published_text"] = published_text;
  j["charset"] = charset;
  auto& dates = j["event_dates"] = nlohmann::json::array();
  for (const auto& d : event_dates) {
    nlohmann::json e{{"text", d.text}, {"value", d.value}, {"granularity", d.granularity}};
    PutSpan(e, d.span);
    dates.push_back(std::move(e));
  }
  j["body"] = body;
  auto& people_j = j["people"] = nlohmann::json::array();
  for (const auto& p : people) {
    nlohmann::json e{{"name", p.name},
                     {"honorific", p.honorific},
                     {"title", p.title},
                     {"organisation", p.organisation}};
    PutSpan(e, p.span);
    people_j.push_back(std::move(e));
  }
  auto& orgs = j["organisations"] = nlohmann::json::array();
  for (const auto& o : organisations) {
    nlohmann::json e{{"name", o.name}, {"canonical", o.canonical}, {"province", o.province}};
    PutSpan(e, o.span);
    orgs.push_back(std::move(e));
  }
  auto& places_j = j["places"] = nlohmann::json::array();
  for (const auto& p : places) {
    nlohmann::json e{{"name", p.name},
                     {"canonical", p.canonical},
                     {"kind", p.kind},
                     {"current_province", p.current_province},
                     {"country", p.country}};
    PutSpan(e, p.span);
    places_j.push_back(std::move(e));
  }
  j["partners"] = partners;
  nlohmann::json agreements_json = nlohmann::json::array();
  for (const auto& g : agreements) {
    nlohmann::json e{{"name", g.name}};
    PutSpan(e, g.span);
    agreements_json.push_back(e);
  }
  j["agreements"] = agreements_json;
  j["page_kind"] = page_kind;
  j["event_type"] = event_type;
  j["event_type_evidence"] = event_type_evidence;
  nlohmann::json capture = nlohmann::json::object();
  if (!warc_file.empty()) {
    capture = {{"warc_file", warc_file},
               {"offset", warc_offset},
               {"record_id", warc_record_id},
               {"date", capture_date}};
    if (!payload_digest.empty()) capture["payload_digest"] = payload_digest;
    if (!history.empty()) {
      nlohmann::json earlier = nlohmann::json::array();
      for (const auto& h : history)
        earlier.push_back({{"warc_file", h.warc_file},
                           {"offset", h.offset},
                           {"record_id", h.record_id},
                           {"date", h.date},
                           {"payload_digest", h.payload_digest}});
      capture["earlier"] = earlier;
    }
  }
  j["capture"] = capture;
  return j;
}

Article Article::FromJson(const nlohmann::json& j) {
  Article a;
  a.id = j.value("id", "");
  a.url = j.value("url", "");
  a.canonical_url = j.value("canonical_url", "");
  a.source = j.value("source", "");
  a.source_province = j.value("source_province", "");
  a.title = j.value("title", "");
  a.published = j.value("published", "");
  a.published_text = j.value("published_text", "");
  a.charset = j.value("charset", "");
  for (const auto& e : j.value("event_dates", nlohmann::json::array())) {
    a.event_dates.push_back(
        {e.value("text", ""), e.value("value", ""), e.value("granularity", ""), GetSpan(e)});
  }
  a.body = j.value("body", std::vector<std::string>{});
  for (const auto& e : j.value("people", nlohmann::json::array())) {
    a.people.push_back({e.value("name", ""), e.value("honorific", ""), e.value("title", ""),
                        e.value("organisation", ""), GetSpan(e)});
  }
  for (const auto& e : j.value("organisations", nlohmann::json::array())) {
    a.organisations.push_back(
        {e.value("name", ""), e.value("canonical", ""), e.value("province", ""), GetSpan(e)});
  }
  for (const auto& e : j.value("places", nlohmann::json::array())) {
    a.places.push_back({e.value("name", ""), e.value("canonical", ""), e.value("kind", ""),
                        e.value("current_province", ""), e.value("country", ""), GetSpan(e)});
  }
  a.partners = j.value("partners", std::vector<std::string>{});
  for (const auto& e : j.value("agreements", nlohmann::json::array()))
    a.agreements.push_back({e.value("name", ""), GetSpan(e)});
  a.page_kind = j.value("page_kind", "article");
  a.event_type = j.value("event_type", "other");
  a.event_type_evidence = j.value("event_type_evidence", std::vector<std::string>{});
  if (j.contains("capture") && j["capture"].is_object() && !j["capture"].empty()) {
    const auto& c = j["capture"];
    a.warc_file = c.value("warc_file", "");
    a.warc_offset = c.value("offset", uint64_t{0});
    a.warc_record_id = c.value("record_id", "");
    a.capture_date = c.value("date", "");
    a.payload_digest = c.value("payload_digest", "");
    for (const auto& h : c.value("earlier", nlohmann::json::array()))
      a.history.push_back({h.value("warc_file", ""), h.value("offset", uint64_t{0}),
                           h.value("record_id", ""), h.value("date", ""),
                           h.value("payload_digest", "")});
  }
  return a;
}

}  // namespace vn::indexer
