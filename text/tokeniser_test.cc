#include "text/tokeniser.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace vn::text {
namespace {

using Pieces = std::vector<std::pair<std::string, TokenKind>>;

Pieces Tokenise(const std::string& text) {
  Tokeniser t;
  std::vector<Tokeniser::Span> spans;
  t.Tokenise(text, &spans);
  Pieces out;
  for (const auto& s : spans) out.emplace_back(text.substr(s.start, s.end - s.start), s.kind);
  return out;
}

constexpr TokenKind kW = TokenKind::kWord, kN = TokenKind::kNumber, kC = TokenKind::kCode;

TEST(TokeniserTest, SyllablesWithOffsets) {
  const std::string text = "Sở Ngoại vụ: Ký kết!";
  Tokeniser t;
  std::vector<Tokeniser::Span> spans;
  t.Tokenise(text, &spans);
  ASSERT_EQ(spans.size(), 5u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].end - spans[0].start), "Sở");
  EXPECT_EQ(spans[0].start, 0u);
  EXPECT_EQ(spans[1].start, 5u);  // "Sở " is 5 bytes
  EXPECT_EQ(text.substr(spans[4].start, spans[4].end - spans[4].start), "kết");
  EXPECT_EQ(spans[4].end, text.size() - 1);
}

TEST(TokeniserTest, AbbreviationsAndCodes) {
  EXPECT_EQ(Tokenise("UBND TP.HCM và HĐND tỉnh"),
            (Pieces{{"UBND", kW}, {"TP.HCM", kC}, {"và", kW}, {"HĐND", kW}, {"tỉnh", kW}}));
  EXPECT_EQ(Tokenise("Nghị quyết 60-NQ/TW, Luật số 202/2025/QH15."),
            (Pieces{{"Nghị", kW},
                    {"quyết", kW},
                    {"60-NQ/TW", kC},
                    {"Luật", kW},
                    {"số", kW},
                    {"202/2025/QH15", kC}}));
  EXPECT_EQ(
      Tokenise("Quyết định 1234/QĐ-UBND về COVID-19"),
      (Pieces{{"Quyết", kW}, {"định", kW}, {"1234/QĐ-UBND", kC}, {"về", kW}, {"COVID-19", kC}}));
  // "TP." then "HCM" is two tokens, as written.
  EXPECT_EQ(Tokenise("TP. HCM"), (Pieces{{"TP", kW}, {"HCM", kW}}));
}

TEST(TokeniserTest, DatesTimesAndNumbers) {
  EXPECT_EQ(Tokenise("8:53, Thứ Hai, 25-5-2020"),
            (Pieces{{"8:53", kN}, {"Thứ", kW}, {"Hai", kW}, {"25-5-2020", kN}}));
  EXPECT_EQ(Tokenise("ngày 15/5/2020 (từ 19-21/9/2024)"),
            (Pieces{{"ngày", kW}, {"15/5/2020", kN}, {"từ", kW}, {"19-21/9/2024", kN}}));
  EXPECT_EQ(Tokenise("1.234.567 đồng, tăng 3,5%"),
            (Pieces{{"1.234.567", kN}, {"đồng", kW}, {"tăng", kW}, {"3,5", kN}}));
}

TEST(TokeniserTest, HyphensBetweenWordsSplit) {
  EXPECT_EQ(Tokenise("Việt Nam-Lào, Nội-2020, km/h"), (Pieces{{"Việt", kW},
                                                              {"Nam", kW},
                                                              {"Lào", kW},
                                                              {"Nội", kW},
                                                              {"2020", kN},
                                                              {"km", kW},
                                                              {"h", kW}}));
  // A missing space after a full stop does not glue two syllables.
  EXPECT_EQ(Tokenise("ký kết.Tham dự"),
            (Pieces{{"ký", kW}, {"kết", kW}, {"Tham", kW}, {"dự", kW}}));
}

TEST(TokeniserTest, PunctuationOnlyAndEmpty) {
  EXPECT_TRUE(Tokenise("").empty());
  EXPECT_TRUE(Tokenise(" … – “” !?").empty());
}

TEST(TokeniserTest, OverlongTokensAreDropped) {
  const std::string run(10000, 'a');
  EXPECT_EQ(Tokenise("x " + run + " y"), (Pieces{{"x", kW}, {"y", kW}}));
  std::string chain = "1";
  for (int k = 0; k < 1000; ++k) chain += "/1";
  // Groups stop at 16 pieces, so the chain becomes 31-byte numbers, not one monster.
  const Pieces p = Tokenise(chain);
  ASSERT_FALSE(p.empty());
  EXPECT_EQ(p[0].first, "1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1");
}

TEST(TokeniserTest, ReusableAcrossCalls) {
  Tokeniser t;
  std::vector<Tokeniser::Span> spans;
  t.Tokenise("một hai ba", &spans);
  EXPECT_EQ(spans.size(), 3u);
  t.Tokenise("bốn", &spans);
  EXPECT_EQ(spans.size(), 1u);
}

}  // namespace
}  // namespace vn::text
