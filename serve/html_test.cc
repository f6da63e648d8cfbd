#include "serve/html.h"

#include <gtest/gtest.h>

namespace vn::serve {
namespace {

TEST(HtmlTest, EscapeCoversTextAndBothQuoteStyles) {
  EXPECT_EQ(Escape("<script>alert('x')</script> & \"Quảng Trị\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Quảng Trị&quot;");
  EXPECT_EQ(Escape("Sở Ngoại vụ"), "Sở Ngoại vụ");
}

TEST(HtmlTest, EscapeAsciiWritesVietnameseAsCharacterReferences) {
  EXPECT_EQ(EscapeAscii("Bản <lưu>"), "B&#7843;n &lt;l&#432;u&gt;");
  EXPECT_EQ(EscapeAscii(std::string("a\xff") + "b"), "a&#65533;b");  // invalid byte
}

TEST(HtmlTest, UrlEncodeAndQueryString) {
  EXPECT_EQ(UrlEncode("Quảng Trị&x=1"), "Qu%E1%BA%A3ng%20Tr%E1%BB%8B%26x%3D1");
  EXPECT_EQ(QueryString({{"q", "hợp tác"}, {"place", "Savannakhet"}}),
            "?q=h%E1%BB%A3p%20t%C3%A1c&place=Savannakhet");
  EXPECT_EQ(QueryString({}), "");
}

TEST(HtmlTest, HighlightMarksCodePointRangesAndEscapes) {
  // "Ký kết <hợp> tác": code points 0-1 "Ký", 3-6 "kết", 7-12 "<hợp>".
  EXPECT_EQ(HighlightHtml("Ký kết <hợp> tác", {{0, 2}, {7, 12}}),
            "<mark>Ký</mark> kết <mark>&lt;hợp&gt;</mark> tác");
  EXPECT_EQ(HighlightHtml("Lào", {{1, 3}}), "L<mark>ào</mark>");
  EXPECT_EQ(HighlightHtml("abc", {{0, 3}}), "<mark>abc</mark>");
  EXPECT_EQ(HighlightHtml("abc", {}), "abc");
}

}  // namespace
}  // namespace vn::serve
