// `vnarchive robots ROBOTS-FILE|SITE-URL URL...`: for each URL, allowed or disallowed and
// the rule that decided it, using the crawler's own matcher.
#include <iostream>

#include "app/commands.h"
#include "app/file_io.h"
#include "archive/warc_record.h"
#include "common/error.h"
#include "crawler/fetcher.h"
#include "crawler/robots_rules.h"

namespace vn::app {

void RegisterRobots(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string where;
    std::string agent = crawler::kDefaultUserAgent;
    std::vector<std::string> urls;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "robots", "Explain robots.txt decisions: why was this page (never) fetched?");
  cmd->add_option("robots", opts->where,
                  "A robots.txt file, or a site URL whose /robots.txt is fetched")
      ->required();
  cmd->add_option("urls", opts->urls, "URLs or paths to decide")->required();
  cmd->add_option("--agent", opts->agent, "User-Agent (its product token picks the group)");
  cmd->callback([opts] {
    std::string text;
    bool is_url = opts->where.rfind("http://", 0) == 0 || opts->where.rfind("https://", 0) == 0;
    if (is_url) {
      std::string url = opts->where;
      size_t scheme_end = url.find("://") + 3;
      size_t path = url.find('/', scheme_end);
      if (path == std::string::npos || url.find("robots.txt", path) == std::string::npos)
        url = url.substr(0, path) + "/robots.txt";
      crawler::Fetcher fetcher;
      crawler::FetchRequest req;
      req.url = url;
      req.user_agent = opts->agent;
      crawler::FetchResult r = fetcher.Get(req);
      if (!r.ok) {
        // RFC 9309: unreachable means disallow all; say so and why.
        std::cout << "robots.txt unreachable (" << r.error << "): every URL is disallowed\n";
        throw Error(ExitCode::kPartial, url + ": " + r.error);
      }
      auto http = archive::ParseHttpResponse(r.response());
      std::string body = http ? http->body : r.body;
      crawler::RobotsRules rules =
          crawler::RobotsRules::FromFetch(r.status, body, crawler::ProductToken(opts->agent));
      if (r.status < 200 || r.status >= 300) {
        for (const auto& u : opts->urls) {
          crawler::RobotsDecision d = rules.Decide(u);
          std::cout << (d.allowed ? "allowed    " : "disallowed ") << u << "  (" << d.reason
                    << ")\n";
        }
        return;
      }
      text = body;
    } else {
      text = ReadInput(opts->where);
    }
    std::cout << crawler::ExplainRobots(text, opts->agent, opts->urls);
  });
}

}  // namespace vn::app
