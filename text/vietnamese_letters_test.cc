#include "text/vietnamese_letters.h"

#include <gtest/gtest.h>

namespace vn::text {
namespace {

TEST(VietnameseLettersTest, SplitsVowelToneAndCase) {
  VowelInfo v = LookupVowel(U'ờ');
  EXPECT_EQ(v.vowel, kVowelOHorn);
  EXPECT_EQ(v.tone, Tone::kGrave);
  EXPECT_FALSE(v.upper);
  v = LookupVowel(U'Ủ');
  EXPECT_EQ(v.vowel, kVowelU);
  EXPECT_EQ(v.tone, Tone::kHook);
  EXPECT_TRUE(v.upper);
  v = LookupVowel(U'ễ');
  EXPECT_EQ(v.vowel, kVowelECirc);
  EXPECT_EQ(v.tone, Tone::kTilde);
  v = LookupVowel(U'ỵ');
  EXPECT_EQ(v.vowel, kVowelY);
  EXPECT_EQ(v.tone, Tone::kDotBelow);
  EXPECT_EQ(LookupVowel(U'â').tone, Tone::kNone);
  EXPECT_EQ(LookupVowel(U'â').vowel, kVowelACirc);
  EXPECT_EQ(LookupVowel(U'b').vowel, kNotVowel);
  EXPECT_EQ(LookupVowel(U'đ').vowel, kNotVowel);
  EXPECT_EQ(LookupVowel(U'ö').vowel, kNotVowel);
}

TEST(VietnameseLettersTest, ComposeIsTheInverseOfLookupForAll134Vowels) {
  int count = 0;
  for (int v = kVowelA; v < kVowelCount; ++v) {
    for (int t = 0; t < 6; ++t) {
      for (const bool upper : {false, true}) {
        const char32_t c = ComposeVowel(static_cast<Vowel>(v), static_cast<Tone>(t), upper);
        ASSERT_NE(c, 0u);
        const VowelInfo info = LookupVowel(c);
        EXPECT_EQ(info.vowel, v);
        EXPECT_EQ(static_cast<int>(info.tone), t);
        EXPECT_EQ(info.upper, upper);
        EXPECT_TRUE(IsVietnameseLetter(c));
        ++count;
      }
    }
  }
  EXPECT_EQ(count, 144);  // 12 vowels × 6 tones × 2 cases
  EXPECT_EQ(ComposeVowel(kVowelUHorn, Tone::kDotBelow, true), U'Ự');
}

TEST(VietnameseLettersTest, Alphabet) {
  EXPECT_TRUE(IsVietnameseLetter(U'Đ'));
  EXPECT_TRUE(IsVietnameseLetter(U'z'));
  EXPECT_FALSE(IsVietnameseLetter(U'1'));
  EXPECT_FALSE(IsVietnameseLetter(U'ç'));
  EXPECT_FALSE(IsVietnameseLetter(U'¶'));
}

}  // namespace
}  // namespace vn::text
