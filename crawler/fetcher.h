// Fetcher: one HTTP GET at a time over a reused libcurl easy handle, capturing exactly
// what went over the wire so it can be archived: the request head as sent, and the
// response status line, headers and body as received (content-encoding and chunked
// transfer-coding left intact: curl decodes neither). HTTP/1.1 only, so the WARC holds
// the real message. Redirects are never followed here; the crawler records each hop.
// A fetch that does not produce a whole response (timeout, reset, body over the limit)
// reports ok=false with a one-line error and never throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vn::crawler {

inline constexpr const char* kDefaultUserAgent =
    "vnarchive/0.1 (+https://github.com/vnarchive/vnarchive; research archive)";

struct FetchOptions {
  long connect_timeout_ms = 15000;
  long total_timeout_ms = 120000;
  long low_speed_bytes_per_s = 512;  // abort when slower than this ...
  long low_speed_seconds = 30;       // ... for this long
  uint64_t max_body_bytes = 32ull << 20;
};

struct FetchRequest {
  std::string url;
  std::string user_agent = kDefaultUserAgent;
  std::string if_none_match;      // ETag of the previous capture, if any
  std::string if_modified_since;  // Last-Modified of the previous capture, if any
};

struct FetchResult {
  bool ok = false;    // a whole HTTP response was received
  std::string error;  // why not, one line (when !ok)
  int status = 0;
  std::string request;  // request head exactly as sent
  std::string head;     // status line + headers + blank line, as received
  std::string body;     // body bytes as received (may be gzip and/or chunked)
  std::vector<std::pair<std::string, std::string>> headers;
  std::string ip;      // remote IP address
  double seconds = 0;  // total time

  std::string response() const { return head + body; }
  std::optional<std::string> Header(std::string_view name) const;  // case-insensitive
};

class Fetcher {
 public:
  explicit Fetcher(FetchOptions options = {});
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  FetchResult Get(const FetchRequest& request);

 private:
  FetchOptions options_;
  void* curl_;  // CURL*
};

}  // namespace vn::crawler
