// Sharded search over Xapian's remote backend, on the bundled sample site: crawled from a
// loopback server, indexed once as a single database and once split three ways, each shard
// served by its own xapian-tcpsrv on 127.0.0.1. Every search over the remote shards (by
// endpoint list, by stub file) and over the local sharded directory must give what the
// single database gives: the same documents, scores, order, facet counts, date-range and
// sorted results, snippets. A shard that is down must be named, or left out with --partial.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "common/error.h"
#include "crawler/crawler.h"
#include "crawler/sources.h"
#include "indexer/shard_layout.h"
#include "indexer/warc_indexer.h"
#include "query/searcher.h"
#include "tests/support/site_server.h"
#include "tests/support/test_files.h"
#include "tests/support/xapian_tcp_server.h"

namespace vn {
namespace {

namespace fs = std::filesystem;

constexpr unsigned kShards = 3;
constexpr const char* kTcpSrv = support::kXapianTcpSrv;

using support::ReadFile;
using support::ReplaceAll;

int FreePort() { return support::FreeLoopbackPort(); }

// One xapian-tcpsrv serving one database; one that does not start fails the test.
class TcpServer : public support::XapianTcpServer {
 public:
  explicit TcpServer(const std::string& db) : XapianTcpServer(db) {
    if (!started())
      ADD_FAILURE() << kTcpSrv << " did not start on port " << port() << " for " << db;
  }
};

class ShardsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(fs::exists(kTcpSrv)) << "install xapian-tools";
    fs::path site = fs::path(VN_SOURCE_DIR) / "data/sample-site";
    home_ = fs::temp_directory_path() / ("vn_shards_" + std::to_string(::getpid()));
    fs::remove_all(home_);
    fs::create_directories(home_);
    support::SiteServer server(site);
    std::string host = "127.0.0.1:" + std::to_string(server.Start());
    std::ofstream(home_ / "sources.toml") << ReplaceAll(
        ReadFile(fs::path(VN_SOURCE_DIR) / "data/sample-sources.toml"), "SITE_HOST", host);
    static std::vector<crawler::Source> sources =
        crawler::LoadSources((home_ / "sources.toml").string());
    crawler::CrawlOptions co;
    co.home = home_.string();
    co.sources = sources;
    co.delay_ms = 0;
    co.log = [](const std::string&) {};
    crawler::RunCrawl(co);
    server.Stop();

    indexer::IndexOptions io;
    for (const auto& e : fs::directory_iterator(home_ / "archive"))
      io.warc_files.push_back(e.path().string());
    std::sort(io.warc_files.begin(), io.warc_files.end());
    io.source_for_url = [](const std::string& url) {
      indexer::SourceInfo info;
      if (const crawler::Source* s = crawler::FindSourceForUrl(sources, url)) {
        info.name = s->name;
        info.province = s->province;
      }
      return info;
    };
    io.index_dir = single_dir();
    documents_ = indexer::IndexWarcs(io).documents;
    indexer::PrepareShardLayout(split_dir(), indexer::ShardSpec{kShards, -1});
    io.index_dir = split_dir();
    ASSERT_EQ(indexer::IndexWarcs(io).documents, documents_);

    for (unsigned n = 0; n < kShards; ++n)
      servers_.push_back(new TcpServer(indexer::ShardPath(split_dir(), n)));
  }
  static void TearDownTestSuite() {
    for (TcpServer* s : servers_) delete s;
    servers_.clear();
    fs::remove_all(home_);
  }

  static std::string single_dir() { return (home_ / "single").string(); }
  static std::string split_dir() { return (home_ / "split").string(); }
  static std::vector<std::string> Endpoints() {
    std::vector<std::string> out;
    for (TcpServer* s : servers_) out.push_back(s->endpoint());
    return out;
  }

  static inline fs::path home_;
  static inline uint64_t documents_ = 0;
  static inline std::vector<TcpServer*> servers_;
};

// Hits in a canonical order: the engine's, except that hits it ranks equal (same score, and
// same date when sorted by date) are ordered by id. Xapian breaks such ties by internal
// document number, which depends on how documents are spread over databases, so ties are
// the one place where a sharded index may legitimately order differently.
std::vector<const query::SearchHit*> Canonical(const query::SearchResult& r) {
  std::vector<const query::SearchHit*> hits;
  for (const auto& h : r.hits) hits.push_back(&h);
  auto tied = [](const query::SearchHit* a, const query::SearchHit* b) {
    return std::fabs(a->score - b->score) <= 1e-9 * std::max(1.0, std::fabs(a->score)) &&
           a->article.published == b->article.published;
  };
  for (size_t i = 0; i < hits.size();) {
    size_t j = i + 1;
    while (j < hits.size() && tied(hits[i], hits[j])) ++j;
    std::sort(hits.begin() + i, hits.begin() + j,
              [](const auto* a, const auto* b) { return a->article.id < b->article.id; });
    i = j;
  }
  return hits;
}

