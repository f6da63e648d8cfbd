#include "tests/support/site_server.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <deque>
#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/error.h"

namespace vn::support {
namespace {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with the test.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("vn_site_server_test_" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void WriteFile(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string ReadFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const char kArticle[] =
    "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
    "<title>Ký kết Thỏa thuận hợp tác với tỉnh Salavan</title></head><body>"
    "<p>Sáng ngày 8/01, Sở Ngoại vụ tỉnh Quảng Trị ký Thoả thuận với Sở Ngoại giao Salavan.</p>"
    "<p>Liên kết: http://SITE_HOST/ giữ nguyên trong HTML.</p></body></html>\n";

// A small portal-like site: an article, a list directory, an old path redirected, a page
// with a legacy charset and private files that must stay private.
class SiteServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = dir_.path() / "site";
    WriteFile(root_ / "index.html", "<a href=\"/tin-tuc/\">Tin tức</a>");
    WriteFile(root_ / "tin-tuc" / "index.html", "<h1>Tin tức sự kiện</h1>");
    WriteFile(root_ / "tin-tuc" / "ky-ket-salavan.html", kArticle);
    WriteFile(root_ / "tin-tuc" / "cu.html",
              "Th\xF4\xD2"
              "a thu\xE2\xF2"
              "n");  // windows-1258
    WriteFile(root_ / "static" / "site.css", "body { color: #222; }\n");
    WriteFile(root_ / "robots.txt",
              "User-agent: *\nDisallow: /quan-tri/\nSitemap: http://SITE_HOST/sitemap.xml\n");
    WriteFile(root_ / "sitemap.xml",
              "<urlset><url><loc>http://SITE_HOST/tin-tuc/ky-ket-salavan.html</loc></url>"
              "</urlset>\n");
    WriteFile(root_ / "_rieng" / "mat-khau.txt", "bí mật");
    WriteFile(root_ / ".git" / "config", "[core]");
    WriteFile(dir_.path() / "ngoai-site.txt", "ngoài thư mục site");
    WriteFile(root_ / "_server.toml", R"(
[[redirect]]
from = "/bai-cu/ky-ket.html"
to = "/tin-tuc/ky-ket-salavan.html"
status = 301

[[redirect]]
from = "/tam-thoi"
to = "/tin-tuc/"
status = 302

[[header]]
path = "/tin-tuc/cu.html"
content_type = "text/html; charset=windows-1258"

[[header]]
path = "/tin-tuc/cu.html"
name = "X-Nguon"
value = "cms-cu"

[[status]]
path = "/bao-tri.html"
status = 503
retry_after = 120
)");
    server_ = std::make_unique<SiteServer>(root_);
    port_ = server_->Start();
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }

  httplib::Result Get(const std::string& path, const httplib::Headers& headers = {}) {
    return client_->Get(path.c_str(), headers);
  }

  TempDir dir_;
  fs::path root_;
  std::unique_ptr<SiteServer> server_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(SiteServerTest, PicksAFreePortAndServesFilesWithValidators) {
  EXPECT_GT(port_, 0);
  EXPECT_EQ(server_->BaseUrl(), "http://127.0.0.1:" + std::to_string(port_));
  auto res = Get("/tin-tuc/ky-ket-salavan.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, kArticle);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_FALSE(res->get_header_value("ETag").empty());
  EXPECT_NE(res->get_header_value("Last-Modified").find(" GMT"), std::string::npos);

  auto css = Get("/static/site.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
}

TEST_F(SiteServerTest, DirectoriesServeIndexAndGainASlash) {
  auto res = Get("/tin-tuc/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, "<h1>Tin tức sự kiện</h1>");

  auto bare = Get("/tin-tuc");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->status, 301);
  EXPECT_EQ(bare->get_header_value("Location"), server_->Url("/tin-tuc/"));

  auto home = Get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_NE(home->body.find("/tin-tuc/"), std::string::npos);
}

TEST_F(SiteServerTest, RedirectsFromConfigUseTheirStatusAndAbsoluteLocation) {
  auto res = Get("/bai-cu/ky-ket.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 301);
  EXPECT_EQ(res->get_header_value("Location"), server_->Url("/tin-tuc/ky-ket-salavan.html"));

  auto temp = Get("/tam-thoi");
  ASSERT_TRUE(temp);
  EXPECT_EQ(temp->status, 302);
  EXPECT_EQ(temp->get_header_value("Location"), server_->Url("/tin-tuc/"));

  client_->set_follow_location(true);
  auto followed = Get("/bai-cu/ky-ket.html");
  ASSERT_TRUE(followed);
  EXPECT_EQ(followed->status, 200);
  EXPECT_EQ(followed->body, kArticle);
}

TEST_F(SiteServerTest, PerPathHeadersOverrideContentTypeAndAddHeaders) {
  auto res = Get("/tin-tuc/cu.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=windows-1258");
  EXPECT_EQ(res->get_header_value("X-Nguon"), "cms-cu");
  EXPECT_EQ(res->body,
            "Th\xF4\xD2"
            "a thu\xE2\xF2"
            "n");  // bytes untouched

  auto other = Get("/tin-tuc/ky-ket-salavan.html");
  ASSERT_TRUE(other);
  EXPECT_FALSE(other->has_header("X-Nguon"));
}

TEST_F(SiteServerTest, FixedStatusFromConfig) {
  auto res = Get("/bao-tri.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_EQ(res->get_header_value("Retry-After"), "120");
}

TEST_F(SiteServerTest, IfNoneMatchGets304AndAChangedFileANewETag) {
  auto first = Get("/tin-tuc/ky-ket-salavan.html");
  ASSERT_TRUE(first);
  const std::string etag = first->get_header_value("ETag");

  auto same = Get("/tin-tuc/ky-ket-salavan.html", {{"If-None-Match", etag}});
  ASSERT_TRUE(same);
  EXPECT_EQ(same->status, 304);
  EXPECT_TRUE(same->body.empty());
  EXPECT_EQ(same->get_header_value("ETag"), etag);

  auto weak = Get("/tin-tuc/ky-ket-salavan.html", {{"If-None-Match", "\"khac\", W/" + etag}});
  ASSERT_TRUE(weak);
  EXPECT_EQ(weak->status, 304);

  auto stale = Get("/tin-tuc/ky-ket-salavan.html", {{"If-None-Match", "\"0000000000000000\""}});
  ASSERT_TRUE(stale);
  EXPECT_EQ(stale->status, 200);

  WriteFile(root_ / "tin-tuc" / "ky-ket-salavan.html", std::string(kArticle) + "<p>Cập nhật</p>");
  auto changed = Get("/tin-tuc/ky-ket-salavan.html", {{"If-None-Match", etag}});
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->status, 200);
  EXPECT_NE(changed->get_header_value("ETag"), etag);
  EXPECT_NE(changed->body.find("Cập nhật"), std::string::npos);
}

TEST_F(SiteServerTest, IfModifiedSinceComparesWithTheFileTime) {
  const fs::path file = root_ / "tin-tuc" / "ky-ket-salavan.html";
  fs::last_write_time(file, fs::file_time_type::clock::now() - std::chrono::hours(48));
  auto first = Get("/tin-tuc/ky-ket-salavan.html");
  ASSERT_TRUE(first);
  const std::string last_modified = first->get_header_value("Last-Modified");

  auto same = Get("/tin-tuc/ky-ket-salavan.html", {{"If-Modified-Since", last_modified}});
  ASSERT_TRUE(same);
  EXPECT_EQ(same->status, 304);

  auto older =
      Get("/tin-tuc/ky-ket-salavan.html", {{"If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"}});
  ASSERT_TRUE(older);
  EXPECT_EQ(older->status, 200);

  // A validator pair where the ETag no longer matches must not be answered by the date.
  auto both = Get("/tin-tuc/ky-ket-salavan.html",
                  {{"If-None-Match", "\"cu\""}, {"If-Modified-Since", last_modified}});
  ASSERT_TRUE(both);
  EXPECT_EQ(both->status, 200);

  auto garbage = Get("/tin-tuc/ky-ket-salavan.html", {{"If-Modified-Since", "hôm qua"}});
  ASSERT_TRUE(garbage);
  EXPECT_EQ(garbage->status, 200);
}

TEST_F(SiteServerTest, HeadSendsHeadersOnly) {
  auto res = client_->Head("/tin-tuc/ky-ket-salavan.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_TRUE(res->body.empty());
  EXPECT_FALSE(res->get_header_value("ETag").empty());
}

TEST_F(SiteServerTest, PathTraversalIsRefused) {
  for (const std::string path :
       {"/../ngoai-site.txt", "/tin-tuc/../../ngoai-site.txt", "/%2e%2e/ngoai-site.txt",
        "/tin-tuc/%2E%2E/%2E%2E/ngoai-site.txt", "/./robots.txt"}) {
    auto res = Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_TRUE(res->status == 400 || res->status == 404) << path << " -> " << res->status;
    EXPECT_EQ(res->body.find("ngoài thư mục site"), std::string::npos) << path;
  }
}

TEST_F(SiteServerTest, SymlinkOutOfTheSiteIsNotFollowed) {
  fs::create_symlink(dir_.path() / "ngoai-site.txt", root_ / "lien-ket.txt");
  auto res = Get("/lien-ket.txt");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
}

TEST_F(SiteServerTest, UnderscoreAndDotFilesAreNeverServed) {
  for (const std::string path :
       {"/_server.toml", "/_rieng/mat-khau.txt", "/_rieng/", "/.git/config"}) {
    auto res = Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->body.find("redirect"), std::string::npos) << path;
    EXPECT_EQ(res->body.find("bí mật"), std::string::npos) << path;
  }
  auto missing = Get("/tin-tuc/khong-co.html");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(SiteServerTest, SiteHostIsRewrittenInRobotsAndXmlOnly) {
  const std::string host = "127.0.0.1:" + std::to_string(port_);
  auto robots = Get("/robots.txt");
  ASSERT_TRUE(robots);
  EXPECT_EQ(robots->get_header_value("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_NE(robots->body.find("Sitemap: http://" + host + "/sitemap.xml"), std::string::npos);
  EXPECT_EQ(robots->body.find("SITE_HOST"), std::string::npos);

  auto sitemap = Get("/sitemap.xml");
  ASSERT_TRUE(sitemap);
  EXPECT_NE(sitemap->body.find("<loc>http://" + host + "/tin-tuc/ky-ket-salavan.html</loc>"),
            std::string::npos);

  auto page = Get("/tin-tuc/ky-ket-salavan.html");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("http://SITE_HOST/"), std::string::npos);
}

TEST_F(SiteServerTest, RequestLogRecordsEachRequestInOrder) {
  server_->ClearRequestLog();
  Get("/robots.txt", {{"User-Agent", "vnarchive-test/1.0"}});
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  Get("/tin-tuc/ky-ket-salavan.html", {{"If-None-Match", "\"x\""}});
  Get("/khong-co");
  auto log = server_->RequestLog();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].method, "GET");
  EXPECT_EQ(log[0].path, "/robots.txt");
  EXPECT_EQ(log[0].user_agent, "vnarchive-test/1.0");
  EXPECT_EQ(log[0].status, 200);
  EXPECT_EQ(log[1].if_none_match, "\"x\"");
  EXPECT_EQ(log[2].status, 404);
  // Generous: only that the gap the client left is visible in the log.
  EXPECT_GE(log[1].at - log[0].at, std::chrono::milliseconds(40));
  EXPECT_LE(log[1].at, log[2].at);
}

TEST_F(SiteServerTest, StopEndsServingAndStartTwiceIsAnError) {
  EXPECT_THROW(server_->Start(), vn::Error);
  server_->Stop();
  server_->Stop();
  httplib::Client fresh("127.0.0.1", port_);
  fresh.set_connection_timeout(std::chrono::seconds(2));
  EXPECT_FALSE(fresh.Get("/"));
}

vn::Error ConfigError(const std::string& toml) {
  TempDir dir;
  WriteFile(dir.path() / "_server.toml", toml);
  try {
    SiteServer server(dir.path());
  } catch (const vn::Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error for config:\n" << toml;
  return vn::Error(ExitCode::kOk, "");
}

TEST(SiteServerConfigTest, BadConfigIsAUsageErrorNamingTheFile) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"[[redirect]\nfrom = \"/a\"", "malformed TOML"},
      {"[[chuyen_huong]]\nfrom = \"/a\"\nto = \"/b\"", "unknown section"},
      {"[[redirect]]\nfrom = \"a\"\nto = \"/b\"", "from"},
      {"[[redirect]]\nfrom = \"/a\"", "no \"to\""},
      {"[[redirect]]\nfrom = \"/a\"\nto = \"/b\"\nstatus = 200", "301/302"},
      {"[[header]]\npath = \"/a\"\nname = \"X\"", "both"},
      {"[[header]]\npath = \"/a\"", "sets nothing"},
      {"[[status]]\npath = \"/a\"\nstatus = 200", "between 400 and 599"},
      {"redirect = 1", "array of tables"},
  };
  for (const auto& [toml, what] : cases) {
    vn::Error e = ConfigError(toml);
    EXPECT_EQ(e.code(), ExitCode::kUsage) << toml;
    EXPECT_NE(std::string(e.what()).find("_server.toml"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
  }
}

TEST(SiteServerConfigTest, MissingDirectoryIsAUsageError) {
  try {
    SiteServer server("/khong/ton/tai/site");
    FAIL() << "no error for a missing directory";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("/khong/ton/tai/site"), std::string::npos);
  }
}

TEST(SiteServerConfigTest, FixedPortThatIsTakenIsAUsageError) {
  TempDir dir;
  SiteServer first(dir.path());
  const int port = first.Start();
  SiteServer second(dir.path(), {.host = "127.0.0.1", .port = port});
  EXPECT_THROW(second.Start(), vn::Error);
}

// The bundled sample portal, served as the demo and the crawler tests serve it.
class SampleSiteTest : public ::testing::Test {
 protected:
  static fs::path Root() { return fs::path(VN_SOURCE_DIR) / "data" / "sample-site"; }
  void SetUp() override {
    server_ = std::make_unique<SiteServer>(Root());
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->Start());
  }
  std::unique_ptr<SiteServer> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(SampleSiteTest, OldAddressRedirectsToTheOnlyCopyOfAnArticle) {
  const std::string old_path =
      "/bai-cu/2016/boi-duong-kien-thuc-doi-ngoai-can-bo-cap-huyen-2016.html";
  const std::string real_path =
      "/luu-tru/2016/boi-duong-kien-thuc-doi-ngoai-can-bo-cap-huyen-2016.html";
  auto res = client_->Get(old_path.c_str());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 301);
  EXPECT_EQ(res->get_header_value("Location"), server_->Url(real_path));
  auto page = client_->Get(real_path.c_str());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Bồi dưỡng kiến thức đối ngoại cho cán bộ cấp huyện"),
            std::string::npos);

  auto sitemap = client_->Get("/sitemap.xml");
  ASSERT_TRUE(sitemap);
  EXPECT_EQ(sitemap->body.find("/luu-tru/"), std::string::npos);
}

TEST_F(SampleSiteTest, LegacyPageIsServedAsWindows1258) {
  auto res = client_->Get(
      "/tin-tuc/2018/ky-bien-ban-ghi-nho-hop-tac-giao-duc-voi-so-giao-duc-the-thao-salavan.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=windows-1258");
  EXPECT_NE(res->body.find("<meta charset=\"windows-1258\">"), std::string::npos);
  // "Biên bản" in windows-1258: e-circumflex is one byte (0xEA), the hook above is a
  // combining byte (0xD2) after its vowel.
  EXPECT_NE(res->body.find("Bi\xEAn ba\xD2n"), std::string::npos);
  EXPECT_EQ(res->body.find("Biên bản"), std::string::npos);
}

TEST_F(SampleSiteTest, RobotsPointsAtTheSitemapOnThisPort) {
  auto robots = client_->Get("/robots.txt");
  ASSERT_TRUE(robots);
  EXPECT_NE(robots->body.find("Disallow: /quan-tri/"), std::string::npos);
  EXPECT_NE(robots->body.find("Sitemap: " + server_->Url("/sitemap.xml")), std::string::npos);
  auto admin = client_->Get("/quan-tri/");
  ASSERT_TRUE(admin);
  EXPECT_EQ(admin->status, 200);  // reachable; only robots.txt keeps polite crawlers out
}

// Walks every internal link from the home page: no link may be broken, the lists must reach
// every article, and the admin area is only linked, never needed.
TEST_F(SampleSiteTest, EveryInternalLinkResolvesAndArticlesAreReachable) {
  const std::regex href(R"re((?:href|src)="(/[^"#?]*)")re");
  std::deque<std::string> queue = {"/"};
  std::set<std::string> seen = {"/"};
  int articles = 0;
  while (!queue.empty()) {
    const std::string path = queue.front();
    queue.pop_front();
    auto res = client_->Get(path.c_str());
    ASSERT_TRUE(res) << path;
    std::string body = res->body;
    if (res->status == 301) {
      const std::string location = res->get_header_value("Location");
      ASSERT_EQ(location.rfind(server_->BaseUrl(), 0), 0u) << path << " -> " << location;
      const std::string target = location.substr(server_->BaseUrl().size());
      if (seen.insert(target).second) queue.push_back(target);
      continue;
    }
    ASSERT_EQ(res->status, 200) << path;
    if (path.find("/tin-tuc/20") == 0 || path.find("/luu-tru/") == 0) {
      ++articles;
      // Markup markers, not text: one page is windows-1258 and one NFD.
      EXPECT_NE(body.find("class=\"tin-khac\""), std::string::npos) << path;
      EXPECT_NE(body.find("class=\"box lien-ket\""), std::string::npos) << path;
      EXPECT_NE(body.find("class=\"fontsize\""), std::string::npos) << path;
      EXPECT_NE(body.find("id=\"footer\""), std::string::npos) << path;
    }
    for (std::sregex_iterator it(body.begin(), body.end(), href), end; it != end; ++it) {
      const std::string link = (*it)[1];
      if (seen.insert(link).second) queue.push_back(link);
    }
  }
  EXPECT_GE(articles, 18);
  EXPECT_TRUE(seen.count("/static/img/logo.png"));
  EXPECT_TRUE(seen.count("/tin-tuc/trang-3.html"));
}

// _manifest.json (written by the generator with the pages) must describe the served site.
TEST_F(SampleSiteTest, ManifestMatchesTheServedSite) {
  const auto manifest = nlohmann::json::parse(ReadFile(Root() / "_manifest.json"));
  auto sitemap = client_->Get("/sitemap.xml");
  ASSERT_TRUE(sitemap);
  ASSERT_GE(manifest["articles"].size(), 18u);
  std::set<std::string> encodings;
  for (const auto& a : manifest["articles"]) {
    const std::string path = a["path"];
    const std::string linked_as = a["linked_as"];
    encodings.insert(a["encoding"].get<std::string>());
    auto res = client_->Get(linked_as.c_str());
    ASSERT_TRUE(res) << linked_as;
    if (linked_as != path) {
      EXPECT_EQ(res->status, 301) << linked_as;
      EXPECT_EQ(res->get_header_value("Location"), server_->Url(path));
      res = client_->Get(path.c_str());
      ASSERT_TRUE(res) << path;
    }
    EXPECT_EQ(res->status, 200) << path;
    if (a["encoding"] == "utf-8") {
      EXPECT_NE(res->body.find("<h1 class=\"title\">" + a["title"].get<std::string>()),
                std::string::npos)
          << path;
    }
    const bool listed = sitemap->body.find(server_->Url(path) + "</loc>") != std::string::npos;
    EXPECT_EQ(listed, a["in_sitemap"].get<bool>()) << path;
  }
  EXPECT_EQ(encodings, (std::set<std::string>{"utf-8", "windows-1258", "nfd"}));
  auto hidden = client_->Get("/_manifest.json");
  ASSERT_TRUE(hidden);
  EXPECT_EQ(hidden->status, 404);
}

#ifndef VN_SITE_SERVER_BIN
#define VN_SITE_SERVER_BIN VN_BINARY_DIR "/tests/support/vn-site-server"
#endif

// The binary as the demo script drives it: background start, port file, SIGTERM.
TEST(SiteServerBinaryTest, WritesPortFileServesAndStopsOnSigterm) {
  TempDir dir;
  WriteFile(dir.path() / "site" / "index.html", "<p>Trang chủ Sở Ngoại vụ</p>");
  const std::string port_file = (dir.path() / "port").string();
  const std::string site = (dir.path() / "site").string();
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execl(VN_SITE_SERVER_BIN, "vn-site-server", site.c_str(), "--port-file", port_file.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  std::string port_text;
  for (int i = 0; i < 500 && port_text.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    port_text = ReadFile(port_file);
  }
  ASSERT_FALSE(port_text.empty()) << "no port file from " << VN_SITE_SERVER_BIN;
  httplib::Client client("127.0.0.1", std::stoi(port_text));
  auto res = client.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, "<p>Trang chủ Sở Ngoại vụ</p>");

  ASSERT_EQ(kill(pid, SIGTERM), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_FALSE(fs::exists(port_file));
}

TEST(SiteServerBinaryTest, MissingDirectoryExitsWithUsageCode) {
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    execl(VN_SITE_SERVER_BIN, "vn-site-server", "/khong/ton/tai", static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
}

}  // namespace
}  // namespace vn::support
