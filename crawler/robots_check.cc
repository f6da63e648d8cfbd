#include "crawler/robots_check.h"

#include <map>

#include "archive/warc_record.h"
#include "common/error.h"
#include "crawler/robots_rules.h"
#include "crawler/url.h"

namespace vn::crawler {

std::string CheckRobots(const std::vector<std::string>& urls, const std::string& user_agent,
                        const FetchOptions& fetch) {
  std::map<std::string, std::vector<std::string>> by_origin;
  std::vector<std::string> order;
  for (const std::string& u : urls) {
    auto parts = SplitUrl(u);
    if (!parts) throw UsageError(u + ": not an http(s) URL");
    if (!by_origin.count(parts->origin)) order.push_back(parts->origin);
    by_origin[parts->origin].push_back(*Canonicalize(u));
  }
  Fetcher fetcher(fetch);
  std::string out;
  for (const std::string& origin : order) {
    std::string url = origin + "/robots.txt";
    int status = 0;
    std::string body, note;
    for (int hop = 0; hop <= 5; ++hop) {
      FetchRequest req;
      req.url = url;
      req.user_agent = user_agent;
      FetchResult r = fetcher.Get(req);
      if (!r.ok) {
        note = r.error;
        break;
      }
      status = r.status;
      if (status >= 300 && status < 400) {
        auto next = r.Header("Location") ? Resolve(url, *r.Header("Location")) : std::nullopt;
        if (!next) break;
        url = *next;
        continue;
      }
      if (auto parsed = archive::ParseHttpResponse(r.response())) body = parsed->body;
      break;
    }
    if (status >= 300 && status < 400) status = 404;  // too many redirects: unavailable
    out += "robots.txt " + url + ": " +
           (status ? "HTTP " + std::to_string(status) : "unreachable (" + note + ")") + "\n";
    RobotsRules rules = RobotsRules::FromFetch(status, body, ProductToken(user_agent));
    out += ExplainRobots(rules, user_agent, by_origin[origin]);
  }
  return out;
}

}  // namespace vn::crawler
