#include "indexer/extractor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace vn::indexer {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(VN_SOURCE_DIR) + "/tests/fixtures/html/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool BodyContains(const Article& a, const std::string& needle) {
  return a.BodyText().find(needle) != std::string::npos;
}

TEST(ExtractorTest, PortalArticleTitleDateBodyWithoutChrome) {
  std::string html = ReadFixture("songoaivu-article.html");
  ASSERT_FALSE(html.empty());
  Extractor ex;
  PageInput page{html, "text/html; charset=utf-8", "https://songoaivu.example.vn/x.html"};
  Article a = ex.ExtractHtml(page);
  EXPECT_EQ(a.title, "Hội đàm với đoàn công tác tỉnh Chăm-pa-sắc");
  EXPECT_EQ(a.published, "2023-06-28T09:07:00+07:00");
  EXPECT_EQ(a.canonical_url, "https://songoaivu.example.vn/tin-tuc/hoi-dam-champasak-2023.html");
  ASSERT_GE(a.body.size(), 4u);
  EXPECT_TRUE(a.body[0].starts_with("Sáng ngày 26/6, tại thành phố Đông Hà"));
  EXPECT_TRUE(BodyContains(a, "Biên bản ghi nhớ hợp tác giai đoạn 2021-2025"));
  // Chrome stays out: related list, weblinks, share bar, footer, menu, font-size bar.
  for (const char* chrome : {"Các tin khác", "Liên kết website", "Sa-văn-na-khệt thăm", "Chia sẻ",
                             "Bản quyền", "Trang chủ", "Cở chữ", "Tiếp Đại sứ"}) {
    EXPECT_FALSE(BodyContains(a, chrome)) << chrome;
  }
}

TEST(ExtractorTest, JsonLdDateAndEntities) {
  std::string html =
      "<html><head><title>Tiếp Tổng Lãnh sự Lào tại Đà Nẵng | Cổng TTĐT</title>"
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
      "\"NewsArticle\",\"datePublished\":\"2024-09-22T07:14:00Z\"}</script></head><body>"
      "<article><h1>Tiếp Tổng Lãnh sự Lào tại Đà Nẵng</h1><p>Chiều ngày 20/9, Chủ tịch UBND "
      "tỉnh đã tiếp xã giao ông Sổm-phết, Tổng Lãnh sự nước CHDCND Lào tại Đà Nẵng &amp; "
      "đoàn công tác, trao đổi về hợp tác giữa hai bên.</p></article></body></html>";
  Article a = Extractor().ExtractHtml({html, "", "https://x.example/1"});
  EXPECT_EQ(a.title, "Tiếp Tổng Lãnh sự Lào tại Đà Nẵng");
  EXPECT_EQ(a.published, "2024-09-22T14:14:00+07:00");
  ASSERT_EQ(a.body.size(), 1u);
  EXPECT_NE(a.body[0].find("Đà Nẵng & đoàn"), std::string::npos);
}

TEST(ExtractorTest, DateNeverTakenFromSidebar) {
  std::string html =
      "<html><body><div class='sidebar'><ul><li><a href='/a'>Tin cũ về hội nghị</a> "
      "12/03/2015</li></ul></div><div class='main'><h1>Hội nghị tổng kết công tác đối ngoại"
      "</h1><p>Sáng ngày 8/01, Sở Ngoại vụ tổ chức hội nghị tổng kết công tác đối ngoại năm "
      "2018 và triển khai nhiệm vụ năm 2019 với sự tham dự của đại diện các sở, ban, ngành."
      "</p></div></body></html>";
  Article a = Extractor().ExtractHtml({html, "", ""});
  EXPECT_EQ(a.published, "");
  EXPECT_EQ(a.title, "Hội nghị tổng kết công tác đối ngoại");
}

