#include "serve/web_server.h"

#include <httplib.h>
#include <sys/socket.h>
#include <xapian.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "archive/warc_reader.h"
#include "common/error.h"
#include "crawler/url.h"
#include "indexer/warc_indexer.h"
#include "query/index_reader.h"
#include "query/result_json.h"
#include "query/searcher.h"
#include "serve/capture_index.h"
#include "serve/capture_rewriter.h"
#include "serve/html.h"
#include "serve/meetings_page.h"
#include "serve/page.h"
#include "serve/record_page.h"
#include "serve/search_page.h"

namespace vn::serve::assets {
std::string_view Embedded(std::string_view name);
}

namespace vn::serve {

namespace fs = std::filesystem;

namespace {

// An answer other than 200, with a message for the person who asked.
struct HttpError : std::runtime_error {
  HttpError(int status, const std::string& message) : std::runtime_error(message), status(status) {}
  int status;
};

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kAppPolicy =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'";
// A capture is someone else's page: it runs in a sandbox (no scripts, an opaque origin, so
// it cannot reach the app), and may load nothing that is not in the archive.
constexpr const char* kCapturePolicy =
    "sandbox; default-src 'self' data:; img-src 'self' data:; "
    "style-src 'self' 'unsafe-inline' data:; font-src 'self' data:; media-src 'self' data:; "
    "script-src 'none'; object-src 'none'; form-action 'none'; frame-ancestors 'self'";
constexpr size_t kMaxPartnersScanned = 20000;

bool IsHexId(const std::string& s) {
  if (s.size() < 8 || s.size() > 40) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

// A ".." path segment, a NUL or a backslash: nothing this server serves
// has one, and a value with one is an attempt to reach a file.
bool LooksLikeTraversal(std::string_view s) {
  if (s.find('\0') != std::string_view::npos || s.find('\\') != std::string_view::npos) return true;
  for (size_t pos = s.find(".."); pos != std::string_view::npos; pos = s.find("..", pos + 1)) {
    bool starts = pos == 0 || s[pos - 1] == '/';
    bool ends = pos + 2 == s.size() || s[pos + 2] == '/' || s[pos + 2] == '?';
    if (starts && ends) return true;
  }
  return false;
}

std::string Param(const Params& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() ? "" : it->second;
}

void SetAppHeaders(httplib::Response& res) {
  res.set_header("Content-Security-Policy", kAppPolicy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "same-origin");
  res.set_header("Cache-Control", "no-store");
}

void SendError(httplib::Response& res, int status, const std::string& message, bool json) {
  res.status = status;
  if (!res.has_header("Content-Security-Policy")) SetAppHeaders(res);
  if (json) {
    res.set_content(query::DumpJson({{"error", message}}) + "\n",
                    "application/json; charset=utf-8");
  } else {
    res.set_content(ErrorPage(status, message), kHtml);
  }
}

// Which index the directory holds now: a reindex that switches the directory (a symlink
// to a new generation) or commits in place changes this.
std::string IndexGeneration(const std::string& dir) {
  std::error_code ec;
  fs::path real = fs::canonical(dir, ec);
  if (ec) return "";
  auto stamp = [&](const fs::path& p) {
    auto t = fs::last_write_time(p, ec);
    return ec ? std::string("?") : std::to_string(t.time_since_epoch().count());
  };
  fs::path version = real / "iamglass";
  return real.string() + "@" + (fs::exists(version, ec) ? stamp(version) : stamp(real));
}

std::string Banner(const std::string& capture_date, const std::string& url,
                   const std::string& record_id) {
  std::string b =
      "<div id=\"vnarchive-banner\" style=\"all:initial;display:block;box-sizing:border-box;"
      "width:100%;position:relative;z-index:2147483647;background:#fff7d1;color:#222;"
      "border-bottom:2px solid #b58900;padding:8px 12px;font:14px/1.5 system-ui,sans-serif\">";
  b += EscapeAscii("Bản lưu trữ · chụp lúc ") + "<b>" + EscapeAscii(capture_date) + "</b>" +
       EscapeAscii(" · địa chỉ gốc: ") +
       "<span style=\"font-family:monospace;word-break:break-all\">" + EscapeAscii(url) +
       "</span> · ";
  const char* link = "style=\"color:#0645ad;text-decoration:underline\"";
  if (!record_id.empty())
    b += "<a " + std::string(link) + " href=\"/record/" + UrlEncode(record_id) + "\">" +
         EscapeAscii("Về bản ghi") + "</a> · ";
  b += "<a " + std::string(link) + " href=\"/\">" + EscapeAscii("Tìm kiếm") + "</a></div>";
  return b;
}

}  // namespace

struct WebServer::Impl {
  ServerOptions options;
  httplib::Server server;
  CaptureIndex captures;
  int listen_fd = -1;

