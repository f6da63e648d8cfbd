#include "crawler/crawler.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>

#include <sqlite3.h>

#include "archive/warc_reader.h"
#include "crawler/frontier.h"
#include "crawler/test_server.h"

namespace vn::crawler {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;
using testing::Hit;
using testing::TestServer;

std::string Page(const std::string& title, const std::vector<std::string>& hrefs) {
  std::string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title +
                     "</title></head><body><h1>" + title + "</h1>";
  for (const std::string& h : hrefs) html += "<a href=\"" + h + "\">Các tin khác</a> ";
  return html + "<p>Liên kết website</p></body></html>";
}

void Serve(TestServer& srv, const std::string& path, const std::string& body,
           const std::string& type = "text/html; charset=utf-8") {
  srv.server.Get(path, [body, type](const httplib::Request&, httplib::Response& res) {
    res.set_content(body, type);
  });
}

class CrawlerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    home_ = fs::temp_directory_path() /
            ("vn_crawler_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(home_);
  }
  void TearDown() override { fs::remove_all(home_); }

  CrawlOptions Options(const Source& source) {
    CrawlOptions o;
    o.home = home_.string();
    o.sources = {source};
    o.retry_backoff_ms = 100;
    o.log = [this](const std::string& line) { log_.push_back(line); };
    return o;
  }
  Source SiteSource(TestServer& srv, int delay_ms = 0) {
    Source s = AdHocSource(srv.Url("/"));
    s.name = "cong-thong-tin";
    s.province = "Quảng Trị";
    s.delay_ms = delay_ms;
    s.max_depth = 5;
    return s;
  }

  // Every record in the archive, in file and offset order.
  std::vector<archive::WarcRecord> Records() {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(home_ / "archive")) {
      files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    std::vector<archive::WarcRecord> out;
    for (const std::string& f : files) {
      EXPECT_TRUE(f.ends_with(".warc.gz")) << f;
      archive::WarcReader reader(f);
      archive::WarcRecord r;
      while (reader.Next(&r)) out.push_back(r);
      EXPECT_TRUE(reader.problems().empty()) << reader.problems()[0].ToString();
    }
    return out;
  }
  std::vector<archive::WarcRecord> RecordsOf(const std::string& type, const std::string& uri) {
    std::vector<archive::WarcRecord> out;
    for (auto& r : Records()) {
      if (r.Type() == type && r.TargetUri() == uri) out.push_back(r);
    }
    return out;
  }
  std::string Dump() {
    std::string s;
    for (const auto& l : log_) s += l + "\n";
    return s;
  }

  fs::path home_;
  std::vector<std::string> log_;
};

