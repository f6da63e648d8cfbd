#include "text/analyser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vn::text {
namespace {

std::vector<std::string> Terms(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.term);
  return out;
}

std::vector<std::string> Folded(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.folded);
  return out;
}

TEST(AnalyserTest, RealSentence) {
  Analyser a;
  const std::string text =
      "Vào chiều ngày 15/5/2020 tại Trung tâm Dịch vụ Đối ngoại tỉnh Thừa Thiên Huế đã diễn ra "
      "lễ ký kết Thoả thuận hợp tác.";
  const std::vector<Token> tokens = a.Analyse(text);
  EXPECT_EQ(Terms(tokens),
            (std::vector<std::string>{
                "vào", "chiều", "ngày", "15/5/2020", "tại",   "trung", "tâm", "dịch", "vụ",
                "đối", "ngoại", "tỉnh", "thừa",      "thiên", "huế",   "đã",  "diễn", "ra",
                "lễ",  "ký",    "kết",  "thỏa",      "thuận", "hợp",   "tác"}));
  const std::string norm = Normalise(text);
  for (size_t k = 0; k < tokens.size(); ++k) {
    EXPECT_EQ(tokens[k].position, k);
    EXPECT_EQ(norm.substr(tokens[k].start, tokens[k].end - tokens[k].start), tokens[k].surface);
  }
  EXPECT_EQ(tokens[3].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[21].surface, "Thỏa");
  EXPECT_EQ(tokens[21].folded, "thoa");
  EXPECT_EQ(tokens[9].surface, "Đối");
  EXPECT_EQ(tokens[9].folded, "doi");
}

TEST(AnalyserTest, OldAndNewStyleGiveTheSameTerms) {
  Analyser a;
  EXPECT_EQ(Terms(a.Analyse("bà Nguyễn Thuý Anh, UỶ BAN, sức khoẻ, hoà bình")),
            Terms(a.Analyse("bà Nguyễn Thúy Anh, Ủy ban, sức khỏe, hòa bình")));
}

TEST(AnalyserTest, FoldedFormsMeetUnaccentedQueries) {
  Analyser a;
  EXPECT_EQ(Folded(a.Analyse("Quảng Trị, ĐỨC, đường")),
            (std::vector<std::string>{"quang", "tri", "duc", "duong"}));
  EXPECT_EQ(Folded(a.Analyse("quang tri")), (std::vector<std::string>{"quang", "tri"}));
  const std::vector<Token> t = a.Analyse("UBND TP.HCM");
  EXPECT_EQ(t[0].term, "ubnd");
  EXPECT_EQ(t[0].folded, "ubnd");
  EXPECT_EQ(t[1].term, "tp.hcm");
  EXPECT_EQ(t[1].kind, TokenKind::kCode);
}

TEST(AnalyserTest, BadInputGivesAResult) {
  Analyser a;
  static constexpr char kBad[] = "Hu\xE1\xBA\0 \xFF\xFE tin\x01m\xE1\xBB\x9Bi";
  const std::string bad(kBad, sizeof kBad - 1);
  const std::vector<Token> t = a.Analyse(bad);
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t.back().term, "mới");

  std::string marks = "a";
  for (int k = 0; k < 100000; ++k) marks += "\xCC\x81";
  EXPECT_LE(a.Analyse(marks).size(), 1u);

  const std::string unit = "Sở Ngoại vụ tỉnh Quảng Trị 2020, ";
  std::string line;
  while (line.size() < (8u << 20)) line += unit;
  const std::vector<Token> big = a.Analyse(line);
  EXPECT_EQ(big.size(), line.size() / unit.size() * 7);
  EXPECT_EQ(big.back().position, big.size() - 1);
}

TEST(AnalyserTest, FiftyMegabyteSingleLineStreams) {
  Analyser a;
  const std::string unit = "Ông Nguyễn Đức Thiện, Giám đốc Trung tâm thuỷ 15/5/2020; ";
  std::string line;
  line.reserve((50u << 20) + unit.size());
  while (line.size() < (50u << 20)) line += unit;
  const std::string norm = Normalise(line);
  size_t count = 0, thuy = 0;
  uint32_t last_end = 0;
  bool ordered = true;
  a.AnalyseNormalised(norm, [&](const Token& t) {
    ordered &= t.position == count && t.start >= last_end;
    last_end = t.end;
    thuy += t.term == "thủy";
    ++count;
  });
  const size_t units = line.size() / unit.size();
  EXPECT_EQ(count, units * 10);
  EXPECT_EQ(thuy, units);
  EXPECT_TRUE(ordered);
}

TEST(AnalyserTest, AnalyserIsReusableAndMovable) {
  Analyser a;
  EXPECT_EQ(a.Analyse("một hai").size(), 2u);
  Analyser b = std::move(a);
  EXPECT_EQ(b.Analyse("ba").size(), 1u);
  EXPECT_EQ(b.AnalyseNormalised("bốn năm").size(), 2u);
}

}  // namespace
}  // namespace vn::text
