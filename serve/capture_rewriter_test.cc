#include "serve/capture_rewriter.h"

#include <gtest/gtest.h>

namespace vn::serve {
namespace {

const std::string kPage = "http://songoaivu.example/tin-tuc/2024/bai.html";

TEST(CaptureRewriterTest, LinksImagesAndStyleSheetsPointIntoTheArchive) {
  std::string out = RewriteHtml(
      "<html><head><link rel=stylesheet href=\"/static/css/site.css\"></head>"
      "<body class=x><img src='../../static/img/logo.png' alt=\"Logo\">"
      "<a href=\"bai-khac.html#doan-2\">Bài khác</a><a href=\"#top\">Lên đầu</a>"
      "<a href=\"mailto:sngv@example.vn\">Thư</a></body></html>",
      kPage, "<div id=b>B</div>");
  EXPECT_NE(out.find("href=\"/capture/web/http://songoaivu.example/static/css/site.css\""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("src=\"/capture/web/http://songoaivu.example/static/img/logo.png\""),
            std::string::npos);
  EXPECT_NE(out.find("href=\"/capture/web/http://songoaivu.example/tin-tuc/2024/"
                     "bai-khac.html#doan-2\""),
            std::string::npos);
  EXPECT_NE(out.find("href=\"#top\""), std::string::npos);
  EXPECT_NE(out.find("href=\"mailto:sngv@example.vn\""), std::string::npos);
  EXPECT_NE(out.find("<body class=x><div id=b>B</div><img"), std::string::npos);
  EXPECT_NE(out.find("alt=\"Logo\""), std::string::npos);  // the rest is untouched
}

TEST(CaptureRewriterTest, BaseSrcsetStyleAndMetaRefresh) {
  std::string out = RewriteHtml(
      "<head><base href=\"http://cdn.example/a/\"><style>body{background:url(bg.png)}</style>"
      "<meta http-equiv=\"refresh\" content=\"0; url=/moi.html\"></head>"
      "<body><img srcset=\"x1.jpg 1x, x2.jpg 2x\"><p style=\"background:url('p.gif')\">t</p>",
      kPage, "");
  EXPECT_NE(out.find("href=\"/capture/web/http://cdn.example/a/\""), std::string::npos) << out;
  EXPECT_NE(out.find("url(\"/capture/web/http://cdn.example/a/bg.png\")"), std::string::npos);
  EXPECT_NE(out.find("content=\"0; url=/capture/web/http://cdn.example/moi.html\""),
            std::string::npos);
  EXPECT_NE(out.find("srcset=\"/capture/web/http://cdn.example/a/x1.jpg 1x, "
                     "/capture/web/http://cdn.example/a/x2.jpg 2x\""),
            std::string::npos);
  EXPECT_NE(
      out.find("style=\"background:url(&quot;/capture/web/http://cdn.example/a/p.gif&quot;)\""),
      std::string::npos);
}

TEST(CaptureRewriterTest, CssUrlsAndImports) {
  std::string css =
      "@import \"print.css\";\n@import url(theme.css);\n"
      ".logo{background:URL( ../img/logo.png )} .x{background:url(data:image/png;base64,AA==)}";
  std::string out = RewriteCss(css, "http://songoaivu.example/static/css/site.css");
  EXPECT_NE(out.find("@import \"/capture/web/http://songoaivu.example/static/css/print.css\";"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("url(\"/capture/web/http://songoaivu.example/static/css/theme.css\")"),
            std::string::npos);
  EXPECT_NE(out.find("URL( \"/capture/web/http://songoaivu.example/static/img/logo.png\" )"),
            std::string::npos);
  EXPECT_NE(out.find("url(data:image/png;base64,AA==)"), std::string::npos);
}

TEST(CaptureRewriterTest, BytesOfOtherCharsetsPassThroughAndBannerGoesInImpliedBody) {
  // windows-1258: "Sở" is 'S' 0xD5 0xDE; gumbo sees invalid UTF-8, offsets stay exact.
  std::string page =
      std::string("<title>S\xd5\xde</title><p>Ngo\xe6i v\xf2</p><a href=x.html>x</a>");
  std::string out = RewriteHtml(page, kPage, "[B]");
  EXPECT_NE(out.find(std::string("<title>S\xd5\xde</title>")), std::string::npos);
  EXPECT_NE(out.find(std::string("[B]<p>Ngo\xe6i v\xf2</p>")), std::string::npos) << out;
  EXPECT_NE(out.find("href=\"/capture/web/http://songoaivu.example/tin-tuc/2024/x.html\""),
            std::string::npos);
}

TEST(CaptureRewriterTest, DeeplyNestedPageDoesNotExhaustTheStack) {
  std::string page;
  for (int i = 0; i < 20000; ++i) page += "<div>";
  page += "<img src=a.png>";
  std::string out = RewriteHtml(page, kPage, "");
  EXPECT_NE(out.find("/capture/web/"), std::string::npos);
}

}  // namespace
}  // namespace vn::serve