TEST_F(CrawlerTest, FollowsLinksInScopeRespectsRobotsAndArchivesEverything) {
  TestServer srv;
  srv.server.Get("/robots.txt", [&srv](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "User-agent: *\nDisallow: /private/\n\nSitemap: " + srv.Url("/sitemap.xml") + "\n",
        "text/plain");
  });
  srv.server.Get("/sitemap.xml", [&srv](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/"
        "sitemap/0.9\"><url><loc>" +
            srv.Url("/tin-tuc/3.html") + "</loc></url></urlset>",
        "application/xml");
  });
  Serve(srv, "/",
        Page("Sở Ngoại vụ Quảng Trị", {"/tin-tuc/1.html", "tin-tuc/2.html", "/private/bi-mat.html",
                                       "http://127.0.0.1:1/ngoai-pham-vi", "/anh/le-ky-ket.jpg"}));
  Serve(srv, "/tin-tuc/1.html", Page("Ký kết thỏa thuận hợp tác", {"/sau/1.html"}));
  Serve(srv, "/tin-tuc/2.html", Page("Đoàn công tác làm việc với tỉnh Savannakhet", {"/"}));
  Serve(srv, "/tin-tuc/3.html", Page("Hội nghị tổng kết công tác đối ngoại", {}));
  Serve(srv, "/sau/1.html", Page("Sâu 2", {"/sau/2.html"}));
  Serve(srv, "/sau/2.html", Page("Sâu 3", {}));
  Serve(srv, "/anh/le-ky-ket.jpg", "\xFF\xD8\xFF<a href=\"/tu-anh\">", "image/jpeg");
  srv.Start();

  Source src = SiteSource(srv);
  src.max_depth = 2;
  CrawlSummary sum = RunCrawl(Options(src));

  EXPECT_EQ(sum.exit_code(), ExitCode::kOk) << Dump();
  EXPECT_EQ(sum.robots_blocked, 1);
  EXPECT_EQ(sum.errors, 0);
  EXPECT_TRUE(srv.HitsFor("/private/bi-mat.html").empty());
  EXPECT_TRUE(srv.HitsFor("/sau/2.html").empty());  // depth 3 > max_depth 2
  EXPECT_TRUE(srv.HitsFor("/tu-anh").empty());      // images are not parsed for links
  for (const char* p : {"/robots.txt", "/", "/tin-tuc/1.html", "/tin-tuc/2.html", "/tin-tuc/3.html",
                        "/sitemap.xml", "/sau/1.html", "/anh/le-ky-ket.jpg"}) {
    EXPECT_EQ(srv.HitsFor(p).size(), 1u) << p << "\n" << Dump();
    EXPECT_EQ(RecordsOf("response", srv.Url(p)).size(), 1u) << p;
    EXPECT_EQ(RecordsOf("request", srv.Url(p)).size(), 1u) << p;
  }
  EXPECT_EQ(srv.HitsFor("/robots.txt").size(), 1u);
  // robots.txt came first, and every request carried our User-Agent.
  auto hits = srv.Hits();
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].path, "/robots.txt");
  for (const Hit& h : hits) EXPECT_EQ(h.Header("User-Agent"), kDefaultUserAgent);
  EXPECT_EQ(sum.pages, 8);
  EXPECT_GT(sum.bytes, 0);

  // The archived page decodes to the Vietnamese text the server sent.
  auto rsp = RecordsOf("response", srv.Url("/tin-tuc/2.html"));
  ASSERT_EQ(rsp.size(), 1u);
  auto http = archive::ParseHttpResponse(rsp[0].block);
  ASSERT_TRUE(http.has_value());
  EXPECT_NE(http->body.find("Đoàn công tác làm việc với tỉnh Savannakhet"), std::string::npos);
  EXPECT_TRUE(rsp[0].Get("WARC-Payload-Digest").has_value());
  EXPECT_EQ(rsp[0].Get("WARC-IP-Address").value_or(""), "127.0.0.1");

  Frontier f((home_ / "crawl.db").string());
  EXPECT_EQ(f.Get(srv.Url("/private/bi-mat.html"))->status, "blocked");
  EXPECT_EQ(f.Get(srv.Url("/tin-tuc/1.html"))->status, "done");
  EXPECT_FALSE(f.Get("http://127.0.0.1:1/ngoai-pham-vi").has_value());
}

TEST_F(CrawlerTest, SpacesRequestsToOneHostBySourceDelay) {
  TestServer srv;
  Serve(srv, "/", Page("Trang chủ", {"/a", "/b", "/c"}));
  for (const char* p : {"/a", "/b", "/c"}) Serve(srv, p, Page(p, {}));
  srv.Start();
  auto t0 = std::chrono::steady_clock::now();
  CrawlSummary sum = RunCrawl(Options(SiteSource(srv, 250)));
  auto elapsed = std::chrono::steady_clock::now() - t0;
  EXPECT_EQ(sum.pages, 5) << Dump();  // robots.txt (404) and four pages
  auto hits = srv.Hits();
  ASSERT_EQ(hits.size(), 5u);
  for (size_t i = 1; i < hits.size(); ++i) {
    EXPECT_GE(hits[i].at - hits[i - 1].at, milliseconds(245)) << hits[i].path;
  }
  EXPECT_LT(elapsed, milliseconds(5000));
}

