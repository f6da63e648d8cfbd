// Source: one web site the archive follows (a provincial foreign-affairs portal), as
// defined in data/sources.toml. Scope is a list of URL prefixes (not regexes: prefixes are
// what operators can read at a glance, and canonicalising them makes "HTTPS://Host" and
// "https://host/" the same). A URL is in scope when its canonical form starts with one of
// the canonical prefixes. LoadSources promises either a fully valid list or a vn::Error
// (kUsage) of the form "<file>: line N: <what>".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vn::crawler {

struct Source {
  std::string name;                   // unique, short: "songoaivu-quangtri"
  std::string province;               // the source province, e.g. "Quảng Trị"
  std::vector<std::string> seeds;     // canonical URLs
  std::vector<std::string> sitemaps;  // canonical URLs
  std::vector<std::string> scope;     // canonical URL prefixes
  int delay_ms = 2000;                // minimum spacing between requests to one host
  int max_depth = 5;                  // link hops from a seed or sitemap entry
  int max_pages = 5000;               // fetches per run
  int recrawl_hours = 24;             // how long a fetched page stays fresh
  std::string charset;                // hint for the indexer when a page declares none
  std::string user_agent;             // override; empty = the crawler default

  // `url` must be canonical.
  bool InScope(std::string_view url) const;
};

// Parses sources TOML text; `file_name` names it in error messages.
std::vector<Source> ParseSources(std::string_view toml_text, const std::string& file_name);
// Reads and parses a file; a missing or unreadable file is a kUsage error too.
std::vector<Source> LoadSources(const std::string& path);

// The source for `crawl --seed URL`: named after the host, scope = the seed's origin + "/".
// Throws vn::Error(kUsage) when seed_url is not an http(s) URL.
Source AdHocSource(const std::string& seed_url);

// The first source whose scope holds `url` (canonicalised here), or nullptr.
const Source* FindSourceForUrl(const std::vector<Source>& sources, std::string_view url);

}  // namespace vn::crawler
