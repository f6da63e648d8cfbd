#include "crawler/robots_check.h"

#include <gtest/gtest.h>

#include "common/error.h"
#include "crawler/test_server.h"

namespace vn::crawler {
namespace {

TEST(RobotsCheckTest, ExplainsLiveRobotsPerUrl) {
  testing::TestServer srv;
  srv.server.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/robots-moi.txt", 301);
  });
  srv.server.Get("/robots-moi.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "# Sở Ngoại vụ\nUser-agent: *\nDisallow: /quan-tri/\nAllow: /quan-tri/cong-khai\n",
        "text/plain");
  });
  srv.Start();
  std::string out = CheckRobots(
      {srv.Url("/quan-tri/dang-nhap"), srv.Url("/quan-tri/cong-khai/1"), srv.Url("/tin-tuc#x")});
  EXPECT_NE(out.find("robots.txt " + srv.Url("/robots-moi.txt") + ": HTTP 200\n"),
            std::string::npos)
      << out;
  EXPECT_NE(
      out.find("disallowed " + srv.Url("/quan-tri/dang-nhap") + "  (line 3: Disallow: /quan-tri/)"),
      std::string::npos)
      << out;
  EXPECT_NE(out.find("allowed    " + srv.Url("/quan-tri/cong-khai/1") +
                     "  (line 4: Allow: /quan-tri/cong-khai)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("allowed    " + srv.Url("/tin-tuc") + "  (no matching rule)"),
            std::string::npos)
      << out;
}

TEST(RobotsCheckTest, StatusRules) {
  testing::TestServer srv;
  srv.server.Get("/robots.txt",
                 [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
  srv.Start();
  std::string out = CheckRobots({srv.Url("/a")});
  EXPECT_NE(out.find("HTTP 503"), std::string::npos) << out;
  EXPECT_NE(out.find("disallowed " + srv.Url("/a") + "  (robots.txt answered 503: all disallowed)"),
            std::string::npos)
      << out;
  EXPECT_THROW(CheckRobots({"songoaivu.quangtri.gov.vn"}), vn::Error);
}

}  // namespace
}  // namespace vn::crawler
