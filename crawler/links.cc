#include "crawler/links.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "crawler/url.h"

namespace vn::crawler {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

bool RelHas(const char* rel, std::string_view word) {
  if (rel == nullptr) return false;
  std::string r = Lower(rel);
  size_t pos = 0;
  while (pos < r.size()) {
    size_t end = r.find_first_of(" \t\n", pos);
    if (end == std::string::npos) end = r.size();
    if (std::string_view(r).substr(pos, end - pos) == word) return true;
    pos = end + 1;
  }
  return false;
}

void Walk(const GumboNode* node, std::vector<const char*>* hrefs, const char** base) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboElement& e = node->v.element;
  switch (e.tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_AREA:
      if (const char* h = Attr(e, "href")) hrefs->push_back(h);
      break;
    case GUMBO_TAG_LINK: {
      const char* rel = Attr(e, "rel");
      if (RelHas(rel, "next") || RelHas(rel, "prev")) {
        if (const char* h = Attr(e, "href")) hrefs->push_back(h);
      }
      break;
    }
    case GUMBO_TAG_BASE:
      if (*base == nullptr) *base = Attr(e, "href");
      break;
    default:
      break;
  }
  for (unsigned i = 0; i < e.children.length; ++i) {
    Walk(static_cast<const GumboNode*>(e.children.data[i]), hrefs, base);
  }
}

}  // namespace

std::vector<std::string> ExtractLinks(std::string_view html, const std::string& page_url) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::vector<const char*> hrefs;
  const char* base_href = nullptr;
  Walk(out->root, &hrefs, &base_href);
  std::string base = page_url;
  if (base_href != nullptr) {
    if (auto b = Resolve(page_url, base_href)) base = *b;
  }
  std::vector<std::string> links;
  std::set<std::string> seen;
  for (const char* h : hrefs) {
    auto url = Resolve(base, h);
    if (url && seen.insert(*url).second) links.push_back(*url);
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return links;
}

bool LooksLikeHtml(std::string_view content_type, std::string_view body) {
  std::string ct = Lower(content_type);
  if (!ct.empty()) {
    return ct.find("text/html") != std::string::npos ||
           ct.find("application/xhtml") != std::string::npos;
  }
  std::string head = Lower(body.substr(0, 512));
  return head.find("<html") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos;
}

}  // namespace vn::crawler
