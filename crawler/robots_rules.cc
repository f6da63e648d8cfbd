#include "crawler/robots_rules.h"

#include <cstdlib>
#include <sstream>

#include "crawler/url.h"

namespace vn::crawler {
namespace {

constexpr size_t kMaxRobotsBytes = 500 * 1024;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

struct Group {
  std::vector<std::string> agents;  // product tokens, lower-case
  bool has_rules = false;
  struct ParsedRule {
    bool allow;
    std::string value;
    std::string text;
    int line;
  };
  std::vector<ParsedRule> rules;
  std::optional<double> crawl_delay;
};

}  // namespace

std::string ProductToken(std::string_view user_agent) {
  user_agent = Trim(user_agent);
  std::string token;
  for (char c : user_agent) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '*') {
      token.push_back(c);
    } else {
      break;
    }
  }
  return Lower(token);
}

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Glob matching with backtracking to the last '*': linear in practice.
  size_t p = 0, s = 0;
  size_t star = std::string_view::npos, star_s = 0;
  while (true) {
    if (p == pattern.size()) {
      if (!anchored || s == path.size()) return true;
      // Anchored and text remains: let the last '*' swallow more.
    } else if (pattern[p] == '*') {
      star = p++;
      star_s = s;
      continue;
    } else if (s < path.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
      continue;
    }
    if (star == std::string_view::npos || star_s >= path.size()) return false;
    p = star + 1;
    s = ++star_s;
  }
}

RobotsRules RobotsRules::AllowAll(std::string reason) {
  RobotsRules r;
  r.blanket_ = Blanket::kAllow;
  r.blanket_reason_ = std::move(reason);
  return r;
}

RobotsRules RobotsRules::DisallowAll(std::string reason) {
  RobotsRules r;
  r.blanket_ = Blanket::kDisallow;
  r.blanket_reason_ = std::move(reason);
  return r;
}

RobotsRules RobotsRules::FromFetch(int http_status, std::string_view body,
                                   std::string_view agent_token) {
  if (http_status >= 200 && http_status < 300) return Parse(body, agent_token);
  // 429 asks the crawler to slow down; reading it as "no robots.txt, crawl everything"
  // would be the impolite choice, so it counts with the server errors.
  if (http_status >= 400 && http_status < 500 && http_status != 429) {
    return AllowAll("robots.txt answered " + std::to_string(http_status) + ": all allowed");
  }
  if (http_status == 0) return DisallowAll("robots.txt unreachable: all disallowed");
  return DisallowAll("robots.txt answered " + std::to_string(http_status) + ": all disallowed");
}

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view agent_token) {
  if (text.size() > kMaxRobotsBytes) text = text.substr(0, kMaxRobotsBytes);
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string token = ProductToken(agent_token);

  std::vector<Group> groups;
  std::vector<std::string> sitemaps;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find_first_of("\r\n", pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    ++line_no;
    pos = eol + 1;
    if (eol < text.size() && text[eol] == '\r' && pos < text.size() && text[pos] == '\n') ++pos;

    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key = Lower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));

    if (key == "user-agent") {
      if (groups.empty() || groups.back().has_rules) groups.emplace_back();
      groups.back().agents.push_back(ProductToken(value));
    } else if (key == "allow" || key == "disallow") {
      if (groups.empty()) continue;  // rules outside any group are ignored
      groups.back().has_rules = true;
      if (value.empty()) continue;  // "Disallow:" with no path disallows nothing
      // Keep the rule as written (directive spelling normalised) for explanations.
      groups.back().rules.push_back(
          {key == "allow", std::string(value),
           std::string(key == "allow" ? "Allow: " : "Disallow: ") + std::string(value), line_no});
    } else if (key == "crawl-delay") {
      if (groups.empty()) continue;
      groups.back().has_rules = true;
      char* end = nullptr;
      std::string v(value);
      double d = std::strtod(v.c_str(), &end);
      if (end != v.c_str() && d >= 0 && !groups.back().crawl_delay) groups.back().crawl_delay = d;
    } else if (key == "sitemap") {
      if (!value.empty()) sitemaps.emplace_back(value);
    }
  }

  RobotsRules r;
  r.sitemaps_ = std::move(sitemaps);
  auto collect = [&](const std::string& wanted) {
    bool found = false;
    for (const Group& g : groups) {
      bool match = false;
      for (const std::string& a : g.agents) match = match || a == wanted;
      if (!match) continue;
      found = true;
      for (const auto& pr : g.rules) {
        r.rules_.push_back({pr.allow, NormalizePercentEncoding(pr.value), pr.text, pr.line});
      }
      if (g.crawl_delay && !r.crawl_delay_) r.crawl_delay_ = g.crawl_delay;
    }
    return found;
  };
  if (!token.empty() && token != "*" && collect(token)) {
    r.matched_agent_ = token;
  } else if (collect("*")) {
    r.matched_agent_ = "*";
  }
  return r;
}

RobotsDecision RobotsRules::Decide(std::string_view path) const {
  std::string p;
  if (path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0) {
    auto parts = SplitUrl(path);
    p = parts ? parts->path_and_query : std::string(path);
  } else {
    p = NormalizePercentEncoding(path);
  }
  if (p.empty() || p[0] != '/') p.insert(p.begin(), '/');
  RobotsDecision d;
  if (p == "/robots.txt") {
    d.reason = "robots.txt is always allowed";
    return d;
  }
  if (blanket_ != Blanket::kNone) {
    d.allowed = blanket_ == Blanket::kAllow;
    d.reason = blanket_reason_;
    return d;
  }
  const Rule* best = nullptr;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, p)) continue;
    if (best == nullptr || rule.pattern.size() > best->pattern.size() ||
        (rule.pattern.size() == best->pattern.size() && rule.allow && !best->allow)) {
      best = &rule;
    }
  }
  if (best == nullptr) {
    d.reason = matched_agent_.empty() ? "no group applies" : "no matching rule";
    return d;
  }
  d.allowed = best->allow;
  d.rule = best->text;
  d.line = best->line;
  d.reason = "group " + matched_agent_ + ", longest match";
  return d;
}

std::string ExplainRobots(std::string_view robots_text, std::string_view user_agent,
                          const std::vector<std::string>& urls) {
  return ExplainRobots(RobotsRules::Parse(robots_text, user_agent), user_agent, urls);
}

std::string ExplainRobots(const RobotsRules& rules, std::string_view user_agent,
                          const std::vector<std::string>& urls) {
  std::ostringstream out;
  out << "user-agent token: " << ProductToken(user_agent)
      << "; group applied: " << (rules.matched_agent().empty() ? "(none)" : rules.matched_agent())
      << "\n";
  if (rules.crawl_delay_seconds()) out << "crawl-delay: " << *rules.crawl_delay_seconds() << " s\n";
  for (const std::string& s : rules.sitemaps()) out << "sitemap: " << s << "\n";
  for (const std::string& url : urls) {
    RobotsDecision d = rules.Decide(url);
    out << (d.allowed ? "allowed    " : "disallowed ") << url;
    if (d.line > 0) {
      out << "  (line " << d.line << ": " << d.rule << ")";
    } else {
      out << "  (" << d.reason << ")";
    }
    out << "\n";
  }
  return out.str();
}

}  // namespace vn::crawler
