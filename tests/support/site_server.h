// SiteServer: a static web site served on the loopback interface, for crawler tests and the
// demo. It behaves like the provincial portals the crawler meets: content types by extension,
// ETag/Last-Modified with 304 answers to conditional GETs, index.html for directories,
// redirects and per-path headers read from `_server.toml` in the site directory. It promises
// never to serve a file or directory whose name starts with "_" or ".", never to leave the
// site directory (".." segments are refused with 400), and to rewrite the placeholder
// `SITE_HOST` to its own "127.0.0.1:PORT" in robots.txt and *.xml files, so a sitemap written
// before the port is known still holds absolute URLs that point back at this server.
//
// `_server.toml` (all sections optional, paths are exact request paths without the query):
//   [[redirect]]  from = "/bai-cu/x.html"  to = "/tin-tuc/x.html"  status = 301
//   [[header]]    path = "/tin-tuc/x.html"  content_type = "text/html; charset=windows-1258"
//   [[header]]    path = "/tin-tuc/x.html"  name = "Cache-Control"  value = "no-cache"
//   [[status]]    path = "/bao-tri.html"    status = 503  retry_after = 120  body = "..."
// A relative redirect target is sent as an absolute URL on this server. ETags are a hash of
// the bytes served; If-None-Match (weak comparison) wins over If-Modified-Since.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vn::support {

// One request as the server saw it, for tests that check what the crawler fetched and how
// far apart its requests were.
struct RequestRecord {
  std::chrono::steady_clock::time_point at;  // when the request reached the handler
  std::chrono::system_clock::time_point wall;
  std::string method;
  std::string path;  // decoded path, without the query string
  std::string query;
  std::string user_agent;
  std::string if_none_match;
  std::string if_modified_since;
  int status = 0;
};

struct SiteServerOptions {
  std::string host = "127.0.0.1";
  int port = 0;  // 0: let the kernel pick a free port
};

class SiteServer {
 public:
  // Reads `<root>/_server.toml` if present. Throws vn::Error (kUsage) when root is not a
  // directory or the config is malformed, naming the file and the fault.
  explicit SiteServer(std::filesystem::path root, SiteServerOptions options = {});
  ~SiteServer();
  SiteServer(const SiteServer&) = delete;
  SiteServer& operator=(const SiteServer&) = delete;

  // Binds, starts serving on a background thread and returns the port once requests are
  // accepted. Throws vn::Error when the port cannot be bound or the server is running.
  int Start();
  // Stops accepting and joins the serving thread; safe to call twice.
  void Stop();

  int port() const;
  // "http://127.0.0.1:PORT" (no trailing slash).
  std::string BaseUrl() const;
  // Absolute URL for a site path such as "/tin-tuc/".
  std::string Url(const std::string& path) const;

  std::vector<RequestRecord> RequestLog() const;
  void ClearRequestLog();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vn::support
