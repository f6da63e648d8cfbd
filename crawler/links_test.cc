#include "crawler/links.h"

#include <gtest/gtest.h>

namespace vn::crawler {
namespace {

TEST(LinksTest, ExtractsResolvesAndDeduplicates) {
  const std::string html = R"html(<!DOCTYPE html><html><head>
<title>Tin tức sự kiện - Sở Ngoại vụ Quảng Trị</title>
<link rel="stylesheet" href="/css/site.css">
<link rel="next" href="?trang=2">
</head><body>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="tin"><a href="bai-viet/ky-ket-thoa-thuan.html#top">Ký kết thỏa thuận hợp tác</a>
<a href="bai-viet/ky-ket-thoa-thuan.html">Xem tiếp</a>
<a href="https://ngoaivu.hue.gov.vn/tin/1">Sở Ngoại vụ Huế</a>
<a href="mailto:songoaivu@quangtri.gov.vn">Email</a>
<a href="javascript:void(0)">In</a>
<a href="bai-viet/đoàn công tác.html">Đoàn công tác</a>
<p>Các tin khác <a href='../cu/tin.html?utm_source=zalo'>tin cũ</a>
<map><area href="/ban-do" alt="Bản đồ"></map>
</div></body></html>)html";
  auto links = ExtractLinks(html, "https://songoaivu.quangtri.gov.vn/tin-tuc/index.html");
  const std::vector<std::string> want = {
      "https://songoaivu.quangtri.gov.vn/tin-tuc/index.html?trang=2",
      "https://songoaivu.quangtri.gov.vn/",
      "https://songoaivu.quangtri.gov.vn/lien-he",
      "https://songoaivu.quangtri.gov.vn/tin-tuc/bai-viet/ky-ket-thoa-thuan.html",
      "https://ngoaivu.hue.gov.vn/tin/1",
      "https://songoaivu.quangtri.gov.vn/tin-tuc/bai-viet/"
      "%C4%91o%C3%A0n%20c%C3%B4ng%20t%C3%A1c.html",
      "https://songoaivu.quangtri.gov.vn/cu/tin.html",
      "https://songoaivu.quangtri.gov.vn/ban-do",
  };
  EXPECT_EQ(links, want);
}

TEST(LinksTest, HonoursBaseHrefAndBrokenMarkup) {
  const std::string html =
      "<html><head><base href=\"https://vietpeace.org.vn/tin/\"></head><body>"
      "<table><tr><td><a href=\"2017/le-ky-ket.html\">Lễ ký kết<td><a href=x.html>x"
      "</table><a href=\"/unterminated";
  auto links = ExtractLinks(html, "https://vietpeace.org.vn/index.php");
  ASSERT_GE(links.size(), 2u);
  EXPECT_EQ(links[0], "https://vietpeace.org.vn/tin/2017/le-ky-ket.html");
  EXPECT_EQ(links[1], "https://vietpeace.org.vn/tin/x.html");
}

TEST(LinksTest, LooksLikeHtml) {
  EXPECT_TRUE(LooksLikeHtml("text/html; charset=utf-8", ""));
  EXPECT_TRUE(LooksLikeHtml("application/xhtml+xml", ""));
  EXPECT_FALSE(LooksLikeHtml("application/pdf", "<html>"));
  EXPECT_FALSE(LooksLikeHtml("image/jpeg", ""));
  EXPECT_TRUE(LooksLikeHtml("", "<!DOCTYPE html><html>"));
  EXPECT_FALSE(LooksLikeHtml("", "%PDF-1.4"));
}

}  // namespace
}  // namespace vn::crawler
