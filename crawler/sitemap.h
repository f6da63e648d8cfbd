// Sitemap reading (sitemaps.org protocol): an XML <urlset> gives page URLs, a
// <sitemapindex> gives further sitemaps, a plain-text sitemap gives one URL per line;
// any of them may be gzip-compressed (detected by its magic bytes, not by name). URLs are
// canonicalised; entries that are not http(s) URLs are skipped and counted, never fatal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vn::crawler {

struct Sitemap {
  std::vector<std::string> pages;     // from <urlset> or plain text
  std::vector<std::string> sitemaps;  // from <sitemapindex>
  int skipped = 0;                    // entries that were not usable URLs
  std::string error;                  // set when the content could not be read at all
};

// `body` is the payload as served (after HTTP transfer/content decoding).
Sitemap ParseSitemap(std::string_view body);

}  // namespace vn::crawler
