// HtmlDocument: an HTML page parsed by gumbo into a small owned tree of elements and text,
// with scripts, styles and comments dropped and entities decoded. Depth is capped so a
// page of deeply nested tags cannot exhaust the stack of the tree walks that follow.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vn::indexer {

struct HtmlNode {
  std::string tag;   // lower-case element name; empty for a text node
  std::string text;  // text nodes only (UTF-8, entities decoded)
  std::vector<std::pair<std::string, std::string>> attrs;
  std::vector<std::unique_ptr<HtmlNode>> children;
  HtmlNode* parent = nullptr;

  bool is_text() const { return tag.empty(); }
  const std::string* Attr(std::string_view name) const;
  // Concatenated text of this subtree; block elements and <br> separated by spaces.
  std::string Text() const;
};

class HtmlDocument {
 public:
  // `utf8` must already be decoded (text::DecodeHtml).
  static HtmlDocument Parse(std::string_view utf8);

  HtmlNode* root() const { return root_.get(); }
  // All elements with the given tag, in document order.
  std::vector<const HtmlNode*> FindAll(std::string_view tag) const;

  static constexpr int kMaxDepth = 256;

 private:
  std::unique_ptr<HtmlNode> root_;
};

// Every string value of `key` ("datePublished", "headline") in the page's JSON-LD blocks,
// at any depth, in the order of a depth-first walk; malformed blocks are skipped.
std::vector<std::string> JsonLdStrings(const HtmlDocument& doc, std::string_view key);

// True for elements that start a new line of text (p, div, li, h1..h6, tr, br, ...).
bool IsBlockTag(std::string_view tag);
// Collapses runs of white space (incl. NBSP) to one space and trims.
std::string CollapseSpace(std::string_view s);

}  // namespace vn::indexer
