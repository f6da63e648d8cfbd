#include "indexer/html_document.h"

#include <gumbo.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

namespace vn::indexer {

namespace {

bool Dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
      return true;
    default:
      return false;
  }
}

// JSON-LD blocks carry datePublished and headline; every other script is dropped.
bool IsJsonLd(const GumboElement& el) {
  if (el.tag != GUMBO_TAG_SCRIPT) return false;
  GumboAttribute* type = gumbo_get_attribute(&el.attributes, "type");
  return type && std::string_view(type->value).find("ld+json") != std::string_view::npos;
}

std::string TagName(const GumboElement& el) {
  if (el.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(el.tag);
  GumboStringPiece piece = el.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data, piece.length);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name.empty() ? "unknown" : name;
}

// Iterative conversion: gumbo trees can be tens of thousands of levels deep.
void Convert(const GumboNode* groot, HtmlNode* out_root) {
  struct Item {
    const GumboNode* g;
    HtmlNode* parent;
    int depth;
  };
  std::vector<Item> stack;
  const GumboVector& kids = groot->v.element.children;
  for (size_t i = kids.length; i-- > 0;)
    stack.push_back({static_cast<const GumboNode*>(kids.data[i]), out_root, 1});
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const GumboNode* g = it.g;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
        g->type == GUMBO_NODE_CDATA) {
      auto t = std::make_unique<HtmlNode>();
      t->text = g->v.text.text;
      t->parent = it.parent;
      it.parent->children.push_back(std::move(t));
      continue;
    }
    if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& el = g->v.element;
    if (Dropped(el.tag) && !IsJsonLd(el)) continue;
    HtmlNode* parent = it.parent;
    HtmlNode* self = parent;
    if (it.depth < HtmlDocument::kMaxDepth) {
      auto n = std::make_unique<HtmlNode>();
      n->tag = TagName(el);
      for (unsigned i = 0; i < el.attributes.length; ++i) {
        auto* a = static_cast<GumboAttribute*>(el.attributes.data[i]);
        n->attrs.emplace_back(a->name, a->value);
      }
      n->parent = parent;
      self = n.get();
      parent->children.push_back(std::move(n));
    }
    for (size_t i = el.children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(el.children.data[i]), self, it.depth + 1});
  }
}

void AppendText(const HtmlNode* root, std::string* out) {
  std::vector<std::pair<const HtmlNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [n, closing] = stack.back();
    stack.pop_back();
    if (n->is_text()) {
      *out += n->text;
      continue;
    }
    if (IsBlockTag(n->tag)) *out += ' ';
    if (closing) continue;
    stack.push_back({n, true});
    for (size_t i = n->children.size(); i-- > 0;) stack.push_back({n->children[i].get(), false});
  }
}

}  // namespace

const std::string* HtmlNode::Attr(std::string_view name) const {
  for (const auto& [k, v] : attrs)
    if (k == name) return &v;
  return nullptr;
}

std::string HtmlNode::Text() const {
  std::string raw;
  AppendText(this, &raw);
  return CollapseSpace(raw);
}

std::vector<std::string> JsonLdStrings(const HtmlDocument& doc, std::string_view key) {
  std::vector<std::string> out;
  for (const HtmlNode* s : doc.FindAll("script")) {
    std::string raw;
    for (const auto& c : s->children)
      if (c->is_text()) raw += c->text;
    auto j = nlohmann::json::parse(raw, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    std::vector<const nlohmann::json*> stack{&j};
    while (!stack.empty()) {
      const nlohmann::json* x = stack.back();
      stack.pop_back();
      if (x->is_object()) {
        auto it = x->find(key);
        if (it != x->end() && it->is_string()) out.push_back(it->get<std::string>());
        for (const auto& [k, v] : x->items()) stack.push_back(&v);
      } else if (x->is_array()) {
        for (const auto& v : *x) stack.push_back(&v);
      }
    }
  }
  return out;
}

bool IsBlockTag(std::string_view tag) {
  static const std::unordered_set<std::string_view> kBlocks = {
      "p",          "div",     "li",      "ul",     "ol",     "h1",     "h2",         "h3",
      "h4",         "h5",      "h6",      "tr",     "td",     "th",     "table",      "br",
      "hr",         "section", "article", "header", "footer", "nav",    "aside",      "main",
      "blockquote", "pre",     "dd",      "dt",     "dl",     "figure", "figcaption", "form",
      "body",       "title",   "address", "center", "option", "select", "tbody",      "thead"};
  return kBlocks.count(tag) > 0;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

HtmlDocument HtmlDocument::Parse(std::string_view utf8) {
  HtmlDocument doc;
  doc.root_ = std::make_unique<HtmlNode>();
  doc.root_->tag = "#document";
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 100;  // error collection is costly on broken pages; we never read them
  GumboOutput* out = gumbo_parse_with_options(&options, utf8.data(), utf8.size());
  if (out && out->root) Convert(out->root, doc.root_.get());
  // gumbo_parse puts the <html> element under a document node; out->root is <html>.
  if (out) gumbo_destroy_output(&options, out);
  return doc;
}

std::vector<const HtmlNode*> HtmlDocument::FindAll(std::string_view tag) const {
  std::vector<const HtmlNode*> found;
  std::vector<const HtmlNode*> stack{root_.get()};
  while (!stack.empty()) {
    const HtmlNode* n = stack.back();
    stack.pop_back();
    if (n->tag == tag) found.push_back(n);
    for (size_t i = n->children.size(); i-- > 0;) stack.push_back(n->children[i].get());
  }
  return found;
}

}  // namespace vn::indexer