void ExpectSameResults(const query::SearchResult& want, const query::SearchResult& got,
                       const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(got.total_estimate, want.total_estimate);
  ASSERT_EQ(got.hits.size(), want.hits.size());
  auto w = Canonical(want), g = Canonical(got);
  for (size_t i = 0; i < w.size(); ++i) {
    EXPECT_EQ(g[i]->article.id, w[i]->article.id) << "hit " << i << ": " << w[i]->article.title;
    EXPECT_NEAR(g[i]->score, w[i]->score, 1e-9 * std::max(1.0, w[i]->score)) << "hit " << i;
    EXPECT_EQ(g[i]->snippet.text, w[i]->snippet.text) << "hit " << i;
    EXPECT_EQ(g[i]->snippet.highlights, w[i]->snippet.highlights) << "hit " << i;
  }
  ASSERT_EQ(got.facets.size(), want.facets.size());
  for (size_t f = 0; f < want.facets.size(); ++f) {
    EXPECT_EQ(got.facets[f].name, want.facets[f].name);
    EXPECT_EQ(got.facets[f].values, want.facets[f].values) << want.facets[f].name;
  }
  EXPECT_TRUE(got.missing_shards.empty());
}

std::vector<std::pair<std::string, query::SearchRequest>> Requests() {
  std::vector<std::pair<std::string, query::SearchRequest>> out;
  auto add = [&](const std::string& name, auto edit) {
    query::SearchRequest r;
    r.limit = 100;
    r.facets = {"year", "place", "org", "person", "type"};
    r.facet_limit = 50;
    edit(r);
    out.emplace_back(name, r);
  };
  add("words with diacritics", [](auto& r) { r.text = "hợp tác Quảng Trị"; });
  add("words without diacritics", [](auto& r) { r.text = "hop tac quang tri"; });
  add("phrase", [](auto& r) { r.text = "\"đối ngoại\""; });
  add("first page only", [](auto& r) {
    r.text = "Lào";
    r.limit = 3;
    r.facets.clear();
  });
  add("second page", [](auto& r) {
    r.text = "tỉnh";
    r.offset = 2;
    r.limit = 4;
  });
  add("everything, newest first", [](auto& r) { r.text = ""; });
  add("sorted oldest first", [](auto& r) {
    r.text = "hữu nghị";
    r.sort = "date";
  });
  add("sorted newest first", [](auto& r) {
    r.text = "đoàn";
    r.sort = "-date";
  });
  add("published date range", [](auto& r) {
    r.text = "";
    r.since = "2020";
    r.until = "2024-12-31";
  });
  add("event date range", [](auto& r) {
    r.text = "";
    r.date_field = "event";
    r.since = "2019-01";
    r.until = "2025";
  });
  add("place filter", [](auto& r) {
    r.text = "";
    r.places = {"Quảng Trị"};
  });
  return out;
}

TEST_F(ShardsTest, DocumentsAreSpreadOverEveryShard) {
  ASSERT_GE(documents_, 15u);
  uint64_t total = 0;
  for (unsigned n = 0; n < kShards; ++n) {
    uint64_t here = Xapian::Database(indexer::ShardPath(split_dir(), n)).get_doccount();
    EXPECT_GT(here, 0u) << "shard " << n;
    total += here;
  }
  EXPECT_EQ(total, documents_);
}

TEST_F(ShardsTest, RemoteShardsSearchLikeOneDatabase) {
  query::Searcher single(single_dir());
  query::Searcher remote(Endpoints());
  query::Searcher local_split(split_dir());
  for (const auto& [name, request] : Requests()) {
    query::SearchResult want = single.Search(request);
    EXPECT_FALSE(want.hits.empty()) << name;
    ExpectSameResults(want, remote.Search(request), name + " (remote shards)");
    ExpectSameResults(want, local_split.Search(request), name + " (local shards)");
  }
  // The facets really are multi-valued: some document carries several places.
  query::SearchRequest all;
  all.limit = 0;
  all.facets = {"place"};
  all.facet_limit = 1000;
  uint64_t place_mentions = 0;
  for (const auto& [value, count] : single.Search(all).facets[0].values) place_mentions += count;
  EXPECT_GT(place_mentions, documents_);
}

TEST_F(ShardsTest, StubFileListingRemoteShardsSearchesAsOne) {
  fs::path stub = home_ / "remote.stub";
  {
    std::ofstream out(stub);
    out << "# the three shards of the sample index\n";
    for (const auto& e : Endpoints()) out << "remote " << e << "\n";
  }
  query::Searcher single(single_dir());
  query::Searcher remote(stub.string());
  for (const auto& [name, request] : Requests())
    ExpectSameResults(single.Search(request), remote.Search(request), name + " (stub file)");
  // A directory holding the stub as XAPIANDB is the same thing.
  fs::create_directories(home_ / "remote-dir");
  fs::copy_file(stub, home_ / "remote-dir" / indexer::kStubFile,
                fs::copy_options::overwrite_existing);
  query::SearchRequest r;
  r.text = "Savannakhet";
  ExpectSameResults(single.Search(r), query::Searcher((home_ / "remote-dir").string()).Search(r),
                    "stub directory");
}

