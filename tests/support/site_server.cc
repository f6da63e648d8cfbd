#include "tests/support/site_server.h"

#include <httplib.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <toml++/toml.h>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "common/error.h"

namespace vn::support {
namespace {

namespace fs = std::filesystem;

constexpr const char* kConfigName = "_server.toml";
constexpr const char* kHostPlaceholder = "SITE_HOST";

struct Redirect {
  std::string to;
  int status = 301;
};

struct PathHeaders {
  std::string content_type;  // empty: by extension
  std::vector<std::pair<std::string, std::string>> extra;
};

struct FixedStatus {
  int status = 0;
  std::string body;
  std::string retry_after;
};

struct Config {
  std::map<std::string, Redirect> redirects;
  std::map<std::string, PathHeaders> headers;
  std::map<std::string, FixedStatus> statuses;
};

std::string ContentTypeFor(const fs::path& file) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".xml", "application/xml; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".md", "text/markdown; charset=utf-8"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},
      {".pdf", "application/pdf"},
      {".gz", "application/gzip"},
  };
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

// A content hash rather than mtime+size: the SITE_HOST rewrite makes the served bytes depend
// on the port, and a test that edits a file within one second must still see a new ETag.
std::string ETagFor(const std::string& body) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : body) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
  return buf;
}

std::string HttpDate(time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

std::optional<time_t> ParseHttpDate(const std::string& s) {
  std::tm tm{};
  const char* end = strptime(s.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (end == nullptr) return std::nullopt;
  return timegm(&tm);
}

std::string StripWeak(std::string tag) {
  if (tag.rfind("W/", 0) == 0) tag.erase(0, 2);
  return tag;
}

// RFC 9110 13.1.2: If-None-Match uses weak comparison; "*" matches any current file.
bool NoneMatchHits(const std::string& header, const std::string& etag) {
  std::stringstream ss(header);
  std::string item;
  while (std::getline(ss, item, ',')) {
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (item == "*" || StripWeak(item) == StripWeak(etag)) return true;
  }
  return false;
}

void ReplaceAll(std::string& s, const std::string& from, const std::string& to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
}

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 1; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += path[i];
    }
  }
  return out;
}

const toml::table& TableAt(const toml::array& arr, size_t i, const std::string& what,
                           const fs::path& file) {
  const toml::table* t = arr.get(i)->as_table();
  if (t == nullptr) {
    throw UsageError(file.string() + ": every [[" + what + "]] entry must be a table");
  }
  return *t;
}

std::string RequiredPath(const toml::table& t, const char* key, const std::string& what,
                         const fs::path& file) {
  auto v = t[key].value<std::string>();
  if (!v || v->empty() || (*v)[0] != '/') {
    throw UsageError(file.string() + ": [[" + what + "]] needs " + key +
                     " as a site path starting with \"/\"");
  }
  return *v;
}

Config LoadConfig(const fs::path& file) {
  Config config;
  if (!fs::exists(file)) return config;
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    throw UsageError(file.string() + ":" + std::to_string(e.source().begin.line) +
                     ": malformed TOML: " + std::string(e.description()));
  }
  for (const auto& [key, node] : root) {
    const std::string k(key.str());
    if (k != "redirect" && k != "header" && k != "status") {
      throw UsageError(file.string() + ": unknown section \"" + k +
                       "\" (expected [[redirect]], [[header]] or [[status]])");
    }
    const toml::array* arr = node.as_array();
    if (arr == nullptr) {
      throw UsageError(file.string() + ": \"" + k + "\" must be an array of tables [[" + k + "]]");
    }
    for (size_t i = 0; i < arr->size(); ++i) {
      const toml::table& t = TableAt(*arr, i, k, file);
      if (k == "redirect") {
        std::string from = RequiredPath(t, "from", k, file);
        Redirect r;
        r.to = t["to"].value_or(std::string());
        r.status = static_cast<int>(t["status"].value_or(int64_t{301}));
        if (r.to.empty())
          throw UsageError(file.string() + ": [[redirect]] from " + from + " has no \"to\"");
        if (r.status != 301 && r.status != 302 && r.status != 303 && r.status != 307 &&
            r.status != 308) {
          throw UsageError(file.string() + ": [[redirect]] from " + from + " has status " +
                           std::to_string(r.status) + ", not one of 301/302/303/307/308");
        }
        config.redirects[from] = r;
      } else if (k == "header") {
        std::string path = RequiredPath(t, "path", k, file);
        PathHeaders& h = config.headers[path];
        if (auto ct = t["content_type"].value<std::string>()) h.content_type = *ct;
        auto name = t["name"].value<std::string>();
        auto value = t["value"].value<std::string>();
        if (name.has_value() != value.has_value()) {
          throw UsageError(file.string() + ": [[header]] for " + path +
                           " needs both \"name\" and \"value\"");
        }
        if (name) h.extra.emplace_back(*name, *value);
        if (h.content_type.empty() && !name) {
          throw UsageError(file.string() + ": [[header]] for " + path +
                           " sets nothing (give content_type or name/value)");
        }
      } else {
        std::string path = RequiredPath(t, "path", k, file);
        FixedStatus s;
        s.status = static_cast<int>(t["status"].value_or(int64_t{0}));
        if (s.status < 400 || s.status > 599) {
          throw UsageError(file.string() + ": [[status]] for " + path +
                           " needs a status between 400 and 599");
        }
        s.body = t["body"].value_or(std::string());
        if (auto ra = t["retry_after"].value<int64_t>()) s.retry_after = std::to_string(*ra);
        config.statuses[path] = s;
      }
    }
  }
  return config;
}

