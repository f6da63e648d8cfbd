// RobotsRules: the robots.txt rules that apply to one crawler, per RFC 9309.
// Groups are chosen by the crawler's product token (case-insensitive; every group naming
// it is merged; the "*" group only when none does). Within the chosen rules the longest
// matching pattern wins, an allow wins a tie, `*` matches any run of octets and a final `$`
// anchors the end. Patterns and paths are compared after percent-encoding normalisation.
// "/robots.txt" itself is always allowed. Crawl-delay (a common extension) and Sitemap
// lines are kept. Every decision says which rule and line decided it, so an operator can
// see why a URL was or was not fetched.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vn::crawler {

struct RobotsDecision {
  bool allowed = true;
  std::string rule;    // e.g. "Disallow: /private/" as written; empty when no rule matched
  int line = 0;        // 1-based line in robots.txt; 0 when no rule matched
  std::string reason;  // one line: why, for operators ("no matching rule", "robots.txt 503")
};

class RobotsRules {
 public:
  // Parses robots.txt text for the crawler whose product token is `agent_token` (e.g.
  // "vnarchive"; a full User-Agent string is reduced to its token). Only the first 500 KiB
  // are read, as RFC 9309 allows.
  static RobotsRules Parse(std::string_view text, std::string_view agent_token);
  // Rules implied by a robots.txt fetch outcome (RFC 9309 section 2.3.1): 2xx parses the
  // body, 4xx allows everything, 5xx, 429 and unreachable (status 0) disallow everything.
  static RobotsRules FromFetch(int http_status, std::string_view body,
                               std::string_view agent_token);
  static RobotsRules AllowAll(std::string reason);
  static RobotsRules DisallowAll(std::string reason);

  // `path` is the path and query of a URL ("/tin-tuc?id=5"); a full URL is accepted too.
  RobotsDecision Decide(std::string_view path) const;
  bool Allowed(std::string_view path) const { return Decide(path).allowed; }

  std::optional<double> crawl_delay_seconds() const { return crawl_delay_; }
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }
  // The user-agent the applied group was chosen by ("*", "vnarchive", or "" for none).
  const std::string& matched_agent() const { return matched_agent_; }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;  // normalised
    std::string text;     // as written, for explanations
    int line = 0;
  };
  std::vector<Rule> rules_;
  std::optional<double> crawl_delay_;
  std::vector<std::string> sitemaps_;
  std::string matched_agent_;
  enum class Blanket { kNone, kAllow, kDisallow } blanket_ = Blanket::kNone;
  std::string blanket_reason_;
};

// "vnarchive/0.1 (+https://...)" -> "vnarchive": the product token robots.txt groups name.
std::string ProductToken(std::string_view user_agent);

// True when `path` matches robots pattern `pattern` (both already normalised).
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

// For `vnarchive robots`: one line per URL or path, "allowed"/"disallowed", the deciding
// rule and its line, e.g. "disallowed  /admin/x  (line 4: Disallow: /admin/)".
std::string ExplainRobots(std::string_view robots_text, std::string_view user_agent,
                          const std::vector<std::string>& urls);
// The same for rules already built (e.g. by FromFetch after a 404 or 503).
std::string ExplainRobots(const RobotsRules& rules, std::string_view user_agent,
                          const std::vector<std::string>& urls);

}  // namespace vn::crawler
