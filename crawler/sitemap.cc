#include "crawler/sitemap.h"

#include <stdexcept>

#include "archive/gzip.h"
#include "crawler/url.h"

namespace vn::crawler {
namespace {

constexpr size_t kMaxSitemapBytes = 64u << 20;  // the protocol's limit is 50 MB uncompressed

std::string DecodeXmlText(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 8) {
      out.push_back('&');
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp")
      out += '&';
    else if (ent == "lt")
      out += '<';
    else if (ent == "gt")
      out += '>';
    else if (ent == "quot")
      out += '"';
    else if (ent == "apos")
      out += '\'';
    else if (!ent.empty() && ent[0] == '#') {
      unsigned long cp = 0;
      try {
        cp = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X')
                 ? std::stoul(std::string(ent.substr(2)), nullptr, 16)
                 : std::stoul(std::string(ent.substr(1)), nullptr, 10);
      } catch (const std::exception&) {
        cp = 0;
      }
      if (cp == 0 || cp > 0xFFFF)
        out.append(s.substr(i, semi - i + 1));
      else if (cp < 0x80)
        out.push_back(static_cast<char>(cp));
      else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else {
        out.push_back(static_cast<char>(0xE0 | ((cp >> 12) & 0x0F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      }
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  std::string out(s.substr(b, e - b + 1));
  if (out.size() > 12 && out.rfind("<![CDATA[", 0) == 0 && out.ends_with("]]>")) {
    out = out.substr(9, out.size() - 12);
  }
  return out;
}

// Finds "<name" followed by '>' or whitespace (so <loc> does not match <location>),
// optionally namespace-prefixed ("<sm:loc>").
size_t FindTag(std::string_view xml, std::string_view name, size_t from, bool closing) {
  while (true) {
    size_t lt = xml.find('<', from);
    if (lt == std::string_view::npos) return lt;
    size_t p = lt + 1;
    if (closing) {
      if (p >= xml.size() || xml[p] != '/') {
        from = lt + 1;
        continue;
      }
      ++p;
    }
    size_t end = xml.find_first_of("> \t\r\n/", p);
    if (end == std::string_view::npos) return std::string_view::npos;
    std::string_view tag = xml.substr(p, end - p);
    size_t colon = tag.find(':');
    if (colon != std::string_view::npos) tag = tag.substr(colon + 1);
    if (tag == name) return lt;
    from = lt + 1;
  }
}

}  // namespace

Sitemap ParseSitemap(std::string_view body) {
  Sitemap out;
  std::string inflated;
  if (body.size() >= 2 && static_cast<unsigned char>(body[0]) == 0x1f &&
      static_cast<unsigned char>(body[1]) == 0x8b) {
    std::string err;
    if (!archive::Decompress(body, true, kMaxSitemapBytes, &inflated, &err)) {
      out.error = "gzip sitemap: " + err;
      return out;
    }
    body = inflated;
  }
  if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  size_t first = body.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && body[first] == '<') {
    bool index = FindTag(body, "sitemapindex", 0, false) != std::string_view::npos;
    if (!index && FindTag(body, "urlset", 0, false) == std::string_view::npos) {
      out.error = "XML document is neither a <urlset> nor a <sitemapindex>";
      return out;
    }
    size_t pos = 0;
    while (true) {
      size_t open = FindTag(body, "loc", pos, false);
      if (open == std::string_view::npos) break;
      size_t gt = body.find('>', open);
      if (gt == std::string_view::npos) break;
      size_t close = FindTag(body, "loc", gt, true);
      if (close == std::string_view::npos) break;
      std::string text = Trim(DecodeXmlText(body.substr(gt + 1, close - gt - 1)));
      pos = close + 1;
      auto url = Canonicalize(text);
      if (!url) {
        ++out.skipped;
        continue;
      }
      (index ? out.sitemaps : out.pages).push_back(*url);
    }
    return out;
  }
  size_t pos = 0;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) eol = body.size();
    std::string line = Trim(body.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    if (auto url = Canonicalize(line)) {
      out.pages.push_back(*url);
    } else {
      ++out.skipped;
    }
  }
  return out;
}

}  // namespace vn::crawler