TEST_F(ShardsTest, DownShardIsNamedOrLeftOutWithPartial) {
  std::vector<std::string> endpoints = Endpoints();
  std::string dead = "127.0.0.1:" + std::to_string(FreePort());
  endpoints[2] = dead;
  try {
    query::Searcher s(endpoints);
    ADD_FAILURE() << "opened an index with a shard down";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kCorrupt);
    EXPECT_NE(std::string(e.what()).find("shard " + dead + " is unreachable"), std::string::npos)
        << e.what();
  }
  query::ShardOptions partial;
  partial.partial = true;
  query::Searcher s(endpoints, partial);
  query::SearchRequest r;
  r.limit = 1000;
  r.facets = {"year"};
  query::SearchResult result = s.Search(r);
  ASSERT_EQ(result.missing_shards.size(), 1u);
  EXPECT_EQ(result.missing_shards[0].rfind(dead + ": is unreachable", 0), 0u)
      << result.missing_shards[0];
  uint64_t on_two = 0;
  for (unsigned n = 0; n < 2; ++n)
    on_two += Xapian::Database(indexer::ShardPath(split_dir(), n)).get_doccount();
  EXPECT_EQ(result.hits.size(), on_two);
  for (const auto& h : result.hits) EXPECT_NE(indexer::ShardOf(h.article.id, kShards), 2u);
  uint64_t year_total = 0;
  for (const auto& [year, n] : result.facets[0].values) year_total += n;
  EXPECT_LE(year_total, on_two);
}

TEST_F(ShardsTest, IncompleteOrDuplicatedShardListIsRefused) {
  std::vector<std::string> e = Endpoints();
  try {
    query::Searcher s(std::vector<std::string>{e[0], e[1]});
    ADD_FAILURE() << "searched two shards of three as if they were the index";
  } catch (const Error& err) {
    EXPECT_EQ(err.code(), ExitCode::kCorrupt);
    EXPECT_NE(std::string(err.what()).find("shard 2/3 is not among the shards given (2 of 3)"),
              std::string::npos)
        << err.what();
  }
  query::ShardOptions partial;
  partial.partial = true;
  query::SearchRequest r;
  r.limit = 1000;
  query::SearchResult result =
      query::Searcher(std::vector<std::string>{e[0], e[1]}, partial).Search(r);
  ASSERT_EQ(result.missing_shards.size(), 1u);
  EXPECT_EQ(result.missing_shards[0], "shard 2/3: not among the shards given");
  for (const auto& h : result.hits) EXPECT_NE(indexer::ShardOf(h.article.id, kShards), 2u);
  try {
    query::Searcher s(std::vector<std::string>{e[0], e[1], e[1]});
    ADD_FAILURE() << "searched one shard twice";
  } catch (const Error& err) {
    EXPECT_EQ(err.code(), ExitCode::kCorrupt);
    EXPECT_NE(std::string(err.what()).find("are both shard 1/3"), std::string::npos) << err.what();
  }
}

TEST_F(ShardsTest, ShardThatStopsMidSessionIsNamedOrLeftOut) {
  // Its own server for shard 2, so the others stay up for the rest of the suite.
  auto make = [](TcpServer** extra) {
    *extra = new TcpServer(indexer::ShardPath(split_dir(), 2));
    std::vector<std::string> endpoints = Endpoints();
    endpoints[2] = (*extra)->endpoint();
    return endpoints;
  };
  query::SearchRequest r;
  r.text = "hop tac";
  r.limit = 100;
  {
    TcpServer* extra = nullptr;
    query::Searcher s(make(&extra));
    std::string name = extra->endpoint();
    EXPECT_FALSE(s.Search(r).hits.empty());
    extra->Stop();
    try {
      s.Search(r);
      ADD_FAILURE() << "searched on with a shard gone";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kCorrupt);
      EXPECT_NE(std::string(e.what()).find("shard " + name + " stopped answering"),
                std::string::npos)
          << e.what();
    }
    delete extra;
  }
  {
    TcpServer* extra = nullptr;
    query::ShardOptions partial;
    partial.partial = true;
    query::Searcher s(make(&extra), partial);
    std::string name = extra->endpoint();
    size_t all_hits = s.Search(r).hits.size();
    extra->Stop();
    query::SearchResult result = s.Search(r);
    ASSERT_EQ(result.missing_shards.size(), 1u);
    EXPECT_EQ(result.missing_shards[0].rfind(name + ": stopped answering", 0), 0u)
        << result.missing_shards[0];
    EXPECT_LT(result.hits.size(), all_hits);
    for (const auto& h : result.hits) EXPECT_NE(indexer::ShardOf(h.article.id, kShards), 2u);
    delete extra;
  }
}

}  // namespace
}  // namespace vn
