#include "query/snippet.h"

#include <gtest/gtest.h>

#include "text/analyser.h"

namespace vn::query {
namespace {

// The query words as the analyser folds them, as the searcher passes them.
std::set<std::string> Folded(const std::string& query) {
  text::Analyser analyser;
  std::set<std::string> out;
  for (const auto& t : analyser.Analyse(query))
    if (!t.term.empty()) out.insert(t.folded);
  return out;
}

// The highlighted substrings, in order.
std::vector<std::string> Marked(const Snippet& s) {
  std::vector<std::string> out;
  std::u32string wide;
  for (size_t i = 0; i < s.text.size();) {
    unsigned char c = s.text[i];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    wide.push_back(0);  // one entry per code point; only the count matters
    i += n;
  }
  for (const auto& [from, to] : s.highlights) {
    EXPECT_LT(from, to);
    EXPECT_LE(to, wide.size());
    // code-point offsets back to bytes
    size_t b = 0, cp = 0, bf = 0;
    for (; b <= s.text.size(); ++cp) {
      if (cp == from) bf = b;
      if (cp == to) break;
      unsigned char c = s.text[b];
      b += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    out.push_back(s.text.substr(bf, b - bf));
  }
  return out;
}

const std::string kBody =
    "Chiều 19/9, tại Đông Hà, Ủy ban nhân dân tỉnh tiếp đoàn công tác.\n\n"
    "Hai bên đã ký kết Thỏa thuận hợp tác giai đoạn 2024-2029 giữa tỉnh Quảng Trị và tỉnh "
    "Savannakhet (Lào), theo Nghị định 01/2024/NĐ-CP.\n\n"
    "Buổi tiếp diễn ra trong không khí thân mật.";

TEST(SnippetTest, MarksWordsTypedWithoutMarksInEitherToneStyle) {
  for (const std::string q :
       {"quang tri thoa thuan", "Quảng Trị thoả thuận", "QUẢNG TRỊ THỎA THUẬN"}) {
    Snippet s = MakeSnippet(kBody, Folded(q), 32);
    std::vector<std::string> marked = Marked(s);
    EXPECT_EQ(marked, (std::vector<std::string>{"Thỏa", "thuận", "Quảng", "Trị"})) << q;
    EXPECT_NE(s.text.find("Thỏa thuận hợp tác"), std::string::npos) << s.text;
  }
}

TEST(SnippetTest, WindowHoldsTheMostDistinctWordsAndShowsEllipses) {
  Snippet s = MakeSnippet(kBody, Folded("savannakhet lao"), 8);
  EXPECT_EQ(Marked(s), (std::vector<std::string>{"Savannakhet", "Lào"}));
  EXPECT_EQ(s.text.rfind("… ", 0), 0u) << s.text;
  EXPECT_EQ(s.text.substr(s.text.size() - 4), " …") << s.text;
  EXPECT_EQ(s.text.find('\n'), std::string::npos);
}

TEST(SnippetTest, WholeWordsOnlyAndCodesKeptWhole) {
  // "ha" must not mark "Hai" or "Đông Hà"'s neighbours partly; "nd-cp" marks the code.
  Snippet s = MakeSnippet(kBody, Folded("Hà"), 12);
  EXPECT_EQ(Marked(s), (std::vector<std::string>{"Hà"}));
  Snippet code = MakeSnippet(kBody, Folded("01/2024/NĐ-CP"), 40);
  std::vector<std::string> marked = Marked(code);
  ASSERT_FALSE(marked.empty());
  EXPECT_NE(marked[0].find("01"), std::string::npos);
}

TEST(SnippetTest, ParagraphBreaksReadAsOneSpace) {
  Snippet s = MakeSnippet(kBody, Folded("cong tac hai ben"), 12);
  EXPECT_NE(s.text.find("công tác. Hai bên"), std::string::npos) << s.text;
}

TEST(SnippetTest, NoMatchGivesTheOpeningAndEmptyBodyNothing) {
  Snippet s = MakeSnippet(kBody, Folded("cần thơ"), 5);
  EXPECT_EQ(s.text, "Chiều 19/9, tại Đông …");  // "19/9" is two words
  EXPECT_TRUE(s.highlights.empty());
  EXPECT_TRUE(MakeSnippet("", Folded("x"), 5).text.empty());
  EXPECT_TRUE(MakeSnippet(" \n\n ,.", Folded("x"), 5).text.empty());
}

TEST(SnippetTest, DecomposedTextIsShownAsWrittenAndMarkedWhole) {
  const std::string nfd = "Tha\xCC\x80nh pho\xCC\x82\xCC\x81 Hue\xCC\x82\xCC\x81 đẹp";
  Snippet s = MakeSnippet(nfd, Folded("huế"), 10);
  EXPECT_EQ(s.text, nfd);
  EXPECT_EQ(Marked(s), (std::vector<std::string>{"Hue\xCC\x82\xCC\x81"}));
}

TEST(SnippetTest, LongBodiesAreCutOnACharacterBoundary) {
  std::string body;
  while (body.size() < 30000) body += "Hợp tác phát triển bền vững. ";
  body += "Savannakhet";
  Snippet s = MakeSnippet(body, Folded("savannakhet"), 10);
  EXPECT_TRUE(s.highlights.empty());  // beyond the first 24 KB
  EXPECT_EQ(s.text.substr(s.text.size() - 4), " …");
}

}  // namespace
}  // namespace vn::query
