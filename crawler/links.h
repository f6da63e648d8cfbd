// Link extraction from an HTML page for the crawl: the targets of <a href>, <area href>
// and <link rel="next"/"prev"> (pagination of news listings), resolved against the page
// URL or its <base href>, canonicalised, de-duplicated, in document order. Parsing is
// gumbo's, so broken markup from old CMSes still yields its links. Non-http(s) targets
// (mailto:, javascript:, tel:) are dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vn::crawler {

std::vector<std::string> ExtractLinks(std::string_view html, const std::string& page_url);

// True when a Content-Type names HTML or XHTML (or is missing, when `body` looks like HTML).
bool LooksLikeHtml(std::string_view content_type, std::string_view body);

}  // namespace vn::crawler
