#include "serve/search_page.h"

#include <algorithm>
#include <charconv>
#include <utility>
#include <vector>

#include "common/error.h"
#include "serve/html.h"
#include "serve/page.h"

namespace vn::serve {

namespace {

using ParamList = std::vector<std::pair<std::string, std::string>>;

std::vector<std::string> All(const Params& params, const std::string& name) {
  std::vector<std::string> out;
  auto [b, e] = params.equal_range(name);
  for (auto it = b; it != e; ++it)
    if (!it->second.empty()) out.push_back(it->second);
  return out;
}

std::string One(const Params& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() ? "" : it->second;
}

unsigned Number(const Params& params, const std::string& name, unsigned fallback, unsigned min,
                unsigned max) {
  std::string v = One(params, name);
  if (v.empty()) return fallback;
  unsigned n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < min || n > max)
    throw UsageError("tham số " + name + "='" + v.substr(0, 40) + "' phải là số từ " +
                     std::to_string(min) + " đến " + std::to_string(max));
  return n;
}

void CheckLength(const std::string& name, const std::string& v, size_t max) {
  if (v.size() > max)
    throw UsageError("tham số " + name + " quá dài (" + std::to_string(v.size()) +
                     " byte; tối đa " + std::to_string(max) + ")");
}

// Fields shared by the page and the API.
query::SearchRequest ParseCommon(const Params& params) {
  size_t total = 0;
  for (const auto& [k, v] : params) total += k.size() + v.size();
  if (total > 4 * kMaxQueryBytes)
    throw UsageError("yêu cầu quá dài (" + std::to_string(total) + " byte)");
  query::SearchRequest r;
  r.text = One(params, "q");
  CheckLength("q", r.text, kMaxQueryBytes);
  r.places = All(params, "place");
  r.orgs = All(params, "org");
  r.people = All(params, "person");
  r.types = All(params, "type");
  r.sources = All(params, "source");
  r.since = One(params, "since");
  r.until = One(params, "until");
  for (const auto& [name, value] : {std::pair{"since", r.since}, std::pair{"until", r.until}}) {
    if (value.empty()) continue;
    try {
      query::DateBound(value, false);
    } catch (const Error&) {
      throw UsageError(std::string("tham số ") + name + "='" + value.substr(0, 40) +
                       "' không phải là ngày (YYYY, YYYY-MM hoặc YYYY-MM-DD)");
    }
  }
  r.sort = One(params, "sort");
  if (r.sort.empty()) r.sort = "relevance";
  if (r.sort != "relevance" && r.sort != "date" && r.sort != "-date")
    throw UsageError("tham số sort phải là relevance, date hoặc -date");
  return r;
}

const char* FacetTitle(const std::string& name) {
  if (name == "year") return "Năm";
  if (name == "place") return "Địa danh";
  if (name == "org") return "Cơ quan, tổ chức";
  if (name == "person") return "Nhân vật";
  if (name == "type") return "Loại sự kiện";
  return "";
}

// The request as page parameters, so that links keep every filter.
ParamList ToParams(const query::SearchRequest& r) {
  ParamList p;
  if (!r.text.empty()) p.emplace_back("q", r.text);
  for (const auto& v : r.places) p.emplace_back("place", v);
  for (const auto& v : r.orgs) p.emplace_back("org", v);
  for (const auto& v : r.people) p.emplace_back("person", v);
  for (const auto& v : r.types) p.emplace_back("type", v);
  if (!r.since.empty()) p.emplace_back("since", r.since);
  if (!r.until.empty()) p.emplace_back("until", r.until);
  if (r.sort != "relevance") p.emplace_back("sort", r.sort);
  return p;
}

std::string Link(const ParamList& p) { return "/" + QueryString(p); }

ParamList Without(ParamList p, const std::string& key, const std::string& value) {
  p.erase(std::remove_if(p.begin(), p.end(),
                         [&](const auto& kv) {
                           return kv.first == key && (value.empty() || kv.second == value);
                         }),
          p.end());
  return p;
}

std::string Selected(bool on) { return on ? " selected" : ""; }

// The facet sidebar: each value a link that adds its filter (or removes it when active).
std::string RenderFacets(const query::SearchRequest& r, const query::SearchResult& result) {
  ParamList base = ToParams(r);
  std::string out = "<aside class=\"facets\" aria-label=\"Lọc kết quả\">";
  for (const auto& f : result.facets) {
    if (f.values.empty()) continue;
    out += "<details open class=\"facet\" data-facet=\"" + Escape(f.name) + "\"><summary>" +
           FacetTitle(f.name) + "</summary><ul>";
    for (const auto& [value, count] : f.values) {
      std::string key = f.name == "year" ? "" : f.name;
      const std::vector<std::string>* active = f.name == "place"    ? &r.places
                                               : f.name == "org"    ? &r.orgs
                                               : f.name == "person" ? &r.people
                                               : f.name == "type"   ? &r.types
                                                                    : nullptr;
      bool on = false;
      ParamList link;
      if (f.name == "year") {
        std::string since = value + "-01-01", until = value + "-12-31";
        on = r.since == since && r.until == until;
        link = Without(Without(base, "since", ""), "until", "");
        if (!on) {
          link.emplace_back("since", since);
          link.emplace_back("until", until);
        }
      } else {
        on = std::find(active->begin(), active->end(), value) != active->end();
        link = on ? Without(base, key, value) : base;
        if (!on) link.emplace_back(key, value);
      }
      std::string label = f.name == "type" ? EventTypeLabel(value) : value;
      out += std::string("<li") + (on ? " class=\"on\"" : "") + "><a href=\"" + Escape(Link(link)) +
             "\">" + Escape(label) + "</a> <span class=\"count\">" + std::to_string(count) +
             "</span></li>";
    }
    out += "</ul></details>";
  }
  return out + "</aside>";
}

std::string RenderActiveFilters(const query::SearchRequest& r) {
  ParamList base = ToParams(r);
  std::string chips;
  auto chip = [&](const std::string& label, const std::string& key, const std::string& value) {
    chips += "<a class=\"chip\" href=\"" + Escape(Link(Without(base, key, value))) +
             "\" title=\"Bỏ bộ lọc\">" + Escape(label) + " ×</a>";
  };
  for (const auto& v : r.places) chip("Địa danh: " + v, "place", v);
  for (const auto& v : r.orgs) chip("Tổ chức: " + v, "org", v);
  for (const auto& v : r.people) chip("Nhân vật: " + v, "person", v);
  for (const auto& v : r.types) chip("Loại: " + EventTypeLabel(v), "type", v);
  if (chips.empty()) return "";
  return "<div class=\"filters\">Đang lọc: " + chips + "</div>";
}

std::string RenderHit(const query::SearchHit& hit) {
  const auto& a = hit.article;
  std::string record = "/record/" + UrlEncode(a.id);
  std::string out = "<li class=\"hit\"><h2><a href=\"" + record + "\">" +
                    Escape(a.title.empty() ? "(không có tiêu đề)" : a.title) + "</a></h2>";
  out += "<div class=\"meta\">";
  out += a.published.empty() ? "Không rõ ngày"
                             : "<time datetime=\"" + Escape(a.published.substr(0, 10)) + "\">" +
                                   Escape(DisplayDate(a.published)) + "</time>";
  std::string source = a.source_province.empty() ? a.source : a.source_province;
  if (!source.empty()) out += " · " + Escape(source);
  out += " · <span class=\"tag\">" + Escape(EventTypeLabel(a.event_type)) + "</span></div>";
  if (!hit.snippet.text.empty())
    out +=
        "<p class=\"snippet\">" + HighlightHtml(hit.snippet.text, hit.snippet.highlights) + "</p>";
  out += "<div class=\"links\"><a href=\"" + record + "\">Xem bản ghi</a>";
  if (!a.warc_file.empty())
    out += " · <a href=\"/capture/" + UrlEncode(a.id) + "\">Bản lưu trữ</a>";
  out += " · <span class=\"url\">" + Escape(a.url) + "</span></div></li>";
  return out;
}

std::string RenderPaging(const query::SearchRequest& r, const query::SearchResult& result) {
  uint64_t pages = (result.total_estimate + kPageSize - 1) / kPageSize;
  pages = std::min<uint64_t>(pages, kMaxPage);
  if (pages <= 1) return "";
  unsigned current = r.offset / kPageSize + 1;
  ParamList base = ToParams(r);
  auto page_link = [&](uint64_t n, const std::string& label, const char* rel) {
    ParamList p = base;
    if (n > 1) p.emplace_back("page", std::to_string(n));
    return "<a href=\"" + Escape(Link(p)) + "\"" +
           (rel ? std::string(" rel=\"") + rel + "\"" : "") + ">" + label + "</a>";
  };
  std::string out = "<nav class=\"paging\" aria-label=\"Trang kết quả\">";
  if (current > 1) out += page_link(current - 1, "← Trang trước", "prev");
  uint64_t from = current > 3 ? current - 2 : 1, to = std::min<uint64_t>(pages, current + 2);
  for (uint64_t n = from; n <= to; ++n)
    out += n == current
               ? "<span class=\"current\" aria-current=\"page\">" + std::to_string(n) + "</span>"
               : page_link(n, std::to_string(n), nullptr);
  if (current < pages) out += page_link(current + 1, "Trang sau →", "next");
  return out + "</nav>";
}

}  // namespace

