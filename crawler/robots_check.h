// CheckRobots: the live half of `vnarchive robots URL...`: fetches robots.txt for each
// origin among the URLs (following up to 5 redirects, applying RFC 9309's status rules:
// 4xx allows all, 5xx or unreachable disallows all) and says for every URL whether this
// crawler may fetch it and which rule on which line decided. Never throws for network
// trouble: that is part of the answer.
#pragma once

#include <string>
#include <vector>

#include "crawler/fetcher.h"

namespace vn::crawler {

// One block per origin: "robots.txt <url>: <status>" then ExplainRobots' lines.
// Throws vn::Error(kUsage) when an argument is not an http(s) URL.
std::string CheckRobots(const std::vector<std::string>& urls,
                        const std::string& user_agent = kDefaultUserAgent,
                        const FetchOptions& fetch = {});

}  // namespace vn::crawler