TEST_F(CrawlerTest, RobotsCrawlDelayWinsWhenLonger) {
  TestServer srv;
  Serve(srv, "/robots.txt", "User-agent: vnarchive\nCrawl-delay: 0.4\nAllow: /\n", "text/plain");
  Serve(srv, "/", Page("Trang chủ", {"/a"}));
  Serve(srv, "/a", Page("a", {}));
  srv.Start();
  CrawlSummary sum = RunCrawl(Options(SiteSource(srv, 50)));
  auto hits = srv.Hits();
  ASSERT_EQ(hits.size(), 3u) << Dump();
  for (size_t i = 1; i < hits.size(); ++i) {
    EXPECT_GE(hits[i].at - hits[i - 1].at, milliseconds(395)) << hits[i].path;
    EXPECT_LT(hits[i].at - hits[i - 1].at, milliseconds(3000)) << hits[i].path;
  }
}

TEST_F(CrawlerTest, RecrawlWritesRevisitRecords) {
  TestServer srv;
  std::atomic<int> version{1};
  Serve(srv, "/", Page("Trang chủ", {"/etag", "/giong-het", "/thay-doi"}));
  srv.server.Get("/etag", [](const httplib::Request& req, httplib::Response& res) {
    res.set_header("ETag", "\"tong-ket-2024\"");
    if (req.get_header_value("If-None-Match") == "\"tong-ket-2024\"") {
      res.status = 304;
      return;
    }
    res.set_content(Page("Hội nghị tổng kết năm 2024", {}), "text/html; charset=utf-8");
  });
  Serve(srv, "/giong-het", Page("Lễ ký giao ước thi đua Cụm thi đua số II", {}));
  srv.server.Get("/thay-doi", [&version](const httplib::Request&, httplib::Response& res) {
    res.set_content(Page("Bản tin số " + std::to_string(version.load()), {}), "text/html");
  });
  srv.Start();
  Source src = SiteSource(srv);
  src.recrawl_hours = 0;
  CrawlSummary first = RunCrawl(Options(src));
  EXPECT_EQ(first.pages, 5) << Dump();
  version = 2;
  CrawlSummary second = RunCrawl(Options(src));
  EXPECT_EQ(second.not_modified, 1) << Dump();
  EXPECT_EQ(second.unchanged, 2) << Dump();  // "/" and "/giong-het"
  EXPECT_EQ(second.errors, 0);

  auto original = RecordsOf("response", srv.Url("/etag"));
  ASSERT_EQ(original.size(), 1u);
  auto revisits = RecordsOf("revisit", srv.Url("/etag"));
  ASSERT_EQ(revisits.size(), 1u);
  EXPECT_EQ(revisits[0].Get("WARC-Profile").value_or(""),
            "http://netpreserve.org/warc/1.1/revisit/server-not-modified");
  EXPECT_EQ(revisits[0].Get("WARC-Refers-To").value_or(""), original[0].RecordId());
  EXPECT_EQ(revisits[0].Get("WARC-Refers-To-Date").value_or(""), original[0].Date());
  EXPECT_EQ(revisits[0].block.rfind("HTTP/1.1 304", 0), 0u);
  auto second_hit = srv.HitsFor("/etag");
  ASSERT_EQ(second_hit.size(), 2u);
  EXPECT_EQ(second_hit[1].Header("If-None-Match"), "\"tong-ket-2024\"");

  auto same = RecordsOf("response", srv.Url("/giong-het"));
  auto same_rev = RecordsOf("revisit", srv.Url("/giong-het"));
  ASSERT_EQ(same.size(), 1u);
  ASSERT_EQ(same_rev.size(), 1u);
  EXPECT_EQ(same_rev[0].Get("WARC-Profile").value_or(""),
            "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest");
  EXPECT_EQ(same_rev[0].Get("WARC-Payload-Digest"), same[0].Get("WARC-Payload-Digest"));
  EXPECT_EQ(same_rev[0].Get("WARC-Refers-To").value_or(""), same[0].RecordId());

  EXPECT_EQ(RecordsOf("response", srv.Url("/thay-doi")).size(), 2u);  // content changed
  EXPECT_TRUE(RecordsOf("revisit", srv.Url("/thay-doi")).empty());
}

