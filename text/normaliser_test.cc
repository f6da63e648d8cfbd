#include "text/normaliser.h"

#include <gtest/gtest.h>

#include <string>

namespace vn::text {
namespace {

TEST(NormaliserTest, NfcAndCanonicalToneMarks) {
  // NFD "Thoả thuận" (o + hook, a + circumflex + dot below) in the new style.
  const std::string nfd =
      "Tho\xCC\x89"
      "a thua\xCC\x82\xCC\xA3n";
  EXPECT_EQ(Normalise(nfd), "Thỏa thuận");
  EXPECT_EQ(Normalise("Thoả thuận hợp tác"), "Thỏa thuận hợp tác");
  EXPECT_EQ(Normalise("Thỏa thuận hợp tác"), "Thỏa thuận hợp tác");
}

TEST(NormaliserTest, KeepsCase) {
  EXPECT_EQ(Normalise("UỶ BAN NHÂN DÂN tỉnh Hoà Bình"), "ỦY BAN NHÂN DÂN tỉnh Hòa Bình");
}

TEST(NormaliserTest, LowerFoldsDStroke) {
  EXPECT_EQ(NormaliseAndLower("ĐOÀN CÔNG TÁC Đà Nẵng"), "đoàn công tác đà nẵng");
  EXPECT_EQ(NormaliseAndLower("UỶ BAN"), NormaliseAndLower("Ủy ban"));
  EXPECT_EQ(NormaliseAndLower("KHOẺ"), "khỏe");
}

TEST(NormaliserTest, InvalidUtf8AndNulGiveAResult) {
  EXPECT_EQ(Normalise("Hu\xE1\xBA"
                      " \xFF"
                      "tin"),
            "Hu\uFFFD \uFFFDtin");
  static constexpr char kNul[] = "Hoà\0bình";
  const std::string nul(kNul, sizeof kNul - 1);
  EXPECT_EQ(Normalise(nul), "Hòa bình");
}

TEST(NormaliserTest, HundredThousandCombiningMarksAreCapped) {
  std::string s = "ho";
  for (int k = 0; k < 100000; ++k) s += "\xCC\x80";  // U+0300 grave
  s += "a thuỷ";
  const std::string out = Normalise(s);
  EXPECT_LT(out.size(), 40u);
  EXPECT_NE(out.find("thủy"), std::string::npos);
  // Marks on a mark-less base (a digit) are capped the same way.
  std::string digits = "1";
  for (int k = 0; k < 100000; ++k) digits += "\xCC\xA3";
  EXPECT_EQ(Normalise(digits).size(), 1u + 4u * 2u);
}

TEST(NormaliserTest, LongSingleLine) {
  std::string line;
  line.reserve(8u << 20);
  while (line.size() < (8u << 20)) line += "Ông Nguyễn Đức Thiện, Giám đốc Trung tâm thuỷ ";
  const std::string out = Normalise(line);
  EXPECT_EQ(out.size(), line.size());  // ủ and ỷ have the same UTF-8 length
  EXPECT_EQ(out.find("thuỷ"), std::string::npos);
}

}  // namespace
}  // namespace vn::text
