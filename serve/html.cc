#include "serve/html.h"

#include <cstdio>

namespace vn::serve {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is malformed.
size_t DecodeUtf8(std::string_view s, size_t i, uint32_t* cp) {
  unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  uint32_t v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = s[i + k];
    if ((d & 0xC0) != 0x80) return 0;
    v = (v << 6) | (d & 0x3F);
  }
  *cp = v;
  return n;
}

void AppendEscaped(char c, std::string* out) {
  switch (c) {
    case '&':
      *out += "&amp;";
      break;
    case '<':
      *out += "&lt;";
      break;
    case '>':
      *out += "&gt;";
      break;
    case '"':
      *out += "&quot;";
      break;
    case '\'':
      *out += "&#39;";
      break;
    default:
      *out += c;
  }
}

}  // namespace

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) AppendEscaped(c, &out);
  return out;
}

std::string EscapeAscii(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    size_t n = DecodeUtf8(s, i, &cp);
    if (n == 1) {
      AppendEscaped(s[i], &out);
    } else {
      out += "&#" + std::to_string(n == 0 ? 0xFFFD : cp) + ";";
      if (n == 0) n = 1;
    }
    i += n;
  }
  return out;
}

std::string UrlEncode(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string QueryString(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out;
  for (const auto& [k, v] : params) {
    out += out.empty() ? '?' : '&';
    out += UrlEncode(k) + "=" + UrlEncode(v);
  }
  return out;
}

std::string HighlightHtml(std::string_view text,
                          const std::vector<std::pair<size_t, size_t>>& ranges) {
  std::string out;
  size_t cp = 0, r = 0;
  bool open = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if ((c & 0xC0) != 0x80) {  // a code point starts here
      if (open && cp == ranges[r].second) {
        out += "</mark>";
        open = false;
        ++r;
      }
      while (!open && r < ranges.size() && ranges[r].second <= cp) ++r;  // empty or passed
      if (!open && r < ranges.size() && cp == ranges[r].first) {
        out += "<mark>";
        open = true;
      }
      ++cp;
    }
    AppendEscaped(static_cast<char>(c), &out);
  }
  if (open) out += "</mark>";
  return out;
}

}  // namespace vn::serve
