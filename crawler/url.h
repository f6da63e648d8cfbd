// URL canonicalisation for the crawler: every URL the frontier stores, compares or
// de-duplicates goes through Canonicalize first, so two spellings of one page are one row.
// Parsing is libcurl's (CURLU); on top of it the canonical form promises: lower-case scheme
// and host, no default port, dot segments resolved, no fragment, percent-encoding with
// upper-case hex and unreserved characters decoded, non-ASCII and unsafe bytes encoded,
// query parameters sorted by name (stable) with tracking parameters (utm_*, fbclid, gclid)
// dropped, and an empty path written as "/". Only http and https URLs are accepted.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vn::crawler {

// The canonical form of an absolute http(s) URL, or nullopt when it is not one.
std::optional<std::string> Canonicalize(std::string_view url);

// Resolves `reference` (as found in an href or a Location header) against the absolute
// `base` and canonicalises the result; nullopt for non-http(s) targets (mailto:, javascript:)
// or unparseable input.
std::optional<std::string> Resolve(std::string_view base, std::string_view reference);

// Parts of a canonical URL. `origin` is "scheme://host[:port]" (the politeness and robots.txt
// unit), `path_and_query` is what robots rules are matched against ("/a/b?x=1").
struct UrlParts {
  std::string scheme;
  std::string host;
  std::string origin;
  std::string path_and_query;
};
std::optional<UrlParts> SplitUrl(std::string_view url);

// Percent-encoding normalisation shared with the robots matcher: bytes outside printable
// ASCII (and spaces, quotes, angle brackets) are encoded, %xx hex is upper-cased and
// encoded unreserved characters (A-Z a-z 0-9 - . _ ~) are decoded.
std::string NormalizePercentEncoding(std::string_view s);

}  // namespace vn::crawler
