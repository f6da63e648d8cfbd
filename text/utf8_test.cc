#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace vn::text {
namespace {

TEST(Utf8Test, DecodesVietnameseAndAdvances) {
  const std::string s = "Đà Nẵng";
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(s, &i), U'Đ');
  EXPECT_EQ(i, 2u);
  EXPECT_EQ(NextCodePoint(s, &i), U'à');
  EXPECT_EQ(NextCodePoint(s, &i), U' ');
  EXPECT_EQ(NextCodePoint(s, &i), U'N');
  EXPECT_EQ(NextCodePoint(s, &i), U'ẵ');
  EXPECT_EQ(i, 9u);
}

TEST(Utf8Test, MalformedSequencesBecomeOneReplacementEach) {
  // Truncated 3-byte sequence, lone continuation, overlong '/', surrogate, > U+10FFFF.
  const std::string bad =
      "a\xE1\xBB"
      "b\x80"
      "c\xC0\xAF"
      "d\xED\xA0\x80"
      "e\xF5\x80";
  EXPECT_FALSE(IsValidUtf8(bad));
  EXPECT_EQ(ToValidUtf8(bad),
            "a\uFFFD"
            "b\uFFFD"
            "c\uFFFD\uFFFD"
            "d\uFFFD\uFFFD\uFFFD"
            "e\uFFFD\uFFFD");
  EXPECT_TRUE(IsValidUtf8(ToValidUtf8(bad)));
  // A 4-byte sequence cut after 3 bytes is as long as a real U+FFFD but is not one.
  EXPECT_FALSE(
      IsValidUtf8("\xF0\x90\x80"
                  "a"));
  EXPECT_EQ(ToValidUtf8("\xF0\x90\x80"
                        "a"),
            "\uFFFD"
            "a");
  EXPECT_TRUE(IsValidUtf8("\xEF\xBF\xBD"));
}

TEST(Utf8Test, ValidTextIsUntouched) {
  const std::string ok = "Thừa Thiên Huế \uFFFD 😀";
  EXPECT_TRUE(IsValidUtf8(ok));
  EXPECT_EQ(ToValidUtf8(ok), ok);
  std::string out;
  for (const char32_t c : {U'a', U'ư', U'ệ', U'😀'}) AppendUtf8(c, &out);
  EXPECT_EQ(out, "aưệ😀");
}

TEST(Utf8Test, SanitiseReplacesControlsAndNul) {
  static constexpr char kRaw[] = "Huế\0tin\x01\x7F\tmới\r\n";
  const std::string with_nul(kRaw, sizeof kRaw - 1);
  EXPECT_EQ(Sanitise(with_nul), "Huế tin  \tmới\r\n");
  EXPECT_EQ(Sanitise("a\xC2\x85"
                     "b"),
            "a b");  // NEL, a C1 control
}

TEST(Utf8Test, SanitiseMapsEthToDStroke) {
  EXPECT_EQ(Sanitise("\xC3\x90\xC3\x80 N\xE1\xBA\xB4NG"), "ĐÀ NẴNG");
  EXPECT_EQ(Sanitise("\xC3\xB0i"), "đi");
}

TEST(Utf8Test, SanitiseCapsCombiningMarks) {
  std::string s = "a";
  for (int k = 0; k < 100000; ++k) s += "\xCC\x81";  // U+0301
  s += "b";
  const std::string out = Sanitise(s);
  std::string expected = "a";
  for (int k = 0; k < kMaxCombiningMarks; ++k) expected += "\xCC\x81";
  expected += "b";
  EXPECT_EQ(out, expected);
  // NFD Vietnamese (base + circumflex + tone) is well inside the cap.
  EXPECT_EQ(Sanitise("e\xCC\x82\xCC\x81"), "e\xCC\x82\xCC\x81");
}

}  // namespace
}  // namespace vn::text