std::string ErrorPage(int status, const std::string& what) {
  return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" +
         std::to_string(status) + "</title></head><body><h1>" + std::to_string(status) + " " +
         what + "</h1></body></html>\n";
}

}  // namespace

struct SiteServer::Impl {
  fs::path root;
  SiteServerOptions options;
  Config config;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  bool running = false;

  mutable std::mutex log_mu;
  std::vector<RequestRecord> log;

  std::string Host() const { return options.host + ":" + std::to_string(port); }
  std::string Base() const { return "http://" + Host(); }

  void Fail(httplib::Response& res, int status, const std::string& what) {
    res.status = status;
    res.set_content(ErrorPage(status, what), "text/html; charset=utf-8");
  }

  void Handle(const httplib::Request& req, httplib::Response& res) {
    const std::string& path = req.path;
    if (path.empty() || path[0] != '/' || path.find('\0') != std::string::npos ||
        path.find('\\') != std::string::npos) {
      return Fail(res, 400, "Bad Request");
    }
    const std::vector<std::string> segments = Segments(path);
    for (const auto& s : segments) {
      if (s == ".." || s == ".") return Fail(res, 400, "Bad Request");
    }

    if (auto it = config.redirects.find(path); it != config.redirects.end()) {
      const std::string& to = it->second.to;
      res.status = it->second.status;
      res.set_header("Location", to[0] == '/' ? Base() + to : to);
      res.set_content(ErrorPage(res.status, "Moved"), "text/html; charset=utf-8");
      return;
    }
    if (auto it = config.statuses.find(path); it != config.statuses.end()) {
      res.status = it->second.status;
      if (!it->second.retry_after.empty()) res.set_header("Retry-After", it->second.retry_after);
      res.set_content(it->second.body.empty() ? ErrorPage(res.status, "Error") : it->second.body,
                      "text/html; charset=utf-8");
      return;
    }
    for (const auto& s : segments) {
      if (s[0] == '_' || s[0] == '.') return Fail(res, 404, "Not Found");
    }

    fs::path file = root;
    for (const auto& s : segments) file /= s;
    std::string site_path = path;  // the path whose per-path headers apply
    std::error_code ec;
    if (fs::is_directory(file, ec)) {
      if (path.back() != '/') {
        res.status = 301;
        std::string to = path + "/";
        if (!req.params.empty()) {
          // Keep the query so a redirect does not change what was asked for.
          to += "?" + httplib::detail::params_to_query_str(req.params);
        }
        res.set_header("Location", Base() + to);
        res.set_content(ErrorPage(301, "Moved"), "text/html; charset=utf-8");
        return;
      }
      file /= "index.html";
      site_path += "index.html";
    }
    if (!fs::is_regular_file(file, ec)) return Fail(res, 404, "Not Found");
    // A symlink inside the site must not lead outside it.
    const fs::path real = fs::weakly_canonical(file, ec);
    if (ec) return Fail(res, 404, "Not Found");
    const std::string real_str = real.string();
    const std::string root_str = root.string() + "/";
    if (real_str.compare(0, root_str.size(), root_str) != 0) return Fail(res, 404, "Not Found");

    std::ifstream in(file, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (!in.good() && !in.eof()) return Fail(res, 500, "Internal Server Error");
    std::string body = buf.str();
    if (file.filename() == "robots.txt" || file.extension() == ".xml") {
      ReplaceAll(body, kHostPlaceholder, Host());
    }

    struct stat st {};
    time_t mtime = ::stat(file.c_str(), &st) == 0 ? st.st_mtime : 0;
    const std::string etag = ETagFor(body);
    std::string content_type = ContentTypeFor(file);
    const PathHeaders* extra = nullptr;
    for (const std::string& key : {path, site_path}) {
      if (auto it = config.headers.find(key); it != config.headers.end()) {
        extra = &it->second;
        break;
      }
    }
    if (extra != nullptr && !extra->content_type.empty()) content_type = extra->content_type;

    res.set_header("ETag", etag);
    res.set_header("Last-Modified", HttpDate(mtime));
    if (extra != nullptr) {
      for (const auto& [name, value] : extra->extra) res.set_header(name, value);
    }

    // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
    bool not_modified = false;
    if (req.has_header("If-None-Match")) {
      not_modified = NoneMatchHits(req.get_header_value("If-None-Match"), etag);
    } else if (req.has_header("If-Modified-Since")) {
      auto since = ParseHttpDate(req.get_header_value("If-Modified-Since"));
      not_modified = since && mtime <= *since;
    }
    if (not_modified) {
      res.status = 304;
      return;
    }
    res.status = 200;
    res.set_content(std::move(body), content_type);
  }

  void Record(const httplib::Request& req, const httplib::Response& res,
              std::chrono::steady_clock::time_point arrived) {
    RequestRecord r;
    r.at = arrived;
    r.wall = std::chrono::system_clock::now();
    r.method = req.method;
    r.path = req.path;
    r.query = httplib::detail::params_to_query_str(req.params);
    r.user_agent = req.get_header_value("User-Agent");
    r.if_none_match = req.get_header_value("If-None-Match");
    r.if_modified_since = req.get_header_value("If-Modified-Since");
    r.status = res.status;
    std::lock_guard<std::mutex> lock(log_mu);
    log.push_back(std::move(r));
  }
};

SiteServer::SiteServer(fs::path root, SiteServerOptions options) : impl_(std::make_unique<Impl>()) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    throw UsageError(root.string() + ": not a directory, cannot serve it as a site");
  }
  impl_->root = fs::canonical(root);
  impl_->options = std::move(options);
  impl_->config = LoadConfig(impl_->root / kConfigName);

  Impl* impl = impl_.get();
  // Logged from the handler, not httplib's logger: the logger runs after the response is
  // sent, so a client could see its answer before the request shows up in the log.
  impl_->server.Get(".*", [impl](const httplib::Request& req, httplib::Response& res) {
    const auto arrived = std::chrono::steady_clock::now();
    try {
      impl->Handle(req, res);
    } catch (const std::exception&) {
      impl->Fail(res, 500, "Internal Server Error");
    }
    impl->Record(req, res, arrived);
  });
  // httplib's default SO_REUSEPORT would let a second server bind a fixed port already taken.
  impl_->server.set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
}

