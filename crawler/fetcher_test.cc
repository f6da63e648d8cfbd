#include "crawler/fetcher.h"

#include <gtest/gtest.h>

#include "archive/http_message.h"
#include "archive/warc_record.h"
#include "crawler/test_server.h"

namespace vn::crawler {
namespace {

using testing::TestServer;

FetchRequest Req(const std::string& url) {
  FetchRequest r;
  r.url = url;
  return r;
}

const std::string kPage =
    "<html><head><meta charset=\"utf-8\"><title>Sở Ngoại vụ Quảng Trị</title></head>"
    "<body><p>Đoàn công tác Sở Ngoại vụ tỉnh Quảng Trị làm việc với Sở Ngoại giao tỉnh "
    "Savannakhet.</p></body></html>";

TEST(FetcherTest, CapturesRequestAndRawGzipResponse) {
  TestServer srv;
  srv.server.Get("/tin-tuc", [](const httplib::Request&, httplib::Response& res) {
    // cpp-httplib compresses text/html itself (brotli or gzip) when the client accepts it,
    // as portals do.
    res.set_header("ETag", "\"v1\"");
    res.set_content(kPage, "text/html; charset=utf-8");
  });
  srv.Start();
  Fetcher f;
  FetchRequest req{srv.Url("/tin-tuc"), kDefaultUserAgent, "\"v0\"",
                   "Mon, 25 May 2020 01:53:00 GMT"};
  FetchResult r = f.Get(req);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.ip, "127.0.0.1");
  EXPECT_EQ(r.request.rfind("GET /tin-tuc HTTP/1.1\r\n", 0), 0u) << r.request;
  EXPECT_NE(r.request.find("User-Agent: " + std::string(kDefaultUserAgent) + "\r\n"),
            std::string::npos);
  EXPECT_NE(r.request.find("If-None-Match: \"v0\"\r\n"), std::string::npos);
  EXPECT_NE(r.request.find("If-Modified-Since: Mon, 25 May 2020 01:53:00 GMT\r\n"),
            std::string::npos);
  EXPECT_NE(r.request.find("Accept-Encoding: gzip, br\r\n"), std::string::npos);
  EXPECT_TRUE(r.request.ends_with("\r\n\r\n"));
  // The body is stored as sent: still compressed (the test server prefers brotli).
  ASSERT_GE(r.body.size(), 2u);
  std::string coding = r.Header("Content-Encoding").value_or("");
  ASSERT_TRUE(coding == "gzip" || coding == "br") << coding;
  if (coding == "gzip") {
    EXPECT_EQ(static_cast<unsigned char>(r.body[0]), 0x1f);
    EXPECT_EQ(static_cast<unsigned char>(r.body[1]), 0x8b);
  }
  EXPECT_EQ(r.body.find("<html"), std::string::npos);  // not decoded by curl
  EXPECT_EQ(r.Header("etag").value_or(""), "\"v1\"");
  EXPECT_EQ(r.head.rfind("HTTP/1.1 200 OK\r\n", 0), 0u);
  EXPECT_TRUE(r.head.ends_with("\r\n\r\n"));
  // And the archive's parser gets the page back from the whole message.
  auto parsed = archive::ParseHttpResponse(r.response());
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->body, kPage);
  // The server saw the same headers.
  auto hits = srv.HitsFor("/tin-tuc");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].Header("If-None-Match"), "\"v0\"");
}

TEST(FetcherTest, KeepsChunkedFramingAsReceived) {
  TestServer srv;
  srv.server.Get("/chunked", [](const httplib::Request&, httplib::Response& res) {
    // A type cpp-httplib does not compress, so the framing is plain chunks.
    res.set_chunked_content_provider("application/octet-stream",
                                     [](size_t offset, httplib::DataSink& sink) {
                                       sink.write(kPage.data(), 40);
                                       sink.write(kPage.data() + 40, kPage.size() - 40);
                                       sink.done();
                                       return true;
                                     });
  });
  srv.Start();
  Fetcher f;
  FetchResult r = f.Get(Req(srv.Url("/chunked")));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.Header("Transfer-Encoding").value_or(""), "chunked");
  EXPECT_EQ(r.body.rfind("28\r\n", 0), 0u) << r.body.substr(0, 10);  // 40 = 0x28
  EXPECT_EQ(archive::Dechunk(r.body).value_or(""), kPage);
}

TEST(FetcherTest, DoesNotFollowRedirects) {
  TestServer srv;
  srv.server.Get("/cu", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/moi", 301);
  });
  srv.Start();
  Fetcher f;
  FetchResult r = f.Get(Req(srv.Url("/cu")));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.status, 301);
  EXPECT_EQ(r.Header("Location").value_or(""), "/moi");
  EXPECT_TRUE(srv.HitsFor("/moi").empty());
}

TEST(FetcherTest, TimesOutOnSlowServer) {
  TestServer srv;
  srv.server.Get("/cham", [](const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    res.set_content(kPage, "text/html");
  });
  srv.Start();
  FetchOptions o;
  o.total_timeout_ms = 300;
  Fetcher f(o);
  auto t0 = std::chrono::steady_clock::now();
  FetchResult r = f.Get(Req(srv.Url("/cham")));
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("timed out"), std::string::npos) << r.error;
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(1400));
}

TEST(FetcherTest, ServerClosingMidBodyIsAnError) {
  TestServer srv;
  srv.server.Get("/dut", [](const httplib::Request&, httplib::Response& res) {
    res.set_content_provider(10000, "text/html",
                             [](size_t offset, size_t, httplib::DataSink& sink) {
                               sink.write(kPage.data(), 100);
                               return false;  // drop the connection after 100 of 10000 bytes
                             });
  });
  srv.Start();
  Fetcher f;
  FetchResult r = f.Get(Req(srv.Url("/dut")));
  EXPECT_FALSE(r.ok);
  EXPECT_FALSE(r.error.empty());
}

TEST(FetcherTest, RefusesBodiesOverTheLimit) {
  TestServer srv;
  srv.server.Get("/lon", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(5000, 'x'), "application/pdf");
  });
  srv.Start();
  FetchOptions o;
  o.max_body_bytes = 1000;
  Fetcher f(o);
  FetchResult r = f.Get(Req(srv.Url("/lon")));
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error, "body larger than 1000 bytes");
}

TEST(FetcherTest, ConnectionRefusedIsAnError) {
  int port;
  {
    TestServer srv;
    port = srv.Start();
  }
  Fetcher f;
  FetchResult r = f.Get(Req("http://127.0.0.1:" + std::to_string(port) + "/"));
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.status, 0);
  EXPECT_FALSE(r.error.empty());
}

}  // namespace
}  // namespace vn::crawler
