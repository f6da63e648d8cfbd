// The whole pipeline on the bundled sample site: a loopback server started by the test,
// crawled into WARC files, indexed, searched. Every article must be found first by its
// title typed without diacritics, and carry the posting date the site printed.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "crawler/crawler.h"
#include "crawler/sources.h"
#include "indexer/warc_indexer.h"
#include "query/searcher.h"
#include "tests/support/site_server.h"
#include "tests/support/test_files.h"
#include "text/analyser.h"

namespace vn {
namespace {

namespace fs = std::filesystem;

using support::ReadFile;
using support::ReplaceAll;

class EndToEndTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    site_ = fs::path(VN_SOURCE_DIR) / "data/sample-site";
    home_ = fs::temp_directory_path() / ("vn_e2e_" + std::to_string(::getpid()));
    fs::remove_all(home_);
    fs::create_directories(home_);
    server_ = new support::SiteServer(site_);
    int port = server_->Start();
    host_ = "127.0.0.1:" + std::to_string(port);
    std::string toml = ReplaceAll(ReadFile(fs::path(VN_SOURCE_DIR) / "data/sample-sources.toml"),
                                  "SITE_HOST", host_);
    std::ofstream(home_ / "sources.toml") << toml;
    sources_ = crawler::LoadSources((home_ / "sources.toml").string());

    crawler::CrawlOptions co;
    co.home = home_.string();
    co.sources = sources_;
    co.log = [](const std::string&) {};
    summary_ = crawler::RunCrawl(co);

    indexer::IndexOptions io;
    io.index_dir = (home_ / "index").string();
    for (const auto& e : fs::directory_iterator(home_ / "archive"))
      io.warc_files.push_back(e.path().string());
    io.source_for_url = [](const std::string& url) {
      indexer::SourceInfo info;
      if (const crawler::Source* s = crawler::FindSourceForUrl(sources_, url)) {
        info.name = s->name;
        info.province = s->province;
      }
      return info;
    };
    index_summary_ = indexer::IndexWarcs(io);
    manifest_ = nlohmann::json::parse(ReadFile(site_ / "_manifest.json"));
  }
  static void TearDownTestSuite() {
    server_->Stop();
    delete server_;
    fs::remove_all(home_);
  }

  static query::SearchResult Search(const std::string& text, unsigned limit = 10) {
    query::Searcher s((home_ / "index").string());
    query::SearchRequest r;
    r.text = text;
    r.limit = limit;
    return s.Search(r);
  }

  static inline fs::path site_, home_;
  static inline std::string host_;
  static inline support::SiteServer* server_ = nullptr;
  static inline std::vector<crawler::Source> sources_;
  static inline crawler::CrawlSummary summary_;
  static inline indexer::IndexSummary index_summary_;
  static inline nlohmann::json manifest_;
};

TEST_F(EndToEndTest, CrawlArchivesTheSiteAndHonoursRobots) {
  EXPECT_EQ(summary_.errors, 0) << (summary_.failed_urls.empty() ? "" : summary_.failed_urls[0]);
  EXPECT_GE(summary_.robots_blocked, 1);
  EXPECT_GE(summary_.redirects, 1);
  EXPECT_GE(summary_.pages, static_cast<int64_t>(manifest_["articles"].size()));
  EXPECT_TRUE(index_summary_.problems.empty());
  EXPECT_GE(index_summary_.list_pages, 5u);  // home, /tin-tuc/ and its pages, categories
  EXPECT_GE(index_summary_.documents, manifest_["articles"].size());
  // Nothing under the disallowed admin area reached the archive or the index.
  auto all = Search("", 1000);
  EXPECT_EQ(all.hits.size(), index_summary_.documents);
  bool redirect_target = false;
  for (const auto& h : all.hits) {
    EXPECT_EQ(h.article.url.find("/quan-tri/"), std::string::npos) << h.article.url;
    // Home, category and pagination pages are archived but are not articles to search.
    EXPECT_EQ(h.article.url.find("/trang-"), std::string::npos) << h.article.url;
    EXPECT_EQ(h.article.url.find("/chuyen-muc/"), std::string::npos) << h.article.url;
    EXPECT_NE(h.article.url, "http://" + host_ + "/");
    redirect_target |= h.article.url.find("/luu-tru/2016/") != std::string::npos;
  }
  EXPECT_TRUE(redirect_target);
}

TEST_F(EndToEndTest, EveryArticleFoundFirstByItsTitleWithoutDiacritics) {
  int checked = 0;
  for (const auto& art : manifest_["articles"]) {
    std::string title = art["title"];
    std::string path = art["path"];
    auto result = Search(text::Fold(title), 3);
    ASSERT_FALSE(result.hits.empty()) << title;
    const auto& top = result.hits[0].article;
    EXPECT_EQ(top.url, "http://" + host_ + path) << "query: " << text::Fold(title);
    EXPECT_EQ(top.title, title);
    // The posting date as the page printed it: day and time, or the day alone for the
    // styles that print no time ("Ngày cập nhật 25/01/2019", "24/02/2017") unless a meta
    // tag or JSON-LD gives the time.
    std::string expected = art["published"];
    std::string style = art["date_style"];
    if ((style == "capnhat" || style == "plain") && art["machine_dates"].empty())
      expected = expected.substr(0, 10);
    EXPECT_EQ(top.published, expected) << path;
    EXPECT_EQ(top.source_province, "Quảng Trị");
    ++checked;
  }
  EXPECT_GE(checked, 18);
}

TEST_F(EndToEndTest, LegacyEncodingAndRedirectOnlyPagesAreSearchable) {
  for (const auto& art : manifest_["articles"]) {
    std::string enc = art["encoding"];
    std::string linked = art["linked_as"];
    if (enc == "utf-8" && linked == art["path"].get<std::string>()) continue;
    auto result = Search("\"" + art["title"].get<std::string>() + "\"", 1);
    ASSERT_EQ(result.hits.size(), 1u) << art["path"];
    EXPECT_EQ(result.hits[0].article.title, art["title"].get<std::string>());
    if (enc == "windows-1258") EXPECT_EQ(result.hits[0].article.charset, "windows-1258");
  }
}

TEST_F(EndToEndTest, ChromeIsNotIndexedAsArticleText) {
  // "Liên kết website" is on every page's sidebar; no article body may contain it.
  auto result = Search("\"lien ket website\"", 50);
  for (const auto& h : result.hits)
    EXPECT_EQ(h.article.BodyText().find("Liên kết website"), std::string::npos) << h.article.url;
}

}  // namespace
}  // namespace vn
