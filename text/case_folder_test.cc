#include "text/case_folder.h"

#include <gtest/gtest.h>

#include "text/analyser.h"

namespace vn::text {
namespace {

TEST(CaseFolderTest, CaseFoldKeepsMarks) {
  EXPECT_EQ(CaseFold("ĐỨC"), "đức");
  EXPECT_EQ(CaseFold("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"), "ủy ban nhân dân tỉnh quảng trị");
  EXPECT_EQ(CaseFold("Sở Ngoại Vụ"), "sở ngoại vụ");
  EXPECT_EQ(CaseFold("Straße"), "strasse");  // full folding, not just lower-casing
  EXPECT_EQ(CaseFold("ΑΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(CaseFold("ascii 123"), "ascii 123");
}

TEST(CaseFolderTest, AccentFreeRemovesEveryMarkAndDStroke) {
  EXPECT_EQ(Fold("Quảng Trị"), "quang tri");
  EXPECT_EQ(Fold("ĐỨC"), "duc");
  EXPECT_EQ(Fold("đường đương dương"), "duong duong duong");
  EXPECT_EQ(Fold("Thừa Thiên Huế"), "thua thien hue");
  EXPECT_EQ(Fold("Nguyễn Thúy Anh"), "nguyen thuy anh");
  EXPECT_EQ(AccentFree("Ắ Ặ Ẫ Ợ Ữ Ỵ"), "a a a o u y");
}

TEST(CaseFolderTest, AccentFreeHandlesNfdInput) {
  // "Huế" with e + circumflex + acute as combining marks.
  EXPECT_EQ(Fold("Hue\xCC\x82\xCC\x81"), "hue");
  EXPECT_EQ(CaseFold("HUE\xCC\x82\xCC\x81"), "hue\xCC\x82\xCC\x81");
}

TEST(CaseFolderTest, OtherScriptsPassThrough) {
  EXPECT_EQ(Fold("東京 Tokyo"), "東京 tokyo");
  EXPECT_EQ(Fold("\uFFFD"), "\uFFFD");
}

TEST(CaseFolderTest, MappedFoldPointsEachByteBackToItsCodePoint) {
  const std::string text = "Đà Nẵng, STRASSE Huế";
  std::string folded;
  std::vector<uint32_t> origin;
  AppendAccentFreeMapped(text, &folded, &origin);
  EXPECT_EQ(folded, Fold(text));
  ASSERT_EQ(origin.size(), folded.size());
  // "đ" (2 bytes) → "d"; "à" (2 bytes) → "a"; "ẵ" (3 bytes) → "a".
  EXPECT_EQ(origin[0], 0u);
  EXPECT_EQ(origin[1], 2u);
  EXPECT_EQ(origin[2], 4u);  // the space
  size_t nang = folded.find("nang");
  EXPECT_EQ(text.substr(origin[nang], origin[nang + 3] + 1 - origin[nang]), "Nẵng");
  size_t hue = folded.find("hue");
  EXPECT_EQ(text.substr(origin[hue]), "Huế");
  // Appends: a second call continues both outputs.
  AppendAccentFreeMapped("Ố", &folded, &origin);
  EXPECT_EQ(folded.back(), 'o');
  EXPECT_EQ(origin.back(), 0u);
}

TEST(CaseFolderTest, MappedFoldOfNfdInputMapsToTheBaseLetter) {
  const std::string text = "Hue\xCC\x82\xCC\x81 x";  // Huế, decomposed
  std::string folded;
  std::vector<uint32_t> origin;
  AppendAccentFreeMapped(text, &folded, &origin);
  EXPECT_EQ(folded, "hue x");
  ASSERT_EQ(origin.size(), 5u);
  EXPECT_EQ(origin[2], 2u);
  EXPECT_EQ(origin[3], 7u);  // the space after the two 2-byte marks
}

}  // namespace
}  // namespace vn::text
