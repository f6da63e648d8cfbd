// HTTP/1.x message framing as stored in WARC request/response blocks: the head (start
// line and header fields) and the body, and the WARC payload of a message: the entity
// body with transfer-encoding chunking removed (WARC 1.1 section 6.3; iipc/warc-
// specifications#22). Parsing is lenient about bare LF line ends, which old crawlers write.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vn::archive {

struct HttpHead {
  std::string start_line;  // "HTTP/1.1 200 OK" or "GET / HTTP/1.1"
  std::vector<std::pair<std::string, std::string>> headers;
  size_t body_offset = 0;  // where the body starts in the message

  std::optional<std::string> Header(std::string_view name) const;  // case-insensitive
  bool IsChunked() const;  // Transfer-Encoding ends with "chunked"
};

// Parses the head of an HTTP message. Returns nullopt when there is no blank line ending
// the head, or the start line is not HTTP-like.
std::optional<HttpHead> ParseHttpHead(std::string_view message);

// Removes chunked transfer-coding framing (chunk sizes, extensions, trailers). Returns
// nullopt when the framing is malformed or truncated.
std::optional<std::string> Dechunk(std::string_view body);

// The WARC payload of an HTTP message: the body, dechunked when it is chunked and the
// framing is valid (some producers store a dechunked body but keep the header).
// nullopt when `message` has no parsable HTTP head.
std::optional<std::string> HttpPayload(std::string_view message);

bool EqualsIgnoreCase(std::string_view a, std::string_view b);

}  // namespace vn::archive
