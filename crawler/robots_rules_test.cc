#include "crawler/robots_rules.h"

#include <gtest/gtest.h>

namespace vn::crawler {
namespace {

struct Case {
  const char* robots;
  const char* agent;
  const char* path;
  bool allowed;
  int line;  // deciding line, 0 = none
};

TEST(RobotsRulesTest, Rfc9309Table) {
  // Examples from RFC 9309 sections 2.2.2, 2.2.3 and 5, plus the usual edge cases.
  const char* kRfcGroups =
      "User-Agent: *\n"                 // 1
      "Disallow: *.gif$\n"              // 2
      "Disallow: /example/\n"           // 3
      "Allow: /publications/\n"         // 4
      "\n"                              // 5
      "User-Agent: foobot\n"            // 6
      "Disallow:/\n"                    // 7
      "Allow:/example/page.html\n"      // 8
      "Allow:/example/allowed.gif\n"    // 9
      "\n"                              // 10
      "User-Agent: barbot\n"            // 11
      "User-Agent: bazbot\n"            // 12
      "Disallow: /example/page.html\n"  // 13
      "\n"                              // 14
      "User-Agent: quxbot\n";           // 15
  const char* kTies =
      "user-agent: *\n"
      "allow: /page\n"
      "disallow: /page\n";
  const char* kWildcards =
      "User-agent: *\n"
      "Disallow: /tin-tuc/*/print$\n"  // 2
      "Disallow: /*.php$\n"            // 3
      "Allow: /*.php?id=\n"            // 4
      "Disallow: /tìm-kiếm\n"          // 5: non-ASCII, compared percent-encoded
      "Disallow: /%7Eadmin\n";         // 6: %7E == ~
  const Case cases[] = {
      {kRfcGroups, "foobot", "/example/page.html", true, 8},
      {kRfcGroups, "FooBot/2.1", "/example/page.html", true, 8},  // case-insensitive token
      {kRfcGroups, "foobot", "/example/allowed.gif", true, 9},
      {kRfcGroups, "foobot", "/other", false, 7},
      {kRfcGroups, "barbot", "/example/page.html", false, 13},
      {kRfcGroups, "bazbot", "/example/page.html", false, 13},  // two user-agent lines, one group
      {kRfcGroups, "bazbot", "/example/other.gif", true, 0},    // not the * group's rules
      {kRfcGroups, "quxbot", "/example/page.html", true, 0},    // empty group: all allowed
      {kRfcGroups, "vnarchive", "/example/x", false, 3},        // falls back to *
      {kRfcGroups, "vnarchive", "/images/logo.gif", false, 2},
      {kRfcGroups, "vnarchive", "/images/logo.gif?v=1", true, 0},  // $ anchors the end
      {kRfcGroups, "vnarchive", "/publications/2020", true, 4},
      {kRfcGroups, "vnarchive", "/robots.txt", true, 0},
      {kTies, "vnarchive", "/page", true, 2},  // tie: allow wins
      {kWildcards, "vnarchive", "/tin-tuc/2024/ky-ket/print", false, 2},
      {kWildcards, "vnarchive", "/tin-tuc/2024/ky-ket/print/x", true, 0},
      {kWildcards, "vnarchive", "/index.php", false, 3},
      {kWildcards, "vnarchive", "/index.php?id=7", true, 4},
      {kWildcards, "vnarchive", "/t%C3%ACm-ki%E1%BA%BFm?q=l%C3%A0o", false, 5},
      {kWildcards, "vnarchive", "/tìm-kiếm", false, 5},
      {kWildcards, "vnarchive", "/~admin/users", false, 6},
      {"User-agent: *\nDisallow: /\n", "vnarchive", "/", false, 2},
      {"User-agent: *\nDisallow:\n", "vnarchive", "/anything", true, 0},
      {"Disallow: /\nUser-agent: *\nAllow: /x\n", "vnarchive", "/y", true, 0},  // rule before group
      {"# comment only\n", "vnarchive", "/y", true, 0},
      {"User-agent: vnarchive # us\r\nDisallow: /private # staff\r\n", "vnarchive/0.1",
       "/private/a", false, 2},
  };
  for (const Case& c : cases) {
    RobotsRules rules = RobotsRules::Parse(c.robots, c.agent);
    RobotsDecision d = rules.Decide(c.path);
    EXPECT_EQ(d.allowed, c.allowed) << c.agent << " " << c.path << "\n" << c.robots;
    EXPECT_EQ(d.line, c.line) << c.agent << " " << c.path << "\n" << c.robots;
  }
}

TEST(RobotsRulesTest, MultipleGroupsForOneAgentAreMerged) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: vnarchive\nDisallow: /a\n\nUser-agent: *\nDisallow: /\n\n"
      "User-agent: VNARCHIVE\nDisallow: /b\n",
      "vnarchive");
  EXPECT_FALSE(r.Allowed("/a"));
  EXPECT_FALSE(r.Allowed("/b"));
  EXPECT_TRUE(r.Allowed("/c"));
  EXPECT_EQ(r.matched_agent(), "vnarchive");
}