  std::mutex partners_mu;
  std::string partners_generation;
  std::vector<std::pair<std::string, uint64_t>> partners;

  explicit Impl(ServerOptions o) : options(std::move(o)), captures(options.archive_dir) {}

  void CheckIndex() const {
    std::error_code ec;
    if (!fs::exists(options.index_dir, ec))
      throw HttpError(503, "Chưa có chỉ mục tìm kiếm ở " + options.index_dir +
                               ": hãy chạy `vnarchive crawl` rồi `vnarchive index`.");
  }

  // Runs `f` over the index as it is now; once more if a writer replaced what it read.
  template <class F>
  auto WithIndex(F f) {
    CheckIndex();
    try {
      return f();
    } catch (const Xapian::DatabaseModifiedError&) {
      return f();
    } catch (const Xapian::DatabaseOpeningError&) {
      return f();
    }
  }

  void Routes();
  void SearchPage(const httplib::Request& req, httplib::Response& res);
  void ApiSearch(const httplib::Request& req, httplib::Response& res);
  void RecordPage(const httplib::Request& req, httplib::Response& res);
  void ArticleCapture(const httplib::Request& req, httplib::Response& res);
  void WebCapture(const httplib::Request& req, httplib::Response& res);
  void MeetingsPage(const httplib::Request& req, httplib::Response& res);
  void Replay(const archive::WarcRecord& record, const std::string& url,
              const std::string& record_id, httplib::Response& res);
  std::vector<std::pair<std::string, uint64_t>> Partners();
};

void WebServer::Impl::SearchPage(const httplib::Request& req, httplib::Response& res) {
  const Params& params = req.params;
  query::SearchRequest r = ParsePageRequest(params);
  // Browsing without words, relevance means nothing: show the newest first, but keep the
  // form at "relevance" so that words typed next are ranked by relevance.
  query::SearchRequest run = r;
  if (r.text.empty() && r.sort == "relevance") run.sort = "-date";
  query::SearchResult result = WithIndex([&] {
    query::Searcher searcher(options.index_dir);
    return searcher.Search(run);
  });
  res.set_content(RenderSearchPage(r, &result), kHtml);
}

void WebServer::Impl::ApiSearch(const httplib::Request& req, httplib::Response& res) {
  query::SearchRequest r = ParseApiRequest(req.params);
  query::SearchResult result = WithIndex([&] {
    query::Searcher searcher(options.index_dir);
    return searcher.Search(r);
  });
  // Byte for byte what `vnarchive search --json` prints for the same request.
  std::string out;
  for (const auto& hit : result.hits) out += query::DumpJson(query::HitJson(hit)) + "\n";
  out += query::DumpJson(query::SummaryJson(r, result)) + "\n";
  res.set_header("Access-Control-Allow-Origin", "*");
  res.set_content(out, "application/x-ndjson; charset=utf-8");
}

void WebServer::Impl::RecordPage(const httplib::Request& req, httplib::Response& res) {
  std::string id = req.matches[1];
  if (!IsHexId(id)) throw HttpError(400, "mã bản ghi '" + id.substr(0, 60) + "' không hợp lệ");
  auto article = WithIndex([&] { return query::IndexReader(options.index_dir).Find(id); });
  if (!article) throw HttpError(404, "không có bản ghi nào có mã " + id);
  res.set_content(RenderRecordPage(*article), kHtml);
}

void WebServer::Impl::ArticleCapture(const httplib::Request& req, httplib::Response& res) {
  std::string id = req.matches[1];
  if (!IsHexId(id)) throw HttpError(400, "mã bản ghi '" + id.substr(0, 60) + "' không hợp lệ");
  auto article = WithIndex([&] { return query::IndexReader(options.index_dir).Find(id); });
  if (!article) throw HttpError(404, "không có bản ghi nào có mã " + id);
  if (article->warc_file.empty())
    throw HttpError(404, "bản ghi này được lập chỉ mục từ tệp cục bộ, không có bản lưu trữ");
  // ?v=N: the Nth earlier capture of a page that changed (oldest first).
  std::string path = article->warc_file;
  uint64_t offset = article->warc_offset;
  if (std::string v = req.get_param_value("v"); !v.empty()) {
    size_t n = article->history.size();
    if (v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos ||
        std::stoul(v) >= n)
      throw HttpError(404, "bản ghi này có " + std::to_string(n) + " bản lưu trước; không có bản " +
                               v.substr(0, 20));
    path = article->history[std::stoul(v)].warc_file;
    offset = article->history[std::stoul(v)].offset;
  }
  // The index names the WARC by the path it was read from; a moved data home still has
  // the file under its archive directory.
  std::error_code ec;
  if (!fs::exists(path, ec) && !fs::exists(path + ".open", ec)) {
    fs::path moved = fs::path(options.archive_dir) / fs::path(path).filename();
    if (fs::exists(moved, ec)) path = moved.string();
  }
  if (fs::path(path).parent_path() != fs::path(options.archive_dir)) captures.AddFile(path);
  archive::WarcRecord record;
  try {
    record = archive::WarcReader::ReadAt(path, offset);
  } catch (const Error& e) {
    throw HttpError(404, std::string("không đọc được bản lưu trữ: ") + e.what());
  }
  Replay(record, article->url, article->id, res);
}

void WebServer::Impl::WebCapture(const httplib::Request& req, httplib::Response& res) {
  // The URL is everything after the prefix in the request as sent, query string included:
  // it is the address of another capture, not parameters for this server.
  std::string url = req.target.substr(kCapturePrefix.size());
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
    throw HttpError(400, "địa chỉ trong kho lưu trữ phải bắt đầu bằng http:// hoặc https://");
  auto ref = captures.Find(url);
  res.set_header("Content-Security-Policy", kCapturePolicy);
  if (!ref) throw HttpError(404, "trang " + url + " không có trong kho lưu trữ");
  archive::WarcRecord record;
  try {
    record = archive::WarcReader::ReadAt(ref->where);
  } catch (const Error& e) {
    throw HttpError(404, std::string("không đọc được bản lưu trữ: ") + e.what());
  }
  Replay(record, ref->url, "", res);
}

void WebServer::Impl::Replay(const archive::WarcRecord& record, const std::string& url,
                             const std::string& record_id, httplib::Response& res) {
  res.set_header("Content-Security-Policy", kCapturePolicy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  std::string content_type, body;
  int status = 200;
  if (record.Type() == "resource") {
    content_type = record.Get("Content-Type").value_or("application/octet-stream");
    body = record.block;
  } else {
    auto http = archive::ParseHttpResponse(record.block);
    if (!http) throw HttpError(404, "bản lưu trữ của " + url + " không phải là phản hồi HTTP");
    status = http->status >= 200 && http->status < 600 ? http->status : 200;
    if (status >= 300 && status < 400) {
      auto location = http->Header("Location");
      if (location) {
        if (auto t = crawler::Resolve(url, *location)) {
          res.status = 302;
          res.set_header("Location", ArchivePath(*t));
          res.set_content("", "text/plain");
          return;
        }
      }
      status = 200;
    }
    content_type = http->Header("Content-Type").value_or("");
    body = std::move(http->body);
  }
  std::string lower = content_type;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.find("text/css") != std::string::npos) {
    body = RewriteCss(body, url);
  } else if (indexer::LooksLikeHtml(content_type, body)) {
    body = RewriteHtml(body, url, Banner(record.Date(), url, record_id));
    if (content_type.empty()) content_type = "text/html";
  }
  if (content_type.empty()) content_type = "application/octet-stream";
  res.status = status;
  res.set_content(body, content_type);
}

std::vector<std::pair<std::string, uint64_t>> WebServer::Impl::Partners() {
  std::string generation = IndexGeneration(options.index_dir);
  {
    std::lock_guard<std::mutex> lock(partners_mu);
    if (generation == partners_generation && !generation.empty()) return partners;
  }
  std::map<std::string, uint64_t> counts;
  WithIndex([&] {
    counts.clear();
    Xapian::Database db(options.index_dir);
    size_t scanned = 0;
    for (auto it = db.postlist_begin("");
         it != db.postlist_end("") && scanned < kMaxPartnersScanned; ++it, ++scanned) {
      auto j = nlohmann::json::parse(db.get_document(*it).get_data(), nullptr, false);
      if (!j.is_object() || !j.contains("partners") || !j["partners"].is_array()) continue;
      for (const auto& p : j["partners"])
        if (p.is_string()) ++counts[p.get<std::string>()];
    }
    return 0;
  });
  std::vector<std::pair<std::string, uint64_t>> list(counts.begin(), counts.end());
  std::stable_sort(list.begin(), list.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::lock_guard<std::mutex> lock(partners_mu);
  partners_generation = generation;
  partners = list;
  return list;
}

void WebServer::Impl::MeetingsPage(const httplib::Request& req, httplib::Response& res) {
  const Params& params = req.params;
  std::string partner = Param(params, "partner");
  std::string we = Param(params, "source_province");
  if (partner.size() > 200 || we.size() > 200)
    throw HttpError(400, "tên đối tác hoặc tỉnh quá dài (tối đa 200 byte)");
  auto partners = Partners();
  if (partner.empty()) {
    res.set_content(RenderMeetingsPage(partner, we, partners, nullptr), kHtml);
    return;
  }
  auto meetings =
      WithIndex([&] { return query::IndexReader(options.index_dir).Meetings(partner, we, 200); });
  res.set_content(RenderMeetingsPage(partner, we, partners, &meetings), kHtml);
}

void WebServer::Impl::Routes() {
  auto wrap = [](auto handler) {
    return [handler](const httplib::Request& req, httplib::Response& res) {
      SetAppHeaders(res);
      handler(req, res);
    };
  };
  server.Get("/", wrap([this](const auto& q, auto& s) { SearchPage(q, s); }));
  server.Get("/api/search", wrap([this](const auto& q, auto& s) { ApiSearch(q, s); }));
  server.Get("/meetings", wrap([this](const auto& q, auto& s) { MeetingsPage(q, s); }));
  server.Get(R"(/record/([^/]*))", wrap([this](const auto& q, auto& s) { RecordPage(q, s); }));
  // Captures carry their own, stricter headers (Replay); app headers would add a second
  // policy that blocks their style sheets.
  server.Get(R"(/capture/web/.*)", [this](const auto& q, auto& s) { WebCapture(q, s); });
  server.Get(R"(/capture/([^/]*))", [this](const auto& q, auto& s) { ArticleCapture(q, s); });
  server.Get(R"(/static/([a-z0-9.-]+))", [](const httplib::Request& req, httplib::Response& res) {
    std::string name = req.matches[1];
    std::string_view data = assets::Embedded(name);
    if (data.empty()) throw HttpError(404, "không có tệp " + name);
    std::string type = name.ends_with(".css")   ? "text/css; charset=utf-8"
                       : name.ends_with(".svg") ? "image/svg+xml"
                                                : "application/octet-stream";
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Cache-Control", "public, max-age=3600");
    res.set_content(std::string(data), type);
  });

  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    bool json = req.path.rfind("/api/", 0) == 0;
    if (req.method != "GET" && req.method != "HEAD") {
      res.set_header("Allow", "GET, HEAD");
      SendError(res, 405, "máy chủ chỉ đọc: chỉ nhận GET và HEAD", json);
      return httplib::Server::HandlerResponse::Handled;
    }
    bool bad = LooksLikeTraversal(req.path);
    for (const auto& [k, v] : req.params)
      bad = bad || LooksLikeTraversal(k) || LooksLikeTraversal(v);
    if (bad) {
      SendError(res, 400, "đường dẫn không hợp lệ (có \"..\", \"\\\" hoặc ký tự NUL)", json);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        bool json = req.path.rfind("/api/", 0) == 0;
        try {
          std::rethrow_exception(ep);
        } catch (const HttpError& e) {
          SendError(res, e.status, e.what(), json);
        } catch (const Error& e) {
          SendError(res, e.code() == ExitCode::kUsage ? 400 : 500, e.what(), json);
        } catch (const Xapian::Error& e) {
          SendError(res, 500, "lỗi chỉ mục: " + e.get_description(), json);
        } catch (const std::exception& e) {
          SendError(res, 500, e.what(), json);
        }
      });
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        bool json = req.path.rfind("/api/", 0) == 0;
        // cpp-httplib answers an over-long request line 414 before any handler runs; to the
        // person who pasted a megabyte into the box it is a bad request like any other.
        if (res.status == 414) {
          SendError(res, 400, "yêu cầu quá dài", json);
        } else if (res.status == 404) {
          SendError(res, 404, "không có trang " + req.path, json);
        } else {
          SendError(res, res.status, "yêu cầu không xử lý được", json);
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
}

WebServer::WebServer(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  int threads = impl_->options.threads > 0 ? impl_->options.threads : 1;
  impl_->server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  impl_->server.set_payload_max_length(64 * 1024);  // read-only: no request needs a body
  // One request per connection: the pool serves connections first come, first served, and
  // a kept-alive connection would hold its thread while hundreds of others wait (under
  // 1,000 connections, keep-alive 100 gave a p99 of 5.6 s and timeouts; 1 gives 2.7 s).
  impl_->server.set_keep_alive_max_count(1);
  impl_->server.set_tcp_nodelay(true);  // small pages on kept-alive connections: no Nagle wait
  impl_->server.set_read_timeout(5);
  impl_->server.set_write_timeout(5);
  impl_->server.set_socket_options([this](int fd) {
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    impl_->listen_fd = fd;
  });
  impl_->Routes();
}

WebServer::~WebServer() { Stop(); }

int WebServer::Bind(const std::string& host, int port) {
  bool ok = port == 0 ? (port = impl_->server.bind_to_any_port(host)) > 0
                      : impl_->server.bind_to_port(host, port);
  if (!ok)
    throw UsageError("cannot listen on " + host + ":" + std::to_string(port) +
                     " (address in use or not local?)");
  // cpp-httplib listens with a backlog of 5; a burst of a thousand connections needs the
  // kernel's maximum, or most of them wait a second for a SYN retry.
  if (impl_->listen_fd >= 0) ::listen(impl_->listen_fd, SOMAXCONN);
  return port;
}

bool WebServer::Run() { return impl_->server.listen_after_bind(); }

void WebServer::Stop() {
  if (impl_->server.is_running()) impl_->server.stop();
}

bool WebServer::IsRunning() const { return impl_->server.is_running(); }

}  // namespace vn::serve
