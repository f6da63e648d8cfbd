#include "crawler/url.h"

#include <curl/curl.h>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace vn::crawler {
namespace {

struct CurluDeleter {
  void operator()(CURLU* h) const { curl_url_cleanup(h); }
};
using CurluPtr = std::unique_ptr<CURLU, CurluDeleter>;

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}
bool NeedsEncoding(unsigned char c) {
  return c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' ||
         c == '}' || c == '|' || c == '^';
}
void AppendEncoded(std::string* out, unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  out->push_back('%');
  out->push_back(kHex[c >> 4]);
  out->push_back(kHex[c & 15]);
}

std::string ToLower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Browsers drop tabs and newlines anywhere in a URL and surrounding spaces; links copied
// from CMS editors carry them often enough to matter.
std::string CleanInput(std::string_view in) {
  std::string s;
  s.reserve(in.size());
  for (char c : in) {
    if (c != '\t' && c != '\n' && c != '\r') s.push_back(c);
  }
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(' ');
  s = s.substr(b, e - b + 1);
  // Encode what curl refuses (spaces, non-ASCII bytes of Vietnamese slugs) but leave the
  // URL delimiters alone so curl can still split it.
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%' && !(i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2]))) {
      out += "%25";
    } else if (NeedsEncoding(c)) {
      AppendEncoded(&out, c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::optional<std::string> GetPart(CURLU* h, CURLUPart part) {
  char* value = nullptr;
  if (curl_url_get(h, part, &value, 0) != CURLUE_OK || value == nullptr) return std::nullopt;
  std::string s(value);
  curl_free(value);
  return s;
}

bool IsTrackingParam(std::string_view name) {
  std::string n = ToLower(std::string(name));
  return n.rfind("utm_", 0) == 0 || n == "fbclid" || n == "gclid";
}

std::string CanonicalQuery(const std::string& query) {
  std::vector<std::pair<std::string, std::string>> params;  // (name, whole "name=value")
  size_t start = 0;
  while (start <= query.size()) {
    size_t amp = query.find('&', start);
    if (amp == std::string::npos) amp = query.size();
    std::string param = query.substr(start, amp - start);
    start = amp + 1;
    if (param.empty()) continue;
    std::string name = param.substr(0, param.find('='));
    if (IsTrackingParam(name)) continue;
    params.emplace_back(NormalizePercentEncoding(name), NormalizePercentEncoding(param));
  }
  std::stable_sort(params.begin(), params.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  for (const auto& p : params) {
    if (!out.empty()) out.push_back('&');
    out += p.second;
  }
  return out;
}

std::optional<std::string> CanonicalFromHandle(CURLU* h) {
  auto scheme = GetPart(h, CURLUPART_SCHEME);
  auto host = GetPart(h, CURLUPART_HOST);
  if (!scheme || !host || host->empty()) return std::nullopt;
  std::string sch = ToLower(*scheme);
  if (sch != "http" && sch != "https") return std::nullopt;
  std::string out = sch + "://" + ToLower(*host);
  if (auto port = GetPart(h, CURLUPART_PORT)) {
    if (!((sch == "http" && *port == "80") || (sch == "https" && *port == "443"))) {
      out += ":" + *port;
    }
  }
  std::string path = GetPart(h, CURLUPART_PATH).value_or("/");
  if (path.empty() || path[0] != '/') path.insert(path.begin(), '/');
  out += NormalizePercentEncoding(path);
  if (auto query = GetPart(h, CURLUPART_QUERY)) {
    std::string q = CanonicalQuery(*query);
    if (!q.empty()) out += "?" + q;
  }
  return out;
}

}  // namespace

std::string NormalizePercentEncoding(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%') {
      if (i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2])) {
        unsigned char v = static_cast<unsigned char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
        if (IsUnreserved(v)) {
          out.push_back(static_cast<char>(v));
        } else {
          AppendEncoded(&out, v);
        }
        i += 2;
      } else {
        out += "%25";
      }
    } else if (NeedsEncoding(c)) {
      AppendEncoded(&out, c);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::optional<std::string> Canonicalize(std::string_view url) {
  std::string clean = CleanInput(url);
  if (clean.empty()) return std::nullopt;
  CurluPtr h(curl_url());
  if (!h || curl_url_set(h.get(), CURLUPART_URL, clean.c_str(), 0) != CURLUE_OK) {
    return std::nullopt;
  }
  return CanonicalFromHandle(h.get());
}

std::optional<std::string> Resolve(std::string_view base, std::string_view reference) {
  std::string clean_base = CleanInput(base);
  std::string clean_ref = CleanInput(reference);
  // curl 7.88 resolves a fragment-only reference to the base's directory; a fragment never
  // changes the document, so the answer is the base itself.
  if (clean_ref.empty() || clean_ref[0] == '#') return Canonicalize(clean_base);
  CurluPtr h(curl_url());
  if (!h || curl_url_set(h.get(), CURLUPART_URL, clean_base.c_str(), 0) != CURLUE_OK) {
    return std::nullopt;
  }
  if (!clean_ref.empty() &&
      curl_url_set(h.get(), CURLUPART_URL, clean_ref.c_str(), 0) != CURLUE_OK) {
    return std::nullopt;
  }
  return CanonicalFromHandle(h.get());
}

std::optional<UrlParts> SplitUrl(std::string_view url) {
  auto canonical = Canonicalize(url);
  if (!canonical) return std::nullopt;
  UrlParts parts;
  const std::string& c = *canonical;
  size_t colon = c.find("://");
  parts.scheme = c.substr(0, colon);
  size_t path_start = c.find('/', colon + 3);
  if (path_start == std::string::npos) path_start = c.size();
  parts.origin = c.substr(0, path_start);
  std::string authority = c.substr(colon + 3, path_start - colon - 3);
  // Strip the port; IPv6 literals keep their brackets.
  size_t port_colon = authority.rfind(':');
  if (port_colon != std::string::npos && authority.find(']', port_colon) == std::string::npos) {
    authority.resize(port_colon);
  }
  parts.host = authority;
  parts.path_and_query = path_start < c.size() ? c.substr(path_start) : "/";
  return parts;
}

}  // namespace vn::crawler