TEST_F(CrawlerTest, FollowsAndRecordsRedirectsWithinScope) {
  TestServer srv;
  srv.server.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/trang-chu", 301);
  });
  srv.server.Get("/trang-chu", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/trang-chu/index.html", 302);
  });
  Serve(srv, "/trang-chu/index.html", Page("Trang chủ", {"/ra-ngoai"}));
  srv.server.Get("/ra-ngoai", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("http://127.0.0.1:1/khac", 302);
  });
  srv.Start();
  CrawlSummary sum = RunCrawl(Options(SiteSource(srv)));
  EXPECT_EQ(sum.redirects, 3) << Dump();
  EXPECT_EQ(sum.errors, 0);
  for (const char* p : {"/", "/trang-chu", "/trang-chu/index.html", "/ra-ngoai"}) {
    EXPECT_EQ(RecordsOf("response", srv.Url(p)).size(), 1u) << p;
  }
  auto hop = RecordsOf("response", srv.Url("/"));
  EXPECT_EQ(hop[0].block.rfind("HTTP/1.1 301", 0), 0u);
  Frontier f((home_ / "crawl.db").string());
  EXPECT_EQ(f.Get(srv.Url("/trang-chu/index.html"))->status, "done");
  EXPECT_EQ(f.Get(srv.Url("/trang-chu/index.html"))->redirect_hops, 2);
  EXPECT_FALSE(f.Get("http://127.0.0.1:1/khac").has_value());
}

TEST_F(CrawlerTest, CutsEndlessRedirectChains) {
  TestServer srv;
  srv.server.Get(R"(/vong/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
    res.set_redirect("/vong/" + std::to_string(std::stoi(req.matches[1]) + 1), 302);
  });
  srv.server.Get(
      "/a", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/b", 302); });
  srv.server.Get(
      "/b", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/a", 302); });
  Serve(srv, "/", Page("Trang chủ", {"/vong/0", "/a"}));
  srv.Start();
  CrawlSummary sum = RunCrawl(Options(SiteSource(srv)));
  int vong = 0;
  for (const Hit& h : srv.Hits()) vong += h.path.rfind("/vong/", 0) == 0;
  EXPECT_EQ(vong, 11) << Dump();  // the link, then 10 followed hops
  EXPECT_TRUE(srv.HitsFor("/vong/11").empty());
  EXPECT_EQ(srv.HitsFor("/a").size(), 1u);  // a <-> b: each fetched once
  EXPECT_EQ(srv.HitsFor("/b").size(), 1u);
  EXPECT_EQ(sum.errors, 1);
  ASSERT_EQ(sum.failed_urls.size(), 1u);
  EXPECT_NE(sum.failed_urls[0].find("redirect chain longer than 10 hops"), std::string::npos);
  EXPECT_EQ(sum.exit_code(), ExitCode::kPartial);
}

TEST_F(CrawlerTest, BacksOffOn429WithRetryAfter) {
  TestServer srv;
  std::atomic<int> calls{0};
  Serve(srv, "/", Page("Trang chủ", {"/ban"}));
  srv.server.Get("/ban", [&calls](const httplib::Request&, httplib::Response& res) {
    if (calls++ == 0) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      return;
    }
    res.set_content(Page("Giao lưu hữu nghị Việt Nam - Lào", {}), "text/html");
  });
  srv.Start();
  CrawlSummary sum = RunCrawl(Options(SiteSource(srv)));
  auto hits = srv.HitsFor("/ban");
  ASSERT_EQ(hits.size(), 2u) << Dump();
  EXPECT_GE(hits[1].at - hits[0].at, milliseconds(990));
  EXPECT_LT(hits[1].at - hits[0].at, milliseconds(5000));
  EXPECT_EQ(sum.errors, 0);
  EXPECT_EQ(RecordsOf("response", srv.Url("/ban")).size(), 1u);  // the 429 is not archived
}

