#include "crawler/sitemap.h"

#include <gtest/gtest.h>

#include "archive/gzip.h"

namespace vn::crawler {
namespace {

const char* kUrlset = R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://songoaivu.quangtri.gov.vn/tin-tuc/ky-ket.html</loc><lastmod>2020-05-25</lastmod></url>
  <url><loc>
    https://songoaivu.quangtri.gov.vn/tin?id=5&amp;cat=2
  </loc></url>
  <url><loc><![CDATA[https://songoaivu.quangtri.gov.vn/doan-cong-tac-lao.html]]></loc></url>
  <url><loc>not a url</loc></url>
  <url><location>https://ignored.vn/</location></url>
</urlset>)";

TEST(SitemapTest, Urlset) {
  Sitemap s = ParseSitemap(kUrlset);
  EXPECT_TRUE(s.error.empty());
  const std::vector<std::string> want = {
      "https://songoaivu.quangtri.gov.vn/tin-tuc/ky-ket.html",
      "https://songoaivu.quangtri.gov.vn/tin?cat=2&id=5",
      "https://songoaivu.quangtri.gov.vn/doan-cong-tac-lao.html",
  };
  EXPECT_EQ(s.pages, want);
  EXPECT_TRUE(s.sitemaps.empty());
  EXPECT_EQ(s.skipped, 1);
}

TEST(SitemapTest, GzippedIndex) {
  std::string index =
      "<?xml version=\"1.0\"?><sm:sitemapindex xmlns:sm=\"http://www.sitemaps.org/schemas/"
      "sitemap/0.9\"><sm:sitemap><sm:loc>https://ngoaivu.hue.gov.vn/sitemap-2024.xml</sm:loc>"
      "</sm:sitemap><sm:sitemap><sm:loc>https://ngoaivu.hue.gov.vn/sitemap-2025.xml.gz</sm:loc>"
      "</sm:sitemap></sm:sitemapindex>";
  Sitemap s = ParseSitemap(archive::GzipMember(index));
  EXPECT_TRUE(s.error.empty()) << s.error;
  EXPECT_TRUE(s.pages.empty());
  ASSERT_EQ(s.sitemaps.size(), 2u);
  EXPECT_EQ(s.sitemaps[1], "https://ngoaivu.hue.gov.vn/sitemap-2025.xml.gz");
}

TEST(SitemapTest, PlainText) {
  Sitemap s = ParseSitemap(
      "https://vietpeace.org.vn/tin/1.html\r\n\r\nhttps://vietpeace.org.vn/tin/2.html\nftp://x\n");
  EXPECT_EQ(s.pages, (std::vector<std::string>{"https://vietpeace.org.vn/tin/1.html",
                                               "https://vietpeace.org.vn/tin/2.html"}));
  EXPECT_EQ(s.skipped, 1);
}

TEST(SitemapTest, BrokenInputsReportErrors) {
  EXPECT_FALSE(ParseSitemap("<html><body>Không tìm thấy trang</body></html>").error.empty());
  std::string gz = archive::GzipMember(kUrlset);
  gz.resize(gz.size() / 2);
  EXPECT_NE(ParseSitemap(gz).error.find("gzip sitemap"), std::string::npos);
}

}  // namespace
}  // namespace vn::crawler
