#include "serve/test_home.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "archive/warc_writer.h"
#include "indexer/warc_indexer.h"

namespace vn::serve::testing {

namespace fs = std::filesystem;

namespace {

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string ContentType(const fs::path& p) {
  std::string ext = p.extension().string();
  if (ext == ".css") return "text/css";
  if (ext == ".png") return "image/png";
  // The sample site serves this one page as windows-1258 (data/sample-site/_server.toml).
  if (p.string().find("so-giao-duc-the-thao-salavan") != std::string::npos)
    return "text/html; charset=windows-1258";
  return "text/html; charset=utf-8";
}

void Capture(archive::WarcWriter& w, const std::string& path, const std::string& type,
             const std::string& body, const std::string& date) {
  std::string host = std::string(kSampleHost).substr(7);
  std::string request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
  std::string response = "HTTP/1.1 200 OK\r\nContent-Type: " + type +
                         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  w.WriteExchange(kSampleHost + path, date, "127.0.0.1", request, response);
}

std::string HostilePage(const std::string& title) {
  auto esc = [](const std::string& s) {
    std::string o;
    for (char c : s) {
      if (c == '<')
        o += "&lt;";
      else if (c == '>')
        o += "&gt;";
      else if (c == '&')
        o += "&amp;";
      else if (c == '"')
        o += "&quot;";
      else
        o += c;
    }
    return o;
  };
  return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + esc(title) +
         "</title><link rel=\"stylesheet\" href=\"/static/css/site.css\"></head><body>"
         "<h1>" +
         esc(title) +
         "</h1><p class=\"date\">20/03/2025 10:40</p>"
         "<div class=\"content\"><p>Sáng ngày 19/3/2025, tại thành phố Đông Hà, Sở Ngoại vụ tỉnh "
         "Quảng Trị và Sở Ngoại giao tỉnh Savannakhet đã ký kết biên bản ghi nhớ hợp tác về "
         "quản lý lao động qua biên giới.</p><p>Bài viết có ký tự đặc biệt: &lt;b&gt;đậm&lt;/b&gt; "
         "&amp; \"ngoặc kép\" 'đơn'.</p></div>"
         "<script>window.parent.document.title='pwned';fetch('/api/search?q=x')</script>"
         "</body></html>";
}

void Index(const std::string& root, const std::string& generation) {
  fs::path dir = fs::path(root) / "indexes" / generation;
  fs::create_directories(dir.parent_path());
  indexer::IndexOptions io;
  io.index_dir = dir.string();
  for (const auto& e : fs::directory_iterator(fs::path(root) / "archive"))
    io.warc_files.push_back(e.path().string());
  std::sort(io.warc_files.begin(), io.warc_files.end());
  io.source_for_url = [](const std::string&) {
    return indexer::SourceInfo{"sample-songoaivu", "Quảng Trị"};
  };
  indexer::IndexWarcs(io);
  fs::path link = fs::path(root) / "index", tmp = fs::path(root) / "index.new";
  fs::remove(tmp);
  fs::create_directory_symlink(fs::path("indexes") / generation, tmp);
  fs::rename(tmp, link);  // atomic switch, as a reindex does it
}

}  // namespace

void MakeTestHome(const std::string& root) {
  fs::path site = fs::path(VN_SOURCE_DIR) / "data/sample-site";
  fs::create_directories(fs::path(root) / "archive");
  archive::WarcWriterOptions wo;
  wo.directory = (fs::path(root) / "archive").string();
  wo.fsync_on_close = false;
  {
    archive::WarcWriter w(wo);
    for (const auto& e : fs::recursive_directory_iterator(site)) {
      if (!e.is_regular_file()) continue;
      std::string rel = "/" + fs::relative(e.path(), site).generic_string();
      std::string name = e.path().filename().string();
      std::string ext = e.path().extension().string();
      if (name[0] == '_' || (ext != ".html" && ext != ".css" && ext != ".png")) continue;
      if (rel.rfind("/quan-tri/", 0) == 0) continue;  // robots.txt keeps the crawler out
      Capture(w, rel, ContentType(e.path()), ReadFile(e.path()), "2026-11-20T08:00:00Z");
    }
    Capture(w, kHostilePath, "text/html; charset=utf-8", HostilePage(kHostileTitle),
            "2026-11-20T08:05:00Z");
    // The sample site's one redirect, as the crawler records it.
    std::string from = "/bai-cu/2016/boi-duong-kien-thuc-doi-ngoai-can-bo-cap-huyen-2016.html";
    std::string to = "/luu-tru/2016/boi-duong-kien-thuc-doi-ngoai-can-bo-cap-huyen-2016.html";
    w.WriteExchange(
        kSampleHost + from, "2026-11-20T08:06:00Z", "127.0.0.1",
        "GET " + from + " HTTP/1.1\r\n\r\n",
        "HTTP/1.1 301 Moved Permanently\r\nLocation: " + to + "\r\nContent-Length: 0\r\n\r\n");
  }
  Index(root, "g1");
}

void Reindex(const std::string& root, const std::string& generation, const std::string& path,
             const std::string& title) {
  archive::WarcWriterOptions wo;
  wo.directory = (fs::path(root) / "archive").string();
  wo.prefix = "vnarchive-z";  // sorts after the first file: read later, as written later
  wo.fsync_on_close = false;
  {
    archive::WarcWriter w(wo);
    Capture(w, path, "text/html; charset=utf-8", HostilePage(title), "2026-11-21T08:00:00Z");
    // The hostile page again, changed: its document keeps the first capture in its history.
    Capture(w, kHostilePath, "text/html; charset=utf-8",
            HostilePage(std::string(kHostileTitle) + " (cập nhật)"), "2026-11-21T08:01:00Z");
  }
  Index(root, generation);
}

}  // namespace vn::serve::testing
