#include "serve/capture_rewriter.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "crawler/url.h"
#include "serve/html.h"

namespace vn::serve {

namespace {

struct Edit {
  size_t pos = 0;
  size_t len = 0;
  std::string text;
};

std::string Apply(std::string_view in, std::vector<Edit> edits) {
  // Insertions (len 0) before replacements at the same place.
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.len < b.len;
  });
  std::string out;
  size_t at = 0;
  for (const auto& e : edits) {
    if (e.pos < at || e.pos + e.len > in.size()) continue;  // overlapping: keep the first
    out.append(in.substr(at, e.pos - at));
    out += e.text;
    at = e.pos + e.len;
  }
  out.append(in.substr(at));
  return out;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// The archive path for a reference, or nullopt to leave it alone (fragments, data:,
// mailto:, javascript: — the last cannot run in the sandbox).
std::optional<std::string> Target(const std::string& base, std::string_view reference) {
  std::string ref = Trim(reference);
  if (ref.empty() || ref[0] == '#' || StartsWithIgnoreCase(ref, "data:")) return std::nullopt;
  auto resolved = crawler::Resolve(base, ref);
  if (!resolved) return std::nullopt;
  std::string path = ArchivePath(*resolved);
  if (size_t hash = ref.find('#'); hash != std::string::npos) path += ref.substr(hash);
  return path;
}

// srcset: "a.jpg 1x, b.jpg 2x"
std::string RewriteSrcset(std::string_view value, const std::string& base) {
  std::string out;
  size_t i = 0;
  while (i < value.size()) {
    size_t comma = value.find(',', i);
    std::string item =
        Trim(value.substr(i, comma == std::string_view::npos ? std::string_view::npos : comma - i));
    i = comma == std::string_view::npos ? value.size() : comma + 1;
    if (item.empty()) continue;
    size_t space = item.find_first_of(" \t\n");
    std::string url = item.substr(0, space);
    std::string rest = space == std::string::npos ? "" : item.substr(space);
    if (!out.empty()) out += ", ";
    out += Target(base, url).value_or(url) + rest;
  }
  return out;
}

bool IsUrlAttribute(std::string_view tag, std::string_view attr) {
  if (attr == "href" || attr == "src" || attr == "action" || attr == "formaction" ||
      attr == "poster" || attr == "background")
    return true;
  return attr == "data" && tag == "object";
}

// Where the banner goes: right after <body ...>, else before the first thing of an
// implied body, else at the end.
size_t BannerPosition(const GumboNode* root, std::string_view html) {
  for (unsigned i = 0; i < root->v.element.children.length; ++i) {
    auto* n = static_cast<const GumboNode*>(root->v.element.children.data[i]);
    if (n->type != GUMBO_NODE_ELEMENT || n->v.element.tag != GUMBO_TAG_BODY) continue;
    const GumboElement& body = n->v.element;
    if (body.original_tag.length > 0)
      return static_cast<size_t>(body.original_tag.data - html.data()) + body.original_tag.length;
    for (unsigned k = 0; k < body.children.length; ++k) {
      auto* c = static_cast<const GumboNode*>(body.children.data[k]);
      if (c->type == GUMBO_NODE_ELEMENT && c->v.element.original_tag.length > 0)
        return static_cast<size_t>(c->v.element.original_tag.data - html.data());
      if ((c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) &&
          c->v.text.original_text.length > 0)
        return static_cast<size_t>(c->v.text.original_text.data - html.data());
    }
  }
  return html.size();
}

}  // namespace

std::string ArchivePath(std::string_view absolute_url) {
  return std::string(kCapturePrefix) + std::string(absolute_url);
}

