#include "text/tcvn3.h"

#include <gtest/gtest.h>

#include <string>

namespace vn::text {
namespace {

TEST(Tcvn3Test, DecodesPlaceNames) {
  // Lào Cai place names as TCVN3 pages store them; 0xAD (ư) is a soft hyphen in Latin-1,
  // which is why "Mường" looks like "Mêng" in a browser.
  EXPECT_EQ(Tcvn3ToUtf8("B\xB6o Th\xBEng"), "Bảo Thắng");
  EXPECT_EQ(Tcvn3ToUtf8("M\xAD\xEAng Kh\xAD\xACng"), "Mường Khương");
  EXPECT_EQ(Tcvn3ToUtf8("B\xB8t X\xB8t"), "Bát Xát");
  EXPECT_EQ(Tcvn3ToUtf8("\xA7\xB5 N\xBDng"), "Đà Nẵng");
  EXPECT_EQ(Tcvn3ToUtf8("Qu\xB6ng Tr\xDE"), "Quảng Trị");
}

TEST(Tcvn3Test, KeepsWindows1252Punctuation) {
  EXPECT_EQ(Tcvn3ToUtf8("\x93Hu\xD5\x94 \x96 2020"), "“Huế” – 2020");
  EXPECT_EQ(Tcvn3ToUtf8("\x81"), "\uFFFD");
}

TEST(Tcvn3Test, RoundTripsEveryLowerCaseLetter) {
  const std::string letters =
      "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
      "ĂÂÊÔƠƯĐ";
  const std::string bytes = Utf8ToTcvn3(letters);
  EXPECT_EQ(bytes.find('?'), std::string::npos);
  EXPECT_EQ(bytes.size(), 80u);  // one byte per letter
  EXPECT_EQ(Tcvn3ToUtf8(bytes), letters);
}

TEST(Tcvn3Test, CapitalsWithMarksUseTheLowerCaseCode) {
  EXPECT_EQ(Utf8ToTcvn3("ỦY"), "\xF1Y");
  EXPECT_EQ(Utf8ToTcvn3("中"), "?");
}

TEST(Tcvn3Test, FontHints) {
  EXPECT_TRUE(HasTcvn3FontHint("<font face=\".VnTime\">"));
  EXPECT_TRUE(HasTcvn3FontHint("<p style=\"font-family: .VnArialH\">"));
  EXPECT_TRUE(HasTcvn3FontHint("<FONT FACE=\".VNTIME\">"));
  EXPECT_FALSE(HasTcvn3FontHint("<a href=\"http://songoaivu.hue.vn/\">Times New Roman"));
}

}  // namespace
}  // namespace vn::text