query::SearchRequest ParseApiRequest(const Params& params) {
  query::SearchRequest r = ParseCommon(params);
  r.date_field = One(params, "date_field");
  if (r.date_field.empty()) r.date_field = "published";
  if (r.date_field != "published" && r.date_field != "event")
    throw UsageError("tham số date_field phải là published hoặc event");
  r.limit = Number(params, "limit", 10, 1, kMaxApiLimit);
  r.offset = Number(params, "offset", 0, 0, kMaxOffset);
  std::string facets = One(params, "facets");
  for (size_t i = 0; i < facets.size();) {
    size_t comma = facets.find(',', i);
    std::string f = facets.substr(i, comma == std::string::npos ? std::string::npos : comma - i);
    i = comma == std::string::npos ? facets.size() : comma + 1;
    if (f.empty()) continue;
    if (f != "year" && f != "place" && f != "org" && f != "person" && f != "type")
      throw UsageError("tham số facets: '" + f.substr(0, 40) +
                       "' không phải year, place, org, person hoặc type");
    r.facets.push_back(f);
  }
  std::string expand = One(params, "expand_places");
  r.expand_places = expand == "1" || expand == "true";
  return r;
}

query::SearchRequest ParsePageRequest(const Params& params) {
  query::SearchRequest r = ParseCommon(params);
  unsigned page = Number(params, "page", 1, 1, kMaxPage);
  r.limit = kPageSize;
  r.offset = (page - 1) * kPageSize;
  r.facets = {"year", "place", "org", "person", "type"};
  r.facet_limit = 12;
  return r;
}

