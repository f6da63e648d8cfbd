// The web server over a data home built from the sample site: real HTTP on loopback,
// answered by the server as `vnarchive serve` runs it.
#include "serve/web_server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "query/result_json.h"
#include "query/searcher.h"
#include "serve/test_home.h"

namespace vn::serve {
namespace {

namespace fs = std::filesystem;
using testing::kHostilePath;
using testing::kHostileTitle;
using testing::kSampleHost;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1))
    ++n;
  return n;
}

// The first href="..." in `html` whose value starts with `prefix`, entity-decoded.
std::string FirstHref(const std::string& html, const std::string& prefix) {
  size_t pos = html.find("href=\"" + prefix);
  if (pos == std::string::npos) return "";
  pos += 6;
  std::string v = html.substr(pos, html.find('"', pos) - pos);
  for (size_t a = v.find("&amp;"); a != std::string::npos; a = v.find("&amp;", a + 1))
    v.replace(a, 5, "&");
  return v;
}

class WebServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = fs::temp_directory_path() / ("vn_serve_test_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    testing::MakeTestHome(root_.string());
    server_ = new WebServer({(root_ / "index").string(), (root_ / "archive").string(), 16});
    port_ = server_->Bind("127.0.0.1", 0);
    thread_ = std::thread([] { server_->Run(); });
    for (int i = 0; i < 500 && !server_->IsRunning(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  static void TearDownTestSuite() {
    server_->Stop();
    thread_.join();
    delete server_;
    fs::remove_all(root_);
  }

  static httplib::Result Get(const std::string& target) {
    httplib::Client cli("127.0.0.1", port_);
    cli.set_read_timeout(20);
    return cli.Get(target.c_str());
  }

  static std::string IdOf(const std::string& url) {
    query::Searcher s((root_ / "index").string());
    query::SearchRequest r;
    r.limit = 1000;
    for (const auto& h : s.Search(r).hits)
      if (h.article.url == url) return h.article.id;
    return "";
  }

  static inline fs::path root_;
  static inline WebServer* server_ = nullptr;
  static inline int port_ = 0;
  static inline std::thread thread_;
};

TEST_F(WebServerTest, SearchWithoutDiacriticsFindsTheArticleWithHighlightsAndFacets) {
  auto res = Get("/?q=bien%20ban%20ghi%20nho%20savannakhet");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const std::string& html = res->body;
  EXPECT_NE(html.find("<html lang=\"vi\">"), std::string::npos);
  EXPECT_NE(html.find("Lễ ký kết Biên bản ghi nhớ hợp tác toàn diện Quảng Trị - Savannakhet"),
            std::string::npos);
  EXPECT_NE(html.find("<mark>"), std::string::npos);
  EXPECT_NE(html.find("kết quả cho «bien ban ghi nho savannakhet»"), std::string::npos);
  for (const char* facet : {"data-facet=\"year\"", "data-facet=\"place\"", "data-facet=\"org\"",
                            "data-facet=\"type\"", "Địa danh", "Loại sự kiện"})
    EXPECT_NE(html.find(facet), std::string::npos) << facet;
  // Nothing comes from elsewhere: the one style sheet is the binary's own.
  EXPECT_EQ(html.find("http://"), html.find("http://songoaivu"));
  EXPECT_NE(html.find("href=\"/static/style.css\""), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST_F(WebServerTest, TypedWithTheOtherToneStyleFindsTheSameFirstHit) {
  auto a = Get("/api/search?q=tho%E1%BA%A3%20thu%E1%BA%ADn%20quang%20binh&limit=1");  // thoả thuận
  auto b = Get("/api/search?q=th%E1%BB%8Fa%20thu%E1%BA%ADn%20quang%20binh&limit=1");  // thỏa thuận
  ASSERT_TRUE(a && b);
  auto first = [](const std::string& body) {
    return nlohmann::json::parse(body.substr(0, body.find('\n')))["url"].get<std::string>();
  };
  EXPECT_EQ(first(a->body), first(b->body));
  EXPECT_NE(first(a->body).find("thoa-thuan-chia-se-thong-tin"), std::string::npos);
}

TEST_F(WebServerTest, FacetLinkFiltersTheResults) {
  auto all = Get("/?q=hop%20tac");
  ASSERT_TRUE(all);
  std::smatch m;
  std::regex total_re("Khoảng (\\d+) kết quả");
  ASSERT_TRUE(std::regex_search(all->body, m, total_re));
  int total = std::stoi(m[1]);
  // The Savannakhet entry of the place facet, under the gazetteer's Vietnamese name.
  std::string link = FirstHref(all->body, "/?q=hop%20tac&amp;place=Xa-van-na-kh%E1%BA%B9t");
  ASSERT_FALSE(link.empty()) << "no place facet link for Savannakhet";
  auto filtered = Get(link);
  ASSERT_TRUE(filtered);
  ASSERT_TRUE(std::regex_search(filtered->body, m, total_re)) << link;
  int narrowed = std::stoi(m[1]);
  EXPECT_GT(narrowed, 0);
  EXPECT_LT(narrowed, total);
  EXPECT_NE(filtered->body.find("Đang lọc:"), std::string::npos);
  EXPECT_NE(filtered->body.find("class=\"on\""), std::string::npos);
  // The filter stays when the form is submitted again.
  EXPECT_NE(filtered->body.find("<input type=\"hidden\" name=\"place\" value=\"Xa-van-na-khẹt\">"),
            std::string::npos);
}

TEST_F(WebServerTest, DateRangeSortAndPaging) {
  auto res = Get("/?q=&since=2020-01-01&until=2021-12-31&sort=date");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  std::regex day_re("<time datetime=\"(\\d{4})-\\d\\d-\\d\\d\">");
  std::vector<std::string> years;
  for (std::sregex_iterator it(res->body.begin(), res->body.end(), day_re), end; it != end; ++it)
    years.push_back((*it)[1]);
  ASSERT_FALSE(years.empty());
  for (const auto& y : years) EXPECT_TRUE(y == "2020" || y == "2021") << y;
  EXPECT_TRUE(std::is_sorted(years.begin(), years.end()));

  auto page1 = Get("/?q=");
  auto page2 = Get("/?q=&page=2");
  ASSERT_TRUE(page1 && page2);
  EXPECT_NE(page1->body.find("rel=\"next\""), std::string::npos);
  EXPECT_NE(page2->body.find("rel=\"prev\""), std::string::npos);
  EXPECT_NE(page2->body.find("<ol class=\"hits\" start=\"11\">"), std::string::npos);
}

TEST_F(WebServerTest, ApiSearchIsWhatSearchJsonPrints) {
  auto res = Get("/api/search?q=savannakhet&limit=5&offset=1&facets=year,place&sort=-date");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/x-ndjson; charset=utf-8");
  query::SearchRequest r;
  r.text = "savannakhet";
  r.limit = 5;
  r.offset = 1;
  r.facets = {"year", "place"};
  r.sort = "-date";
  query::SearchResult result = query::Searcher((root_ / "index").string()).Search(r);
  std::string expected;
  for (const auto& hit : result.hits) expected += query::DumpJson(query::HitJson(hit)) + "\n";
  expected += query::DumpJson(query::SummaryJson(r, result)) + "\n";
  EXPECT_EQ(res->body, expected);
  EXPECT_EQ(Count(res->body, "\n"), 6u);
}

TEST_F(WebServerTest, RecordPageShowsEntitiesSuccessorsAndMarkedBody) {
  std::string url =
      std::string(kSampleHost) +
      "/tin-tuc/2020/thoa-thuan-chia-se-thong-tin-doi-ngoai-quang-tri-quang-binh.html";
  std::string id = IdOf(url);
  ASSERT_FALSE(id.empty());
  auto res = Get("/record/" + id);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  const std::string& html = res->body;
  EXPECT_NE(html.find("Ký kết Thoả thuận chia sẻ thông tin đối ngoại"), std::string::npos);
  EXPECT_NE(html.find("18/06/2020"), std::string::npos);
  EXPECT_NE(html.find("Ký kết"), std::string::npos);  // the event type, in Vietnamese
  EXPECT_NE(html.find("id=\"people\""), std::string::npos);
  EXPECT_NE(html.find("id=\"orgs\""), std::string::npos);
  // Quảng Bình was merged into Quảng Trị in 2025.
  EXPECT_NE(html.find("Quảng Bình</a> <span class=\"kind\">(tỉnh)</span> → <span "
                      "class=\"successor\">từ 2025 thuộc Quảng Trị"),
            std::string::npos);
  EXPECT_NE(html.find("<mark class=\"place\">"), std::string::npos);
  EXPECT_NE(html.find("<mark class=\"person\">"), std::string::npos);
  EXPECT_NE(html.find("href=\"/capture/" + id + "\""), std::string::npos);

  EXPECT_EQ(Get("/record/0123456789abcdef")->status, 404);
  EXPECT_EQ(Get("/record/not-an-id")->status, 400);
}

TEST_F(WebServerTest, HostileTitleIsShownAsTextEverywhere) {
  std::string id = IdOf(std::string(kSampleHost) + kHostilePath);
  ASSERT_FALSE(id.empty());
  for (std::string target :
       {std::string("/?q=bai%20viet%20dac%20biet%20ky%20tu"), std::string("/?q=script%20alert"),
        "/record/" + id, std::string("/meetings?partner=Savannakhet")}) {
    auto res = Get(target);
    ASSERT_TRUE(res) << target;
    EXPECT_EQ(res->status, 200) << target;
    EXPECT_EQ(res->body.find("<script>alert"), std::string::npos) << target;
    EXPECT_EQ(res->body.find("<img src=x"), std::string::npos) << target;
    EXPECT_EQ(res->body.find("<script"), std::string::npos) << target;
  }
  auto record = Get("/record/" + id);
  EXPECT_NE(record->body.find("&lt;script&gt;alert(1)&lt;/script&gt; Ký kết hợp tác với tỉnh "
                              "Savannakhet &quot;&gt;&lt;img src=x onerror=alert(2)&gt;"),
            std::string::npos);
  EXPECT_NE(record->body.find("&lt;b&gt;đậm&lt;/b&gt; &amp; &quot;ngoặc kép&quot; &#39;đơn&#39;"),
            std::string::npos);
}

TEST_F(WebServerTest, CaptureIsReplayedInASandboxWithBannerCssAndImage) {
  std::string url = std::string(kSampleHost) +
                    "/tin-tuc/2022/ky-ket-bien-ban-ghi-nho-hop-tac-quang-tri-savannakhet-giai-doan-"
                    "2022-2026.html";
  std::string id = IdOf(url);
  ASSERT_FALSE(id.empty());
  auto res = Get("/capture/" + id);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  std::string csp = res->get_header_value("Content-Security-Policy");
  EXPECT_EQ(csp.rfind("sandbox;", 0), 0u) << csp;
  EXPECT_EQ(csp.find("allow-scripts"), std::string::npos);
  EXPECT_EQ(csp.find("allow-same-origin"), std::string::npos);
  EXPECT_NE(csp.find("script-src 'none'"), std::string::npos);
  const std::string& html = res->body;
  EXPECT_NE(html.find("id=\"vnarchive-banner\""), std::string::npos);
  EXPECT_NE(html.find("2026-11-20T08:00:00Z"), std::string::npos);
  EXPECT_NE(html.find(url), std::string::npos);
  EXPECT_NE(html.find("href=\"/record/" + id + "\""), std::string::npos);
  // Links to the site now point into the archive.
  std::string css_path = "/capture/web/" + std::string(kSampleHost) + "/static/css/site.css";
  EXPECT_NE(html.find("href=\"" + css_path + "\""), std::string::npos);
  EXPECT_EQ(html.find("href=\"/static/css/site.css\""), std::string::npos);

  auto css = Get(css_path);
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css");
  EXPECT_EQ(css->body, ReadFile(fs::path(VN_SOURCE_DIR) / "data/sample-site/static/css/site.css"));
  auto png = Get("/capture/web/" + std::string(kSampleHost) + "/static/img/logo.png");
  ASSERT_TRUE(png);
  EXPECT_EQ(png->status, 200);
  EXPECT_EQ(png->get_header_value("Content-Type"), "image/png");
  EXPECT_EQ(png->body, ReadFile(fs::path(VN_SOURCE_DIR) / "data/sample-site/static/img/logo.png"));
  EXPECT_EQ(png->get_header_value("Content-Security-Policy").rfind("sandbox;", 0), 0u);
}

TEST_F(WebServerTest, CapturedScriptsAreInertAndHostileCaptureKeepsItsText) {
  std::string id = IdOf(std::string(kSampleHost) + kHostilePath);
  auto res = Get("/capture/" + id);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  // The page is replayed as captured (its script included) but only under the sandbox.
  EXPECT_NE(res->body.find("window.parent.document.title"), std::string::npos);
  EXPECT_EQ(res->get_header_value("Content-Security-Policy").rfind("sandbox;", 0), 0u);
}

TEST_F(WebServerTest, RedirectCaptureAndUncapturedUrls) {
  auto res = Get("/capture/web/" + std::string(kSampleHost) +
                 "/bai-cu/2016/boi-duong-kien-thuc-doi-ngoai-can-bo-cap-huyen-2016.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 302);
  EXPECT_EQ(res->get_header_value("Location"),
            "/capture/web/" + std::string(kSampleHost) +
                "/luu-tru/2016/boi-duong-kien-thuc-doi-ngoai-can-bo-cap-huyen-2016.html");
  auto missing = Get("/capture/web/http://example.org/khong-co.html");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("không có trong kho lưu trữ"), std::string::npos);
  EXPECT_EQ(Get("/capture/web/file:///etc/passwd")->status, 400);
}

TEST_F(WebServerTest, PathTraversalIsRefused) {
  for (const char* target :
       {"/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2fetc%2fpasswd", "/record/..%2f..%2f..%2fetc%2fpasswd",
        "/capture/..%2f..%2fetc%2fpasswd", "/capture/web/http://x/../../../etc/passwd",
        "/?q=..%2f..%2fetc%2fpasswd", "/meetings?partner=..%5c..%5cwindows",
        "/api/search?q=a&place=../../etc/passwd", "/?q=a%00b"}) {
    auto res = Get(target);
    ASSERT_TRUE(res) << target;
    EXPECT_TRUE(res->status == 400 || res->status == 404) << target << " → " << res->status;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << target;
  }
  EXPECT_EQ(Get("/static/style.css")->status, 200);
  EXPECT_EQ(Get("/static/passwd")->status, 404);
}

TEST_F(WebServerTest, AbsurdValuesAreRefusedWith400) {
  for (const char* target : {"/api/search?q=a&limit=1000000000", "/api/search?q=a&limit=-1",
                             "/api/search?q=a&offset=99999999999", "/?q=a&page=1000000000",
                             "/?q=a&page=abc", "/?q=a&since=hom-qua", "/?q=a&sort=random",
                             "/api/search?facets=everything", "/api/search?date_field=yesterday"}) {
    auto res = Get(target);
    ASSERT_TRUE(res) << target;
    EXPECT_EQ(res->status, 400) << target;
  }
  auto api = Get("/api/search?q=a&limit=1000000000");
  EXPECT_NE(api->body.find("\"error\""), std::string::npos);
  std::string long_query(5000, 'a');
  auto res = Get("/?q=" + long_query);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("quá dài"), std::string::npos);
  // 10 MB in the query string: refused, not searched.
  std::string huge(10 * 1024 * 1024, 'x');
  auto big = Get("/api/search?q=" + huge);
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 400);
}

TEST_F(WebServerTest, ReadOnlyMethodsAndClearErrorPages) {
  httplib::Client cli("127.0.0.1", port_);
  auto post = cli.Post("/api/search", "q=a", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto missing = Get("/khong-co-trang-nay");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("Không tìm thấy"), std::string::npos);
  EXPECT_NE(missing->body.find("Về trang tìm kiếm"), std::string::npos);
  EXPECT_EQ(missing->get_header_value("Content-Security-Policy").rfind("default-src 'none'", 0),
            0u);
}

TEST_F(WebServerTest, MeetingsPageHasAPartnerPickerAndTheEvents) {
  auto picker = Get("/meetings");
  ASSERT_TRUE(picker);
  EXPECT_EQ(picker->status, 200);
  EXPECT_NE(picker->body.find("<select name=\"partner\""), std::string::npos);
  // Partners as the gazetteer names them, most frequent first (with their event counts).
  EXPECT_NE(picker->body.find("<option value=\"\">— Chọn đối tác —</option><option "
                              "value=\"Xa-van-na-khẹt\">Xa-van-na-khẹt ("),
            std::string::npos);
  auto res = Get("/meetings?partner=Savannakhet");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("sự kiện với «Savannakhet»"), std::string::npos);
  EXPECT_NE(res->body.find("<option value=\"Savannakhet\" selected>"), std::string::npos);
  EXPECT_NE(res->body.find("Lễ ký kết Biên bản ghi nhớ hợp tác toàn diện"), std::string::npos);
  EXPECT_NE(res->body.find("Văn kiện: "), std::string::npos);
  auto none = Get("/meetings?partner=Kh%C3%B4ng%20C%C3%B3");
  EXPECT_NE(none->body.find("Không có sự kiện nào"), std::string::npos);
}

TEST_F(WebServerTest, ManyConcurrentClientsAreAllAnswered) {
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 64; ++i)
    clients.emplace_back([&, i] {
      httplib::Client cli("127.0.0.1", port_);
      cli.set_read_timeout(30);
      for (int k = 0; k < 4; ++k) {
        auto res = cli.Get(i % 2 ? "/?q=hop%20tac" : "/api/search?q=savannakhet");
        (res && res->status == 200 ? ok : failed)++;
      }
    });
  for (auto& t : clients) t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(ok.load(), 256);
}

