#include "indexer/alias_expander.h"

#include <gtest/gtest.h>

#include <set>

#include "text/analyser.h"

namespace vn::indexer {
namespace {

// The group terms the indexer adds for a text.
std::set<std::string> Tags(const std::string& text) {
  const AliasExpander& aliases = AliasExpander::Default();
  text::Analyser analyser;
  std::vector<text::Token> tokens = analyser.Analyse(text);
  std::set<std::string> out;
  for (size_t i = 0; i < tokens.size(); ++i)
    aliases.TagForms(tokens, i, [&](size_t g) { out.insert(aliases.GroupTerm(g)); });
  return out;
}

std::string TermFor(const std::string& query) {
  const AliasExpander& aliases = AliasExpander::Default();
  text::Analyser analyser;
  auto match = aliases.LongestMatch(analyser.Analyse(query), 0);
  return match ? aliases.GroupTerm(match->group) : "";
}

TEST(AliasExpanderTest, EveryFormOfANameGetsTheGroupTermItsQueryAsksFor) {
  const std::string hcm = TermFor("TP.HCM");
  ASSERT_FALSE(hcm.empty());
  EXPECT_EQ(hcm.rfind("XA", 0), 0u);
  EXPECT_EQ(TermFor("Sài Gòn"), hcm);
  EXPECT_EQ(TermFor("thanh pho ho chi minh"), hcm);
  for (const char* text : {"Đoàn đại biểu TP.HCM đã đến", "tọa đàm tại Sài Gòn hôm qua",
                           "ở Thành phố Hồ Chí Minh, Sở", "SÀI GÒN"})
    EXPECT_TRUE(Tags(text).count(hcm)) << text;
  const std::string ubnd = TermFor("UBND");
  EXPECT_EQ(TermFor("ủy ban nhân dân"), ubnd);
  EXPECT_TRUE(Tags("Ủy ban nhân dân tỉnh").count(ubnd));
  EXPECT_TRUE(Tags("UBND tỉnh Quảng Trị").count(ubnd));
}

// As a phrase query on the indexed positions would: punctuation takes no position.
TEST(AliasExpanderTest, WordsThatDoNotStandSideBySideAreNoName) {
  const std::string hcm = TermFor("Sài Gòn");
  EXPECT_FALSE(Tags("Sài và Gòn").count(hcm));
  EXPECT_FALSE(Tags("Gòn Sài").count(hcm));
  EXPECT_TRUE(Tags("Sài Gòn").count(hcm));
}

TEST(AliasExpanderTest, IsFormOfComparesAccentFreeWords) {
  const AliasExpander& aliases = AliasExpander::Default();
  text::Analyser analyser;
  auto match = aliases.LongestMatch(analyser.Analyse("Sài Gòn"), 0);
  ASSERT_TRUE(match);
  EXPECT_TRUE(aliases.IsFormOf(match->group, AliasExpander::FormKey(analyser.Analyse("sai gon"))));
  EXPECT_FALSE(aliases.IsFormOf(match->group, AliasExpander::FormKey(analyser.Analyse("sai"))));
}

}  // namespace
}  // namespace vn::indexer