SiteServer::~SiteServer() { Stop(); }

int SiteServer::Start() {
  Impl& impl = *impl_;
  if (impl.running) throw UsageError("site server for " + impl.root.string() + " already running");
  if (impl.options.port == 0) {
    impl.port = impl.server.bind_to_any_port(impl.options.host);
    if (impl.port <= 0) {
      throw UsageError("cannot bind a free port on " + impl.options.host);
    }
  } else {
    if (!impl.server.bind_to_port(impl.options.host, impl.options.port)) {
      throw UsageError("cannot bind " + impl.options.host + ":" +
                       std::to_string(impl.options.port) + " (in use or not permitted)");
    }
    impl.port = impl.options.port;
  }
  auto finished = std::make_shared<std::atomic<bool>>(false);
  impl.thread = std::thread([&impl, finished] {
    impl.server.listen_after_bind();
    *finished = true;
  });
  // stop() is a no-op until the accept loop runs, so wait for it before handing back.
  while (!impl.server.is_running() && !*finished) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (*finished) {
    impl.thread.join();
    throw UsageError("site server on " + impl.Host() + " stopped as soon as it started");
  }
  impl.running = true;
  return impl.port;
}

void SiteServer::Stop() {
  if (!impl_ || !impl_->running) return;
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
  impl_->running = false;
}

int SiteServer::port() const { return impl_->port; }

std::string SiteServer::BaseUrl() const { return impl_->Base(); }

std::string SiteServer::Url(const std::string& path) const {
  return impl_->Base() + (path.empty() || path[0] != '/' ? "/" : "") + path;
}

std::vector<RequestRecord> SiteServer::RequestLog() const {
  std::lock_guard<std::mutex> lock(impl_->log_mu);
  return impl_->log;
}

void SiteServer::ClearRequestLog() {
  std::lock_guard<std::mutex> lock(impl_->log_mu);
  impl_->log.clear();
}

}  // namespace vn::support