// Last: switches the index to a new generation, as a reindex does.
TEST_F(WebServerTest, ZzNewIndexGenerationIsSeenWithoutRestart) {
  auto before = Get("/api/search?q=phuong%20an%20thu%20nghiem%20doc%20nhat");
  ASSERT_TRUE(before);
  EXPECT_NE(before->body.find("\"returned\":0"), std::string::npos);
  testing::Reindex(root_.string(), "g2", "/tin-tuc/2026/them-moi.html",
                   "Phương án thử nghiệm độc nhất");
  auto after = Get("/api/search?q=phuong%20an%20thu%20nghiem%20doc%20nhat");
  ASSERT_TRUE(after);
  EXPECT_NE(after->body.find("them-moi.html"), std::string::npos) << after->body;
  // The hostile page changed: its record links its earlier capture, which still replays.
  std::string id = IdOf(std::string(kSampleHost) + kHostilePath);
  auto record = Get("/record/" + id);
  ASSERT_TRUE(record);
  EXPECT_NE(record->body.find("(cập nhật)"), std::string::npos);
  EXPECT_NE(record->body.find("Các bản lưu trước: <a class=\"earlier\" href=\"/capture/" + id +
                              "?v=0\">2026-11-20T08:05:00Z</a>"),
            std::string::npos);
  auto earlier = Get("/capture/" + id + "?v=0");
  ASSERT_TRUE(earlier);
  EXPECT_EQ(earlier->status, 200);
  EXPECT_NE(earlier->body.find("2026-11-20T08:05:00Z"), std::string::npos);
  EXPECT_EQ(earlier->body.find("(cập nhật)"), std::string::npos);
  EXPECT_NE(Get("/capture/" + id)->body.find("(cập nhật)"), std::string::npos);
  EXPECT_EQ(Get("/capture/" + id + "?v=1")->status, 404);
  EXPECT_EQ(Get("/capture/" + id + "?v=99999999999")->status, 404);
}

}  // namespace
}  // namespace vn::serve
