// Extractor: turns one archived page (raw bytes plus what the capture says about them) into
// an Article: decoded and NFC-normalised text, headline, posting date, main text with the
// chrome removed, and the entities the fact extractors find in it. Never throws on
// content: a page that yields nothing yields an Article with empty fields.
#pragma once

#include <string>
#include <string_view>

#include "indexer/article.h"

namespace vn::indexer {

struct PageInput {
  std::string_view bytes;
  std::string content_type;  // HTTP Content-Type, may be empty
  std::string url;           // may be empty for local files
  std::string source;        // source name from the site definitions, if known
  std::string source_province;
};

class Extractor {
 public:
  Article ExtractHtml(const PageInput& page) const;
  // Plain text: the first non-empty line is the title, blank lines separate paragraphs.
  // `published` (ISO date) resolves yearless dates; may be empty.
  Article ExtractText(const PageInput& page, const std::string& published) const;
  // The fact extractors (places, partners, ...) over an Article whose title, published
  // date and body are already known (e.g. from a JSON Lines corpus).
  void AddFacts(Article* article) const;
};

// NFC without changing tone-mark style: what the body shows is what the page wrote.
std::string ToNfc(std::string_view utf8);
// Hex SHA-1 of a string (document ids).
std::string Sha1Hex(std::string_view data);

}  // namespace vn::indexer