TEST_F(CrawlerTest, GivesUpOnSlowServerAfterBoundedAttempts) {
  TestServer srv;
  Serve(srv, "/", Page("Trang chủ", {"/cham"}));
  srv.server.Get("/cham", [](const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(milliseconds(700));
    res.set_content("muộn", "text/html");
  });
  srv.Start();
  CrawlOptions o = Options(SiteSource(srv));
  o.fetch.total_timeout_ms = 200;
  o.max_attempts = 2;
  CrawlSummary sum = RunCrawl(o);
  EXPECT_EQ(srv.HitsFor("/cham").size(), 2u) << Dump();
  EXPECT_EQ(sum.errors, 1);
  ASSERT_EQ(sum.failed_urls.size(), 1u);
  EXPECT_NE(sum.failed_urls[0].find(srv.Url("/cham") + ": "), std::string::npos);
  EXPECT_NE(sum.failed_urls[0].find("timed out"), std::string::npos) << sum.failed_urls[0];
  EXPECT_EQ(sum.exit_code(), ExitCode::kPartial);
  EXPECT_TRUE(RecordsOf("response", srv.Url("/cham")).empty());
  Frontier f((home_ / "crawl.db").string());
  ASSERT_EQ(f.FailedUrls().size(), 1u);
  EXPECT_EQ(f.FailedUrls()[0].url, srv.Url("/cham"));
}

TEST_F(CrawlerTest, ServerClosingMidBodyIsRetriedThenFailed) {
  TestServer srv;
  Serve(srv, "/", Page("Trang chủ", {"/dut"}));
  srv.server.Get("/dut", [](const httplib::Request&, httplib::Response& res) {
    res.set_content_provider(20000, "text/html", [](size_t, size_t, httplib::DataSink& sink) {
      sink.write("<html><body>Thông cáo báo chí", 30);
      return false;
    });
  });
  srv.Start();
  CrawlOptions o = Options(SiteSource(srv));
  o.max_attempts = 2;
  CrawlSummary sum = RunCrawl(o);
  EXPECT_EQ(srv.HitsFor("/dut").size(), 2u) << Dump();
  EXPECT_EQ(sum.errors, 1);
  EXPECT_TRUE(RecordsOf("response", srv.Url("/dut")).empty());
}

TEST_F(CrawlerTest, ResumesWithoutFetchingAnythingTwice) {
  TestServer srv;
  Serve(srv, "/", Page("Trang chủ", {"/1", "/2", "/3", "/4"}));
  for (const char* p : {"/1", "/2", "/3", "/4"}) Serve(srv, p, Page(p, {}));
  srv.Start();
  CrawlOptions o = Options(SiteSource(srv));
  o.max_pages = 2;
  CrawlSummary first = RunCrawl(o);
  EXPECT_EQ(first.pages, 3) << Dump();  // robots.txt + 2 pages
  EXPECT_EQ(first.deferred, 3);
  o.max_pages = 0;
  CrawlSummary second = RunCrawl(o);
  EXPECT_EQ(second.deferred, 0) << Dump();
  for (const char* p : {"/", "/1", "/2", "/3", "/4"}) {
    EXPECT_EQ(srv.HitsFor(p).size(), 1u) << p;
    EXPECT_EQ(RecordsOf("response", srv.Url(p)).size(), 1u) << p;
  }
}

