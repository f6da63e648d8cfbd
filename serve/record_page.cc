#include "serve/record_page.h"

#include <algorithm>
#include <set>
#include <vector>

#include "serve/html.h"
#include "serve/page.h"

namespace vn::serve {

namespace {

struct Mark {
  int64_t start, end;
  const char* kind;
};

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Escaped `text` (code points [0, n)) with marks given as offsets relative to it.
std::string MarkedText(const std::string& text, const std::vector<Mark>& marks) {
  std::string out;
  size_t cp = 0, m = 0;
  bool open = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool lead = i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (lead) {
      if (open && static_cast<int64_t>(cp) == marks[m].end) {
        out += "</mark>";
        open = false;
        ++m;
      }
      if (!open && m < marks.size() && static_cast<int64_t>(cp) == marks[m].start &&
          i < text.size()) {
        out += std::string("<mark class=\"") + marks[m].kind + "\">";
        open = true;
      }
      ++cp;
    }
    if (i < text.size()) out += Escape(std::string_view(&text[i], 1));
  }
  if (open) out += "</mark>";
  return out;
}

std::string SearchLink(const std::string& key, const std::string& value) {
  return "/" + QueryString({{key, value}});
}

}  // namespace

std::string BodyWithMentions(const indexer::Article& a) {
  std::vector<Mark> marks;
  for (const auto& p : a.people) marks.push_back({p.span.start, p.span.end, "person"});
  for (const auto& o : a.organisations) marks.push_back({o.span.start, o.span.end, "org"});
  for (const auto& p : a.places) marks.push_back({p.span.start, p.span.end, "place"});
  for (const auto& d : a.event_dates) marks.push_back({d.span.start, d.span.end, "date"});
  std::sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) {
    return x.start != y.start ? x.start < y.start : x.end > y.end;  // longer first
  });
  std::string out;
  int64_t offset = 0;  // code point where the paragraph starts in BodyText()
  size_t next = 0;
  for (const auto& para : a.body) {
    int64_t len = static_cast<int64_t>(CodePoints(para));
    std::vector<Mark> local;
    int64_t last_end = 0;
    for (size_t k = next; k < marks.size(); ++k) {
      const Mark& mk = marks[k];
      if (mk.start < offset) continue;  // before this paragraph (or invalid)
      if (mk.start >= offset + len) break;
      // Marks stay inside their paragraph and do not overlap each other.
      if (mk.end <= mk.start || mk.end > offset + len || mk.start - offset < last_end) continue;
      local.push_back({mk.start - offset, mk.end - offset, mk.kind});
      last_end = mk.end - offset;
    }
    while (next < marks.size() && marks[next].start < offset + len) ++next;
    out += "<p>" + MarkedText(para, local) + "</p>\n";
    offset += len + 2;  // the "\n\n" between paragraphs
  }
  return out;
}