TEST(ExtractorTest, PlainTextSeedStyle) {
  std::string text =
      "Sở Ngoại Vụ: Hội nghị tổng kết năm 2018\n\n8:53, Thứ Hai, 14-1-2019\n\n"
      "Sáng ngày 8/01, tại Huế, Sở Ngoại vụ đã tổ chức hội nghị.\n\nĐoạn thứ hai.\n";
  Article a = Extractor().ExtractText({text, "", ""}, "");
  EXPECT_EQ(a.title, "Sở Ngoại Vụ: Hội nghị tổng kết năm 2018");
  EXPECT_EQ(a.published, "2019-01-14T08:53:00+07:00");
  ASSERT_EQ(a.body.size(), 2u);
  EXPECT_EQ(a.body[1], "Đoạn thứ hai.");
}

TEST(ExtractorTest, BrokenAndDeepMarkupGivesAResult) {
  std::string deep;
  for (int i = 0; i < 50000; ++i) deep += "<div><span>";
  deep += "Nội dung sâu";
  Article a = Extractor().ExtractHtml({deep, "", ""});
  EXPECT_TRUE(a.title.empty());
  std::string broken = "<html><body><p>Đoạn văn <b>chưa đóng <i>thẻ <table><tr><td>ô";
  Article b = Extractor().ExtractHtml({broken, "", ""});
  EXPECT_EQ(b.published, "");
}

// A 10 MB page: the article of the portal fixture inside a huge related-links list, a huge
// inline script and thousands of comment paragraphs. The article must still be the one found.
TEST(ExtractorTest, TenMegabytePageStillYieldsItsArticle) {
  std::string html = ReadFixture("songoaivu-article.html");
  ASSERT_FALSE(html.empty());
  std::string links = "<div class=\"tin-khac\"><ul>";
  for (int i = 0; links.size() < 4'000'000; ++i)
    links += "<li><a href=\"/tin-tuc/tin-" + std::to_string(i) + ".html\">Tin khác số " +
             std::to_string(i) + " ngày 1/1/2020</a></li>";
  links += "</ul></div>";
  std::string script = "<script>var data = [";
  while (script.size() < 3'000'000) script += "\"Ký kết thỏa thuận hợp tác\",";
  script += "0];</script>";
  std::string comments = "<div class=\"binh-luan\">";
  for (int i = 0; comments.size() < 3'000'000; ++i)
    comments +=
        "<div class=\"comment\"><p>Bạn đọc " + std::to_string(i) + ": bài viết hay.</p></div>";
  comments += "</div>";
  size_t at = html.rfind("</body>");
  ASSERT_NE(at, std::string::npos);
  html.insert(at, links + script + comments);
  ASSERT_GT(html.size(), 10'000'000u);
  Extractor ex;
  Article a =
      ex.ExtractHtml({html, "text/html; charset=utf-8", "https://songoaivu.example.vn/x.html"});
  EXPECT_EQ(a.title, "Hội đàm với đoàn công tác tỉnh Chăm-pa-sắc");
  EXPECT_EQ(a.published, "2023-06-28T09:07:00+07:00");
  ASSERT_FALSE(a.body.empty());
  EXPECT_TRUE(a.body[0].starts_with("Sáng ngày 26/6, tại thành phố Đông Hà")) << a.body[0];
  EXPECT_FALSE(BodyContains(a, "Tin khác số"));
  EXPECT_FALSE(BodyContains(a, "var data"));
}

TEST(ExtractorTest, ArticleJsonRoundTrip) {
  std::string html = ReadFixture("songoaivu-article.html");
  Article a = Extractor().ExtractHtml({html, "", "https://songoaivu.example.vn/x.html"});
  a.warc_file = "a.warc.gz";
  a.warc_offset = 1234;
  Article b = Article::FromJson(a.ToJson());
  EXPECT_EQ(b.ToJson(), a.ToJson());
  EXPECT_EQ(b.warc_offset, 1234u);
}

}  // namespace
}  // namespace vn::indexer
