#include "archive/http_message.h"

#include <cctype>

namespace vn::archive {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Next line of `text` from *pos without its CRLF/LF; false when no line end is left.
bool NextLine(std::string_view text, size_t* pos, std::string_view* line) {
  size_t nl = text.find('\n', *pos);
  if (nl == std::string_view::npos) return false;
  size_t end = nl;
  if (end > *pos && text[end - 1] == '\r') --end;
  *line = text.substr(*pos, end - *pos);
  *pos = nl + 1;
  return true;
}

}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::optional<std::string> HttpHead::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (EqualsIgnoreCase(k, name)) return v;
  }
  return std::nullopt;
}

bool HttpHead::IsChunked() const {
  std::optional<std::string> te = Header("Transfer-Encoding");
  if (!te) return false;
  std::string_view v = Trim(*te);
  return v.size() >= 7 && EqualsIgnoreCase(v.substr(v.size() - 7), "chunked");
}

std::optional<HttpHead> ParseHttpHead(std::string_view message) {
  HttpHead head;
  size_t pos = 0;
  std::string_view line;
  if (!NextLine(message, &pos, &line)) return std::nullopt;
  if (line.find("HTTP/") == std::string_view::npos) return std::nullopt;
  head.start_line = std::string(line);
  while (true) {
    if (!NextLine(message, &pos, &line)) return std::nullopt;
    if (line.empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && !head.headers.empty()) {
      head.headers.back().second += ' ';
      head.headers.back().second += Trim(line);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // browsers skip such lines too
    head.headers.emplace_back(std::string(Trim(line.substr(0, colon))),
                              std::string(Trim(line.substr(colon + 1))));
  }
  head.body_offset = pos;
  return head;
}

std::optional<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (true) {
    std::string_view line;
    if (!NextLine(body, &pos, &line)) return std::nullopt;
    line = Trim(line.substr(0, line.find(';')));
    if (line.empty() || line.size() > 15) return std::nullopt;
    uint64_t size = 0;
    for (char c : line) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
      size = size * 16 + static_cast<uint64_t>(std::isdigit(static_cast<unsigned char>(c))
                                                   ? c - '0'
                                                   : std::tolower(c) - 'a' + 10);
    }
    if (size == 0) return out;  // trailers, if any, are not payload
    if (size > body.size() - pos) return std::nullopt;
    out.append(body.substr(pos, size));
    pos += size;
    // The CRLF after the chunk data.
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') {
      ++pos;
    } else {
      return std::nullopt;
    }
  }
}

std::optional<std::string> HttpPayload(std::string_view message) {
  std::optional<HttpHead> head = ParseHttpHead(message);
  if (!head) return std::nullopt;
  std::string_view body = message.substr(head->body_offset);
  if (head->IsChunked()) {
    if (std::optional<std::string> plain = Dechunk(body)) return plain;
  }
  return std::string(body);
}

}  // namespace vn::archive
