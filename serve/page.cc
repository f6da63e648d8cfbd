#include "serve/page.h"

#include "serve/html.h"

namespace vn::serve {

std::string Page(std::string_view title, std::string_view body_html) {
  std::string out;
  out.reserve(body_html.size() + 1024);
  out +=
      "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>";
  out += Escape(title);
  out +=
      " · Lưu trữ tin đối ngoại</title>"
      "<link rel=\"stylesheet\" href=\"/static/style.css\">"
      "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"></head>\n"
      "<body><header class=\"top\"><a class=\"brand\" href=\"/\">Lưu trữ tin đối ngoại</a>"
      "<nav><a href=\"/\">Tìm kiếm</a><a href=\"/meetings\">Gặp gỡ đối tác</a></nav></header>\n"
      "<main>";
  out += body_html;
  out +=
      "</main>\n<footer>vnarchive · bản lưu trữ chỉ đọc, phục vụ từ máy này</footer>"
      "</body></html>\n";
  return out;
}

std::string ErrorPage(int status, std::string_view message) {
  std::string heading;
  switch (status) {
    case 400:
      heading = "Yêu cầu không hợp lệ";
      break;
    case 404:
      heading = "Không tìm thấy";
      break;
    case 405:
      heading = "Phương thức không được hỗ trợ";
      break;
    case 503:
      heading = "Chưa có dữ liệu";
      break;
    default:
      heading = "Lỗi máy chủ";
  }
  std::string body = "<section class=\"error\"><h1>" + heading + " <small>(" +
                     std::to_string(status) + ")</small></h1><p>" + Escape(message) +
                     "</p><p><a href=\"/\">← Về trang tìm kiếm</a></p></section>";
  return Page(heading, body);
}

std::string EventTypeLabel(std::string_view type) {
  if (type == "signing") return "Ký kết";
  if (type == "conference") return "Hội nghị, hội thảo";
  if (type == "working-visit") return "Thăm và làm việc";
  if (type == "reception") return "Tiếp đón";
  if (type == "review") return "Sơ kết, tổng kết";
  if (type == "competition-pledge") return "Giao ước thi đua";
  if (type == "other") return "Khác";
  return std::string(type);
}

std::string PlaceKindLabel(std::string_view kind) {
  if (kind == "province") return "tỉnh";
  if (kind == "city") return "thành phố";
  if (kind == "foreign-province") return "tỉnh nước ngoài";
  if (kind == "country") return "quốc gia";
  return std::string(kind);
}

std::string DisplayDate(std::string_view iso) {
  if (iso.size() >= 10 && iso[4] == '-' && iso[7] == '-')
    return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" +
           std::string(iso.substr(0, 4));
  if (iso.size() == 7 && iso[4] == '-')
    return std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4));
  return std::string(iso);
}

}  // namespace vn::serve
