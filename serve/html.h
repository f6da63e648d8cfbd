// Html: the few text transformations every page of the web server goes through. Escape is
// the only way a value reaches a page: anything read from the archive or the request is
// untrusted, so every value is escaped for text and quoted-attribute context alike.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vn::serve {

// & < > " ' escaped; safe inside element text and inside a double- or single-quoted
// attribute value. Invalid UTF-8 passes through (the browser shows U+FFFD for it).
std::string Escape(std::string_view s);

// Like Escape, and every non-ASCII character as a numeric character reference, so the
// result reads the same in a page of any charset (a windows-1258 capture's banner).
std::string EscapeAscii(std::string_view utf8);

// Percent-encodes everything but unreserved characters, for a query-string component.
std::string UrlEncode(std::string_view s);

// "?k=v&k2=v2" (components percent-encoded), or "" when `params` is empty.
std::string QueryString(const std::vector<std::pair<std::string, std::string>>& params);

// `text` escaped, with each code-point range [start, end) wrapped in <mark>.
std::string HighlightHtml(std::string_view text,
                          const std::vector<std::pair<size_t, size_t>>& ranges);

}  // namespace vn::serve
