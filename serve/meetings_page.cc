#include "serve/meetings_page.h"

#include "serve/html.h"
#include "serve/page.h"

namespace vn::serve {

std::string RenderMeetingsPage(const std::string& partner, const std::string& source_province,
                               const std::vector<std::pair<std::string, uint64_t>>& partners,
                               const std::vector<query::Meeting>* meetings) {
  std::string b = "<h1>Gặp gỡ, làm việc với đối tác</h1>";
  b += "<form class=\"search meetings\" action=\"/meetings\" method=\"get\"><div class=\"box\">";
  b +=
      "<label for=\"partner\" class=\"sr\">Đối tác</label><select name=\"partner\" id=\"partner\">";
  b += "<option value=\"\">— Chọn đối tác —</option>";
  bool listed = false;
  for (const auto& [name, count] : partners) {
    bool on = name == partner;
    listed |= on;
    b += "<option value=\"" + Escape(name) + "\"" + (on ? " selected" : "") + ">" + Escape(name) +
         " (" + std::to_string(count) + ")</option>";
  }
  if (!partner.empty() && !listed)
    b += "<option value=\"" + Escape(partner) + "\" selected>" + Escape(partner) + "</option>";
  b += "</select><button type=\"submit\">Xem</button></div>";
  b += "<div class=\"options\"><label>Tỉnh đưa tin <input type=\"text\" name=\"source_province\" "
       "value=\"" +
       Escape(source_province) + "\" placeholder=\"ví dụ: Quảng Trị\"></label></div></form>";
  if (!meetings) {
    b += "<p class=\"summary\">Chọn một tỉnh, quốc gia hoặc tổ chức đối tác để xem các sự kiện "
         "với đối tác đó, mới nhất trước.</p>";
    return Page("Gặp gỡ đối tác", b);
  }
  b += "<p class=\"summary\" id=\"summary\">";
  if (meetings->empty())
    b += "Không có sự kiện nào với «" + Escape(partner) + "» trong chỉ mục.</p>";
  else
    b += std::to_string(meetings->size()) + " sự kiện với «" + Escape(partner) + "»</p>";
  b += "<ol class=\"hits meetings\">";
  for (const auto& m : *meetings) {
    const auto& a = m.article;
    b += "<li class=\"hit\"><h2><a href=\"/record/" + UrlEncode(a.id) + "\">" +
         Escape(a.title.empty() ? "(không có tiêu đề)" : a.title) + "</a></h2>";
    b += "<div class=\"meta\"><time>" + Escape(DisplayDate(m.date)) +
         "</time> · <span class=\"tag\">" + Escape(EventTypeLabel(m.type)) + "</span>";
    if (!a.source_province.empty()) b += " · " + Escape(a.source_province) + " đưa tin";
    b += "</div><ul class=\"details\">";
    if (!m.places.empty()) {
      std::string places;
      for (const auto& p : m.places) places += (places.empty() ? "" : ", ") + Escape(p);
      b += "<li>Địa điểm, đối tác: " + places + "</li>";
    }
    for (const auto& p : m.people) {
      std::string role = p.title;
      if (!p.organisation.empty()) role += (role.empty() ? "" : " ") + p.organisation;
      b +=
          "<li>Thành phần: " + Escape(p.name) + (role.empty() ? "" : ", " + Escape(role)) + "</li>";
    }
    for (const auto& ag : m.agreements) b += "<li>Văn kiện: " + Escape(ag) + "</li>";
    b += "</ul></li>";
  }
  b += "</ol>";
  return Page("Gặp gỡ " + partner, b);
}

}  // namespace vn::serve
