// ContentExtractor: finds an article's headline and main text in a parsed page and drops
// the page chrome around it (menus, "Liên kết website", "Các tin khác", "Cở chữ" bars, share
// bars, footers, related lists). A content-scoring method in the spirit of Readability: text
// blocks vote for their ancestors by length and punctuation, link-heavy and chrome-classed
// blocks lose, the best-scored container and its good siblings are the article. No per-site
// templates.
#pragma once

#include <string>
#include <vector>

#include "indexer/html_document.h"

namespace vn::indexer {

struct ExtractedContent {
  std::string title;
  std::vector<std::string> paragraphs;
  // The element holding the headline and the first element of the body, so the date
  // finder can look between them (where portals print the posting date) and not in sidebars.
  const HtmlNode* title_node = nullptr;
  const HtmlNode* content_root = nullptr;
  // Headline-like links (anchor text of 25 characters or more) in the chosen content: many
  // of them make the page a list of articles, not an article.
  int headline_links = 0;
};

class ContentExtractor {
 public:
  ExtractedContent Extract(const HtmlDocument& doc) const;
};

// The <title>/og:title text with a site-name prefix or suffix removed when a headline
// element on the page confirms which part is the article's.
std::string CleanTitle(const std::string& page_title, const std::vector<std::string>& headlines);

// True for short lines that are page chrome wherever they appear ("Cở chữ", "Các tin khác",
// "Liên kết website", "Bản quyền ...", share/print bars).
bool IsChromeLine(const std::string& line);

// True when the node or an ancestor is page chrome (nav, footer, aside, a "menu"/"sidebar"/
// "tinkhac" class, ...) or a link list item: no posting date is read from such places.
// Ancestors that also hold `article_part` (the headline) are the article's own header and
// do not count, whatever their class says.
bool InsideChromeOrList(const HtmlNode* node, const HtmlNode* article_part = nullptr);

}  // namespace vn::indexer