std::string RenderRecordPage(const indexer::Article& a) {
  std::string title = a.title.empty() ? "(không có tiêu đề)" : a.title;
  std::string b = "<article class=\"record\"><h1 id=\"title\">" + Escape(title) + "</h1>";
  b += "<dl class=\"facts\">";
  auto row = [&](const std::string& label, const std::string& html) {
    if (!html.empty()) b += "<dt>" + label + "</dt><dd>" + html + "</dd>";
  };
  row("Ngày đăng", a.published.empty() ? "không rõ" : Escape(DisplayDate(a.published)));
  std::string dates;
  for (const auto& d : a.event_dates) {
    if (!dates.empty()) dates += "; ";
    dates += Escape(d.value) + " <span class=\"quote\">(" + Escape(d.text) + ")</span>";
  }
  row("Ngày sự kiện", dates);
  row("Loại sự kiện", "<a href=\"" + Escape(SearchLink("type", a.event_type)) + "\">" +
                          Escape(EventTypeLabel(a.event_type)) + "</a>");
  std::string source = Escape(a.source);
  if (!a.source_province.empty())
    source += (source.empty() ? "" : " · ") + Escape(a.source_province);
  row("Nguồn", source);
  b += "</dl>";

  auto section = [&](const std::string& heading, const std::string& id,
                     const std::vector<std::string>& items) {
    if (items.empty()) return;
    b += "<section class=\"entities\" id=\"" + id + "\"><h2>" + heading + "</h2><ul>";
    for (const auto& i : items) b += "<li>" + i + "</li>";
    b += "</ul></section>";
  };
  std::vector<std::string> people;
  std::set<std::string> seen;
  for (const auto& p : a.people) {
    if (!seen.insert(p.name + "\x1f" + p.title).second) continue;
    std::string item = (p.honorific.empty() ? "" : Escape(p.honorific) + " ") + "<a href=\"" +
                       Escape(SearchLink("person", p.name)) + "\">" + Escape(p.name) + "</a>";
    std::string role = p.title;
    if (!p.organisation.empty()) role += (role.empty() ? "" : " ") + p.organisation;
    if (!role.empty()) item += ", <span class=\"role\">" + Escape(role) + "</span>";
    people.push_back(item);
  }
  section("Nhân vật", "people", people);
  std::vector<std::string> orgs;
  seen.clear();
  for (const auto& o : a.organisations) {
    const std::string& name = o.canonical.empty() ? o.name : o.canonical;
    if (!seen.insert(name).second) continue;
    orgs.push_back("<a href=\"" + Escape(SearchLink("org", name)) + "\">" + Escape(name) + "</a>");
  }
  section("Cơ quan, tổ chức", "orgs", orgs);
  std::vector<std::string> places;
  seen.clear();
  for (const auto& p : a.places) {
    const std::string& name = p.canonical.empty() ? p.name : p.canonical;
    if (!seen.insert(name).second) continue;
    std::string item = "<a href=\"" + Escape(SearchLink("place", name)) + "\">" + Escape(name) +
                       "</a> <span class=\"kind\">(" + Escape(PlaceKindLabel(p.kind)) + ")</span>";
    if (!p.current_province.empty() && p.current_province != name)
      item +=
          " → <span class=\"successor\">từ 2025 thuộc " + Escape(p.current_province) + "</span>";
    places.push_back(item);
  }
  section("Địa danh", "places", places);
  std::vector<std::string> partners;
  for (const auto& p : a.partners)
    partners.push_back("<a href=\"/meetings" + Escape(QueryString({{"partner", p}})) + "\">" +
                       Escape(p) + "</a>");
  section("Đối tác", "partners", partners);

  b += "<section class=\"body\"><h2>Nội dung</h2>"
       "<p class=\"legend\"><mark class=\"person\">nhân vật</mark> "
       "<mark class=\"org\">tổ chức</mark> <mark class=\"place\">địa danh</mark> "
       "<mark class=\"date\">ngày</mark></p>" +
       BodyWithMentions(a) + "</section>";
  b += "<p class=\"links\">";
  if (!a.warc_file.empty())
    b += "<a id=\"capture-link\" href=\"/capture/" + UrlEncode(a.id) +
         "\">Xem bản lưu trữ</a> (chụp lúc " + Escape(a.capture_date) + ") · ";
  if (!a.history.empty()) {
    b += "Các bản lưu trước: ";
    for (size_t i = 0; i < a.history.size(); ++i)
      b += std::string(i ? ", " : "") + "<a class=\"earlier\" href=\"/capture/" + UrlEncode(a.id) +
           "?v=" + std::to_string(i) + "\">" + Escape(a.history[i].date) + "</a>";
    b += " · ";
  }
  b += "Địa chỉ gốc: <a rel=\"noopener noreferrer\" href=\"" +
       Escape(a.url.rfind("http", 0) == 0 ? a.url : "#") + "\">" + Escape(a.url) + "</a></p>";
  b += "</article>";
  return Page(title, b);
}

}  // namespace vn::serve
