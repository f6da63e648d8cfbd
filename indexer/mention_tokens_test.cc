#include "indexer/mention_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vn::indexer {
namespace {

std::vector<std::string> Surfaces(const std::vector<MentionToken>& tokens) {
  std::vector<std::string> out;
  for (const MentionToken& t : tokens) out.emplace_back(t.surface);
  return out;
}

TEST(ScanMentionTokens, WordsPunctuationAndOffsets) {
  const std::string text = "bà Nguyễn Thuý Anh, Phó Giám đốc";
  std::vector<MentionToken> t = ScanMentionTokens(text);
  EXPECT_EQ(Surfaces(t),
            (std::vector<std::string>{"bà", "Nguyễn", "Thuý", "Anh", ",", "Phó", "Giám", "đốc"}));
  // Code points, not bytes: "bà " is 3 code points, "Nguyễn" 6.
  EXPECT_EQ(t[1].cp_begin, 3);
  EXPECT_EQ(t[1].cp_end, 9);
  EXPECT_EQ(t[1].byte_begin, 4u);  // "à" is two bytes
  EXPECT_TRUE(t[1].upper_initial);
  EXPECT_FALSE(t[0].upper_initial);
  EXPECT_FALSE(t[4].word);
  EXPECT_FALSE(t[4].space_before);
  EXPECT_TRUE(t[5].space_before);
  // Old and new tone-mark styles meet in `lower`.
  EXPECT_EQ(t[2].lower, ScanMentionTokens("thúy")[0].lower);
}

TEST(ScanMentionTokens, HyphenJoinsDashSeparatesDotSplits) {
  std::vector<MentionToken> t =
      ScanMentionTokens("Khăm-phết Xay-nha-vông – Việt - Lào TP.HCM II- Bộ");
  EXPECT_EQ(Surfaces(t), (std::vector<std::string>{"Khăm-phết", "Xay-nha-vông", "–", "Việt", "-",
                                                   "Lào", "TP", ".", "HCM", "II", "-", "Bộ"}));
  EXPECT_EQ(t[0].syllables, 2);
  EXPECT_EQ(t[1].syllables, 3);
  EXPECT_TRUE(t[2].IsDash());
  EXPECT_TRUE(t[4].IsDash());
  EXPECT_FALSE(t[7].space_before);  // the dot of TP.HCM
  EXPECT_TRUE(t[6].all_upper);
  EXPECT_TRUE(t[9].all_upper);
}

TEST(ScanMentionTokens, LineBreaksAreTokensAndGarbageIsSafe) {
  std::vector<MentionToken> t = ScanMentionTokens("Sở\n\nBộ");
  EXPECT_EQ(Surfaces(t), (std::vector<std::string>{"Sở", "\n", "\n", "Bộ"}));
  EXPECT_TRUE(ScanMentionTokens("").empty());
  std::vector<MentionToken> g = ScanMentionTokens(std::string("\xff\xc3 a\x00-", 6));
  ASSERT_FALSE(g.empty());
  EXPECT_EQ(g.back().cp_end, 6);
}

TEST(Lexicon, MatchesPhrasesIgnoringCaseAndToneStyle) {
  Lexicon lexicon;
  lexicon.Add("Ủy ban nhân dân", 1);
  lexicon.Add("Ủy ban", 2);
  lexicon.Add("TS.", 3);
  std::vector<MentionToken> t = ScanMentionTokens("UỶ BAN NHÂN DÂN tỉnh; Uỷ ban\nnhân dân; TS. A");
  Lexicon::Hit h = lexicon.Longest(t, 0);
  EXPECT_EQ(h.length, 4u);
  EXPECT_EQ(h.value, 1);
  EXPECT_EQ(lexicon.All(t, 0).size(), 2u);
  // A line break ends a phrase.
  EXPECT_EQ(lexicon.Longest(t, 6).value, 2);
  EXPECT_EQ(lexicon.Longest(t, 12).value, 3);
  EXPECT_EQ(lexicon.Longest(t, 5).length, 0u);
  EXPECT_TRUE(lexicon.Contains("ủy ban"));
  EXPECT_FALSE(lexicon.Contains("ủy"));
}

TEST(VocabularyLines, CommentsBlanksAndLineNumbers) {
  std::vector<VocabularyLine> lines = VocabularyLines("# head\n\n  ông  # comment\r\nbà");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "ông");
  EXPECT_EQ(lines[0].number, 3);
  EXPECT_EQ(lines[1].text, "bà");
  EXPECT_EQ(lines[1].number, 4);
}

TEST(PlaceAt, GazetteerNamesWithJoinersAndUnitWords) {
  const Gazetteer& g = Gazetteer::Default();
  std::vector<MentionToken> t =
      ScanMentionTokens("Liên hiệp TP.HCM và Thành phố Đà Nẵng, Thừa Thiên - Huế, Salavan. Lào");
  PlaceHit hcm = PlaceAt(g, t, 2);
  EXPECT_EQ(hcm.length, 3u);
  EXPECT_EQ(hcm.canonical, "Hồ Chí Minh");
  PlaceHit dn = PlaceAt(g, t, 6);
  EXPECT_EQ(dn.length, 4u);
  EXPECT_EQ(dn.canonical, "Đà Nẵng");
  PlaceHit hue = PlaceAt(g, t, 11);
  EXPECT_EQ(hue.length, 4u);
  EXPECT_EQ(hue.canonical, "Thừa Thiên Huế");
  PlaceHit salavan = PlaceAt(g, t, 16);
  EXPECT_EQ(salavan.length, 1u);  // the sentence's full stop does not join "Lào"
  EXPECT_EQ(salavan.canonical, "Sa-la-van");
  EXPECT_EQ(salavan.kind, "foreign-province");
  EXPECT_EQ(PlaceAt(g, t, 0).length, 0u);
  // Lower case alone is not a name.
  EXPECT_EQ(PlaceAt(g, ScanMentionTokens("lào"), 0).length, 0u);
}

}  // namespace
}  // namespace vn::indexer