// A crawl killed with SIGKILL mid-run, then run again: every page ends up archived
// exactly once, and at most the one page in flight at the kill is fetched twice.
TEST_F(CrawlerTest, ResumesAfterSigkill) {
  TestServer srv;
  std::vector<std::string> links;
  for (int i = 1; i <= 10; ++i) links.push_back("/tin/" + std::to_string(i) + ".html");
  Serve(srv, "/", Page("Trang chủ", links));
  for (const std::string& l : links) Serve(srv, l, Page("Tin " + l, {}));
  srv.Start();

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl(CRAWL_HELPER, CRAWL_HELPER, home_.c_str(), srv.Url("/").c_str(), "80",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (srv.Hits().size() < 6 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(milliseconds(5));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "helper exited before the kill: " << status;
  bool left_open = false;
  for (const auto& e : fs::directory_iterator(home_ / "archive")) {
    left_open = left_open || e.path().string().ends_with(".warc.gz.open");
  }
  EXPECT_TRUE(left_open);
  const size_t hits_before = srv.Hits().size();
  EXPECT_LT(hits_before, 12u);  // killed before the end

  // The same source as the killed run (URLs belong to sources by name).
  CrawlOptions o = Options(AdHocSource(srv.Url("/")));
  o.delay_ms = 0;
  CrawlSummary sum = RunCrawl(o);
  EXPECT_EQ(sum.errors, 0) << Dump();
  int twice = 0;
  links.push_back("/");
  for (const std::string& l : links) {
    EXPECT_EQ(RecordsOf("response", srv.Url(l)).size(), 1u) << l << "\n" << Dump();
    size_t n = srv.HitsFor(l).size();
    EXPECT_GE(n, 1u) << l;
    EXPECT_LE(n, 2u) << l;
    twice += n == 2;
  }
  EXPECT_LE(twice, 1);
}

// The process died after writing /a's record but before recording it: the next run takes
// the archived copy instead of fetching /a again, and follows its links from that copy.
TEST_F(CrawlerTest, AdoptsRecordsWrittenButNotRecorded) {
  TestServer srv;
  Serve(srv, "/", Page("Trang chủ", {"/a"}));
  Serve(srv, "/a", Page("Tin a", {"/b"}));
  Serve(srv, "/b", Page("Tin b", {}));
  srv.Start();
  CrawlOptions o = Options(SiteSource(srv));
  o.max_depth = 1;
  RunCrawl(o);
  ASSERT_TRUE(srv.HitsFor("/b").empty());
  // Undo the bookkeeping of /a and reopen the file as a crash would have left it.
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((home_ / "crawl.db").c_str(), &db), SQLITE_OK);
    std::string sql =
        "UPDATE urls SET status='queued', warc_record_id=NULL, fetched_ms=NULL, "
        "next_due=0 WHERE url='" +
        srv.Url("/a") + "'";
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  for (const auto& e : fs::directory_iterator(home_ / "archive")) {
    fs::rename(e.path(), e.path().string() + ".open");
  }
  o.max_depth = 2;
  CrawlSummary sum = RunCrawl(o);
  EXPECT_EQ(srv.HitsFor("/a").size(), 1u) << Dump();
  EXPECT_EQ(srv.HitsFor("/b").size(), 1u) << Dump();
  EXPECT_EQ(srv.HitsFor("/").size(), 1u) << Dump();
  EXPECT_EQ(RecordsOf("response", srv.Url("/a")).size(), 1u);
  EXPECT_NE(Dump().find("recover: adopted the archived capture of " + srv.Url("/a")),
            std::string::npos)
      << Dump();
  EXPECT_EQ(sum.errors, 0);
}

TEST_F(CrawlerTest, RobotsServerErrorDisallowsTheHost) {
  TestServer srv;
  srv.server.Get("/robots.txt",
                 [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
  Serve(srv, "/", Page("Trang chủ", {}));
  srv.Start();
  CrawlSummary sum = RunCrawl(Options(SiteSource(srv)));
  EXPECT_TRUE(srv.HitsFor("/").empty()) << Dump();
  EXPECT_EQ(srv.HitsFor("/robots.txt").size(), 1u);
  EXPECT_EQ(sum.robots_blocked, 0);
  EXPECT_EQ(sum.errors, 1);
  ASSERT_EQ(sum.failed_urls.size(), 1u);
  EXPECT_EQ(sum.failed_urls[0], srv.Url("/") + ": robots.txt answered 500: all disallowed");
  EXPECT_EQ(sum.exit_code(), ExitCode::kPartial);
}

TEST_F(CrawlerTest, RejectsMissingSources) {
  CrawlOptions o;
  o.home = home_.string();
  try {
    RunCrawl(o);
    FAIL() << "expected vn::Error";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
  }
}

}  // namespace
}  // namespace vn::crawler