TEST(RobotsRulesTest, CrawlDelayAndSitemaps) {
  RobotsRules r = RobotsRules::Parse(
      "Sitemap: https://songoaivu.quangtri.gov.vn/sitemap.xml\n"
      "User-agent: *\nCrawl-delay: 2.5\nDisallow: /admin\n"
      "sitemap: https://songoaivu.quangtri.gov.vn/news.xml\n",
      "vnarchive");
  ASSERT_TRUE(r.crawl_delay_seconds().has_value());
  EXPECT_DOUBLE_EQ(*r.crawl_delay_seconds(), 2.5);
  ASSERT_EQ(r.sitemaps().size(), 2u);
  EXPECT_EQ(r.sitemaps()[1], "https://songoaivu.quangtri.gov.vn/news.xml");
}

TEST(RobotsRulesTest, FetchStatusHandling) {
  EXPECT_TRUE(RobotsRules::FromFetch(404, "", "vnarchive").Allowed("/x"));
  EXPECT_TRUE(RobotsRules::FromFetch(403, "", "vnarchive").Allowed("/x"));
  EXPECT_FALSE(RobotsRules::FromFetch(503, "", "vnarchive").Allowed("/x"));
  EXPECT_FALSE(RobotsRules::FromFetch(429, "", "vnarchive").Allowed("/x"));
  EXPECT_FALSE(RobotsRules::FromFetch(0, "", "vnarchive").Allowed("/x"));
  EXPECT_TRUE(RobotsRules::FromFetch(0, "", "vnarchive").Allowed("/robots.txt"));
  EXPECT_FALSE(
      RobotsRules::FromFetch(200, "User-agent: *\nDisallow: /x\n", "vnarchive").Allowed("/x/1"));
  EXPECT_EQ(RobotsRules::FromFetch(500, "", "vnarchive").Decide("/x").reason,
            "robots.txt answered 500: all disallowed");
}

TEST(RobotsRulesTest, DecideAcceptsFullUrls) {
  RobotsRules r = RobotsRules::Parse("User-agent: *\nDisallow: /admin\n", "vnarchive");
  EXPECT_FALSE(r.Allowed("https://ngoaivu.hue.gov.vn/admin/login?next=/"));
  EXPECT_TRUE(r.Allowed("https://ngoaivu.hue.gov.vn/tin-tuc"));
}

TEST(RobotsRulesTest, PatternMatcher) {
  EXPECT_TRUE(RobotsPatternMatches("/", "/anything"));
  EXPECT_TRUE(RobotsPatternMatches("/*", "/"));
  EXPECT_TRUE(RobotsPatternMatches("/a*b*c$", "/axxbyyc"));
  EXPECT_FALSE(RobotsPatternMatches("/a*b*c$", "/axxbyycd"));
  EXPECT_TRUE(RobotsPatternMatches("/$", "/"));
  EXPECT_FALSE(RobotsPatternMatches("/$", "/a"));
  EXPECT_FALSE(RobotsPatternMatches("/fish", "/Fish"));  // paths are case-sensitive
}

TEST(RobotsRulesTest, ExplainNamesTheDecidingRule) {
  std::string out = ExplainRobots("User-agent: *\nCrawl-delay: 1\nDisallow: /admin/\n",
                                  "vnarchive/0.1 (+https://github.com/vnarchive/vnarchive)",
                                  {"https://x.vn/admin/users", "/tin-tuc"});
  EXPECT_NE(out.find("user-agent token: vnarchive; group applied: *"), std::string::npos) << out;
  EXPECT_NE(out.find("crawl-delay: 1 s"), std::string::npos) << out;
  EXPECT_NE(out.find("disallowed https://x.vn/admin/users  (line 3: Disallow: /admin/)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("allowed    /tin-tuc  (no matching rule)"), std::string::npos) << out;
}

}  // namespace
}  // namespace vn::crawler