std::string RewriteCss(std::string_view css, const std::string& base_url) {
  std::vector<Edit> edits;
  auto rewrite = [&](size_t start, size_t end, std::string_view ref) {
    auto target = Target(base_url, ref);
    // Canonical URLs are percent-encoded: no quote, backslash or line break to escape.
    if (target && target->find_first_of("\"\\\n") == std::string::npos)
      edits.push_back({start, end - start, "\"" + *target + "\""});
  };
  for (size_t i = 0; i < css.size(); ++i) {
    if (StartsWithIgnoreCase(css.substr(i), "url(")) {
      size_t j = i + 4;
      while (j < css.size() && std::isspace(static_cast<unsigned char>(css[j]))) ++j;
      if (j < css.size() && (css[j] == '"' || css[j] == '\'')) {
        char q = css[j];
        size_t close = css.find(q, j + 1);
        if (close == std::string_view::npos) break;
        rewrite(j, close + 1, css.substr(j + 1, close - j - 1));
        i = close;
      } else {
        size_t close = css.find(')', j);
        if (close == std::string_view::npos) break;
        size_t end = close;
        while (end > j && std::isspace(static_cast<unsigned char>(css[end - 1]))) --end;
        rewrite(j, end, css.substr(j, end - j));
        i = close;
      }
    } else if (StartsWithIgnoreCase(css.substr(i), "@import")) {
      size_t j = i + 7;
      while (j < css.size() && std::isspace(static_cast<unsigned char>(css[j]))) ++j;
      if (j < css.size() && (css[j] == '"' || css[j] == '\'')) {
        size_t close = css.find(css[j], j + 1);
        if (close == std::string_view::npos) break;
        rewrite(j, close + 1, css.substr(j + 1, close - j - 1));
        i = close;
      }
    }
  }
  return Apply(css, std::move(edits));
}

std::string RewriteHtml(std::string_view html, const std::string& page_url,
                        std::string_view banner_html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 100;
  GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  std::vector<const GumboNode*> stack{out->root};
  std::vector<const GumboNode*> elements;  // document order
  std::string base = page_url;
  bool base_seen = false;
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) continue;
    elements.push_back(n);
    const GumboElement& e = n->v.element;
    if (!base_seen && e.tag == GUMBO_TAG_BASE) {
      if (const GumboAttribute* href = gumbo_get_attribute(&e.attributes, "href")) {
        if (auto b = crawler::Resolve(page_url, href->value)) base = *b;
        base_seen = true;
      }
    }
    for (unsigned i = e.children.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i]));
  }

  std::vector<Edit> edits;
  auto replace_value = [&](const GumboAttribute* a, const std::string& value) {
    const char* data = a->original_value.data;
    if (a->original_value.length == 0 || data < html.data() ||
        data + a->original_value.length > html.data() + html.size())
      return;  // an attribute without a value (or one gumbo made up)
    size_t pos = static_cast<size_t>(data - html.data());
    edits.push_back({pos, a->original_value.length, "\"" + Escape(value) + "\""});
  };
  for (const GumboNode* n : elements) {
    const GumboElement& e = n->v.element;
    std::string_view tag = gumbo_normalized_tagname(e.tag);
    if (e.tag == GUMBO_TAG_UNKNOWN) tag = "";
    for (unsigned i = 0; i < e.attributes.length; ++i) {
      auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
      std::string_view name = a->name;
      // <base> itself is resolved against the page, everything else against the base.
      const std::string& against = e.tag == GUMBO_TAG_BASE ? page_url : base;
      if (IsUrlAttribute(tag, name)) {
        if (auto t = Target(against, a->value)) replace_value(a, *t);
      } else if (name == "srcset") {
        replace_value(a, RewriteSrcset(a->value, base));
      } else if (name == "style") {
        std::string css = RewriteCss(a->value, base);
        if (css != a->value) replace_value(a, css);
      } else if (name == "content" && e.tag == GUMBO_TAG_META) {
        const GumboAttribute* equiv = gumbo_get_attribute(&e.attributes, "http-equiv");
        std::string v = a->value;
        size_t u = v.find("url=");
        if (u == std::string::npos) u = v.find("URL=");
        if (equiv && StartsWithIgnoreCase(equiv->value, "refresh") && u != std::string::npos) {
          std::string ref = v.substr(u + 4);
          if (!ref.empty() && (ref[0] == '\'' || ref[0] == '"'))
            ref = ref.substr(1, ref.size() - 2);
          if (auto t = Target(base, ref)) replace_value(a, v.substr(0, u + 4) + *t);
        }
      }
    }
    if (e.tag == GUMBO_TAG_STYLE) {
      for (unsigned i = 0; i < e.children.length; ++i) {
        auto* c = static_cast<const GumboNode*>(e.children.data[i]);
        if (c->type != GUMBO_NODE_TEXT && c->type != GUMBO_NODE_WHITESPACE &&
            c->type != GUMBO_NODE_CDATA)
          continue;
        GumboStringPiece text = c->v.text.original_text;
        if (text.length == 0) continue;
        size_t pos = static_cast<size_t>(text.data - html.data());
        std::string css = RewriteCss(std::string_view(text.data, text.length), base);
        edits.push_back({pos, text.length, css});
      }
    }
  }
  edits.push_back({BannerPosition(out->root, html), 0, std::string(banner_html)});
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return Apply(html, std::move(edits));
}

}  // namespace vn::serve
