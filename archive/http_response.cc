// ParseHttpResponse and HttpResponse (declared in warc_record.h).
#include <cctype>
#include <cstdlib>

#include "archive/brotli_decoder.h"
#include "archive/gzip.h"
#include "archive/http_message.h"
#include "archive/warc_record.h"

namespace vn::archive {
namespace {

// Decoded bodies larger than this are cut off with a problem noted: nothing an indexer
// reads is that large, and it bounds the cost of a hostile gzip body.
constexpr size_t kMaxDecodedBody = 256u << 20;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<std::string> HttpResponse::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (EqualsIgnoreCase(k, name)) return v;
  }
  return std::nullopt;
}

std::optional<HttpResponse> ParseHttpResponse(std::string_view message) {
  if (message.substr(0, 5) != "HTTP/") return std::nullopt;
  std::optional<HttpHead> head = ParseHttpHead(message);
  if (!head) return std::nullopt;

  HttpResponse r;
  // "HTTP/1.1 200 OK": version, status, optional reason.
  std::string_view line = head->start_line;
  size_t sp = line.find(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  std::string_view rest = line.substr(sp + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) {
    ++digits;
  }
  if (digits != 3) return std::nullopt;
  r.status = std::atoi(std::string(rest.substr(0, 3)).c_str());
  r.reason = std::string(rest.size() > 4 ? rest.substr(4) : std::string_view());
  r.headers = head->headers;

  std::string_view raw = message.substr(head->body_offset);
  std::string body;
  if (head->IsChunked()) {
    if (std::optional<std::string> plain = Dechunk(raw)) {
      body = std::move(*plain);
    } else {
      // Some producers store the dechunked body but keep the header; use it as it is.
      body = std::string(raw);
    }
  } else {
    body = std::string(raw);
  }

  if (std::optional<std::string> ce = r.Header("Content-Encoding")) {
    // Codings are listed in the order applied, so they are undone from the last.
    std::vector<std::string> codings;
    std::string_view list = *ce;
    while (!list.empty()) {
      size_t comma = list.find(',');
      std::string_view item = list.substr(0, comma);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      if (!item.empty()) codings.push_back(Lower(item));
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
    for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
      if (*it == "identity") continue;
      if (*it == "br") {
        if (body.empty()) break;
        std::string decoded, error;
        if (!BrotliDecompress(body, kMaxDecodedBody, &decoded, &error)) {
          r.decode_problem = "content-encoding br: " + error;
          if (!decoded.empty()) body = std::move(decoded);
          break;
        }
        body = std::move(decoded);
        continue;
      }
      if (*it != "gzip" && *it != "x-gzip" && *it != "deflate") {
        r.decode_problem = "unsupported content-encoding \"" + *it + "\"";
        break;
      }
      std::string decoded, error;
      bool gzip = *it != "deflate";
      // A body already decoded by the producer (header kept) is passed through as is.
      bool looks_gzip = body.size() >= 2 && static_cast<unsigned char>(body[0]) == 0x1f &&
                        static_cast<unsigned char>(body[1]) == 0x8b;
      if (gzip && !looks_gzip && !body.empty()) {
        r.decode_problem = "content-encoding " + *it + " but the body is not gzip data";
        break;
      }
      if (body.empty()) break;
      if (!Decompress(body, gzip, kMaxDecodedBody, &decoded, &error)) {
        r.decode_problem = "content-encoding " + *it + ": " + error;
        if (!decoded.empty()) body = std::move(decoded);  // keep what could be decoded
        break;
      }
      body = std::move(decoded);
    }
  }
  r.body = std::move(body);
  return r;
}

}  // namespace vn::archive