std::string RenderSearchPage(const query::SearchRequest& r, const query::SearchResult* result) {
  std::string body = "<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">";
  body += "<div class=\"box\"><input type=\"search\" name=\"q\" id=\"q\" value=\"" +
          Escape(r.text) +
          "\" placeholder=\"Nhập từ khóa, có dấu hoặc không dấu…\" aria-label=\"Từ khóa\" "
          "maxlength=\"" +
          std::to_string(kMaxQueryBytes) +
          "\" autofocus><button type=\"submit\">Tìm kiếm</button></div>";
  // Facet filters stay when a new query or date range is submitted.
  for (const auto& [k, v] : ToParams(r))
    if (k == "place" || k == "org" || k == "person" || k == "type")
      body += "<input type=\"hidden\" name=\"" + k + "\" value=\"" + Escape(v) + "\">";
  body += "<div class=\"options\"><label>Từ ngày <input type=\"date\" name=\"since\" value=\"" +
          Escape(r.since) +
          "\"></label><label>Đến ngày <input type=\"date\" name=\"until\" value=\"" +
          Escape(r.until) + "\"></label><label>Sắp xếp <select name=\"sort\">" +
          "<option value=\"relevance\"" + Selected(r.sort == "relevance") +
          ">Liên quan nhất</option><option value=\"-date\"" + Selected(r.sort == "-date") +
          ">Mới nhất trước</option><option value=\"date\"" + Selected(r.sort == "date") +
          ">Cũ nhất trước</option></select></label></div></form>";
  if (!result) return Page("Tìm kiếm", body);
  body += RenderActiveFilters(r);
  body += "<div class=\"layout\"><section class=\"results\">";
  body += "<p class=\"summary\" id=\"summary\">";
  if (result->total_estimate == 0) {
    body += "Không tìm thấy kết quả nào";
    if (!r.text.empty()) body += " cho «" + Escape(r.text) + "»";
    body += ". Hãy thử bớt từ khóa hoặc bỏ bộ lọc.";
  } else {
    body += "Khoảng " + std::to_string(result->total_estimate) + " kết quả";
    if (!r.text.empty()) body += " cho «" + Escape(r.text) + "»";
    if (r.offset > 0) body += " · trang " + std::to_string(r.offset / kPageSize + 1);
  }
  body += "</p><ol class=\"hits\" start=\"" + std::to_string(r.offset + 1) + "\">";
  for (const auto& hit : result->hits) body += RenderHit(hit);
  body += "</ol>" + RenderPaging(r, *result) + "</section>";
  body += RenderFacets(r, *result) + "</div>";
  return Page(r.text.empty() ? "Tìm kiếm" : r.text, body);
}

}  // namespace vn::serve
