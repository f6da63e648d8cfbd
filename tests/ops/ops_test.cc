// `update`, `reindex` and `check` as an operator's cron job meets them: a loopback portal
// whose pages change between runs, the binary killed with SIGKILL at random moments (during
// fetch, WARC writing, index commits, a reindex switch), a disk that fills up, a home it
// may not write, and a second writer. After every interruption the next `update` must
// complete, `check` must pass, no record of a closed WARC file may have disappeared, and the
// index must hold exactly one document per archived article, built from its newest capture.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include <xapian.h>

#include "app/home_lock.h"
#include "archive/warc_reader.h"
#include "indexer/article.h"
#include "indexer/index_checker.h"
#include "indexer/shard_layout.h"
#include "tests/support/site_server.h"
#include "tests/support/test_files.h"

namespace vn {
namespace {

namespace fs = std::filesystem;

using support::ReadFile;
using support::ReplaceAll;

struct RunResult {
  int exit_code = -1;  // -1: killed
  std::string err;
  double seconds = 0;
};

struct RunOptions {
  int kill_after_ms = -1;      // >= 0: SIGKILL after this long if still running
  rlim_t file_size_limit = 0;  // > 0: RLIMIT_FSIZE for the child (a full disk)
  uid_t uid = 0;               // != 0: run as this user
};

// Runs the vnarchive binary with VNARCHIVE_HOME=home; stderr is captured.
RunResult RunVn(const fs::path& home, const std::vector<std::string>& args,
                const RunOptions& o = {}) {
  fs::path err_file = home.parent_path() / "stderr.txt";
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    setenv("VNARCHIVE_HOME", home.c_str(), 1);
    FILE* e = std::freopen(err_file.c_str(), "w", stderr);
    if (!e) _exit(120);
    if (!std::freopen("/dev/null", "w", stdout)) _exit(121);
    if (o.file_size_limit) {
      signal(SIGXFSZ, SIG_IGN);  // writes past the limit fail with EFBIG instead
      struct rlimit rl {
        o.file_size_limit, o.file_size_limit
      };
      setrlimit(RLIMIT_FSIZE, &rl);
    }
    if (o.uid && (setgid(o.uid) != 0 || setuid(o.uid) != 0)) _exit(122);
    std::vector<char*> argv;
    std::string bin = VN_VNARCHIVE_BIN;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  RunResult r;
  int status = 0;
  if (o.kill_after_ms >= 0) {
    auto deadline = start + std::chrono::milliseconds(o.kill_after_ms);
    while (waitpid(pid, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() >= deadline) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
  } else {
    waitpid(pid, &status, 0);
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = ReadFile(err_file);
  return r;
}

// Every record of every closed WARC file: (file, record id) → WARC-Date, and per URL the
// newest 200 HTML response.
struct ArchiveSnapshot {
  std::map<std::string, uint64_t> file_sizes;
  std::set<std::string> record_ids;
  std::map<std::string, std::string> newest_html_capture;  // url → record id
  std::map<std::string, std::string> newest_html_date;
  std::map<std::string, std::string> newest_html_digest;  // url → WARC-Payload-Digest
};

ArchiveSnapshot Snapshot(const fs::path& archive) {
  ArchiveSnapshot s;
  for (const std::string& path : indexer::WarcFilesIn(archive.string())) {
    s.file_sizes[fs::path(path).filename().string()] = fs::file_size(path);
    archive::WarcReader reader(path);
    archive::WarcRecord rec;
    while (reader.Next(&rec)) {
      s.record_ids.insert(rec.RecordId());
      if (rec.Type() != "response") continue;
      auto http = archive::ParseHttpResponse(rec.block);
      if (!http || http->status != 200) continue;
      if (http->Header("Content-Type").value_or("").find("html") == std::string::npos) continue;
      std::string uri = rec.TargetUri();
      if (rec.Date() >= s.newest_html_date[uri]) {
        s.newest_html_date[uri] = rec.Date();
        s.newest_html_capture[uri] = rec.RecordId();
        s.newest_html_digest[uri] = rec.Get("WARC-Payload-Digest").value_or("");
      }
    }
  }
  return s;
}

class OpsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("vn_ops_" + std::to_string(getpid()));
    fs::remove_all(base_);
    site_ = base_ / "site";
    home_ = base_ / "home";
    fs::create_directories(base_);
    fs::copy(fs::path(VN_SOURCE_DIR) / "data/sample-site", site_, fs::copy_options::recursive);
    server_ = std::make_unique<support::SiteServer>(site_);
    host_ = "127.0.0.1:" + std::to_string(server_->Start());
    // Every page is due on every run (recrawl_hours = 0): each update revalidates them all.
    std::string toml = ReplaceAll(ReadFile(fs::path(VN_SOURCE_DIR) / "data/sample-sources.toml"),
                                  "SITE_HOST", host_);
    toml = ReplaceAll(toml, "recrawl_hours = 24", "recrawl_hours = 0");
    std::ofstream(base_ / "sources.toml") << toml;
    nlohmann::json manifest = nlohmann::json::parse(ReadFile(site_ / "_manifest.json"));
    for (const auto& a : manifest["articles"])
      article_paths_.push_back(a["path"].get<std::string>().substr(1));
  }
  void TearDown() override {
    server_->Stop();
    if (!HasFailure()) fs::remove_all(base_);
  }

  // Changes an article's body, as a department editing a published item does.
  void EditArticle(size_t n, int round) {
    fs::path p = site_ / article_paths_[n % article_paths_.size()];
    std::string html = ReadFile(p);
    // ASCII, so the edit reads the same in every page's encoding (some are windows-1258).
    std::string add = "<p>Cap nhat lan " + std::to_string(round) + ": bo sung thong tin.</p>";
    size_t at = html.find("</p>");
    ASSERT_NE(at, std::string::npos) << p;
    html.insert(at + 4, add);
    std::ofstream(p, std::ios::binary) << html;
    // A new mtime in a new second, so Last-Modified changes too.
    fs::last_write_time(p, fs::file_time_type::clock::now() + std::chrono::seconds(round));
  }

  // url → (record id, payload digest) of each document's capture.
  static std::map<std::string, std::pair<std::string, std::string>> DocumentCaptures(
      const fs::path& index) {
    Xapian::Database db(index.string());
    std::map<std::string, std::pair<std::string, std::string>> doc_capture;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      auto a = indexer::Article::FromJson(nlohmann::json::parse(db.get_document(*it).get_data()));
      EXPECT_TRUE(
          doc_capture.emplace(a.url, std::make_pair(a.warc_record_id, a.payload_digest)).second)
          << "two documents for " << a.url;
    }
    return doc_capture;
  }

  // The index holds one document per page that the first, uninterrupted run indexed (edits
  // change no page's kind), each built from the newest capture of its URL — or from an
  // earlier capture with the same payload, which a later identical one does not replace (a
  // page fetched by a killed run and again by the next is archived twice).
  void ExpectIndexMatchesArchive(const ArchiveSnapshot& snap, const std::string& when) {
    auto doc_capture = DocumentCaptures(home_ / "index");
    if (expected_urls_.empty())
      for (const auto& [url, record] : doc_capture) expected_urls_.insert(url);
    std::set<std::string> urls;
    for (const auto& [url, record] : doc_capture) urls.insert(url);
    EXPECT_EQ(urls, expected_urls_) << when;
    EXPECT_GE(urls.size(), article_paths_.size()) << when;
    for (const auto& [url, record] : doc_capture) {
      auto it = snap.newest_html_capture.find(url);
      ASSERT_NE(it, snap.newest_html_capture.end()) << when << ": no capture of " << url;
      const std::string& newest_digest = snap.newest_html_digest.at(url);
      if (it->second != record.first && newest_digest != record.second) {
        ADD_FAILURE() << when << ": " << url << " indexed from " << record.first << " ("
                      << record.second << "), newest is " << it->second << " (" << newest_digest
                      << ")";
      }
    }
  }

  fs::path base_, site_, home_;
  std::string host_;
  std::unique_ptr<support::SiteServer> server_;
  std::vector<std::string> article_paths_;
  std::set<std::string> expected_urls_;
};

TEST_F(OpsTest, UpdateIsIncrementalAndASecondRunWritesNothing) {
  RunResult first = RunVn(home_, {"update", "--sources", (base_ / "sources.toml").string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("pages indexed"), std::string::npos) << first.err;
  fs::path live = fs::canonical(home_ / "index");
  Xapian::rev rev = Xapian::Database(live.string()).get_revision();
  auto docs = Xapian::Database(live.string()).get_doccount();
  EXPECT_GE(docs, article_paths_.size());

  RunResult second = RunVn(home_, {"update"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find(" 0 pages indexed"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("not modified"), std::string::npos) << second.err;
  EXPECT_EQ(Xapian::Database(live.string()).get_revision(), rev) << "nothing new: no index commit";
  EXPECT_EQ(fs::canonical(home_ / "index"), live);

  // A changed page replaces its document, which keeps the earlier capture in its history.
  EditArticle(0, 1);
  RunResult third = RunVn(home_, {"update"});
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_NE(third.err.find(" 1 pages indexed"), std::string::npos) << third.err;
  Xapian::Database db(live.string());
  EXPECT_EQ(db.get_doccount(), docs);
  bool found = false;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    auto a = indexer::Article::FromJson(nlohmann::json::parse(db.get_document(*it).get_data()));
    if (a.url.find(article_paths_[0]) == std::string::npos) continue;
    found = true;
    ASSERT_EQ(a.history.size(), 1u);
    EXPECT_NE(a.history[0].record_id, a.warc_record_id);
    EXPECT_NE(a.history[0].payload_digest, a.payload_digest);
    EXPECT_NE(a.BodyText().find("Cap nhat lan 1"), std::string::npos) << a.BodyText();
  }
  EXPECT_TRUE(found);
  RunResult check = RunVn(home_, {"check"});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  ExpectIndexMatchesArchive(Snapshot(home_ / "archive"), "after edit");
}

TEST_F(OpsTest, ReindexSwitchesGenerationsAtomicallyAndSinceReextractsASlice) {
  ASSERT_EQ(RunVn(home_, {"update", "--sources", (base_ / "sources.toml").string()}).exit_code, 0);
  fs::path before = fs::canonical(home_ / "index");
  // A reader that opened the old generation keeps reading it across the switch.
  Xapian::Database reader(before.string());
  auto docs = reader.get_doccount();
  RunResult r = RunVn(home_, {"reindex"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  fs::path after = fs::canonical(home_ / "index");
  EXPECT_NE(before, after);
  EXPECT_EQ(Xapian::Database(after.string()).get_doccount(), docs);
  EXPECT_EQ(reader.get_doccount(), docs);
  EXPECT_TRUE(fs::exists(before)) << "the replaced generation stays for open readers";
  r = RunVn(home_, {"reindex", "--since", "2000-01-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(std::to_string(docs) + " pages indexed"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(before)) << "two switches later the oldest generation is removed";
  r = RunVn(home_, {"reindex", "--since", "2999"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(" 0 pages indexed"), std::string::npos) << "nothing that recent" << r.err;
  EXPECT_EQ(Xapian::Database((home_ / "index").string()).get_doccount(), docs);
  EXPECT_EQ(RunVn(home_, {"reindex", "--since", "last week"}).exit_code, 2);
  EXPECT_EQ(RunVn(home_, {"check"}).exit_code, 0);
}

TEST_F(OpsTest, ShardedIndexKeepsItsSplitThroughUpdateReindexAndCheck) {
  ASSERT_EQ(RunVn(home_, {"crawl", "--sources", (base_ / "sources.toml").string()}).exit_code, 0);
  RunResult r = RunVn(home_, {"index", "--shards", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(indexer::ReadShardSpec((home_ / "index").string()).count, 3u);
  auto docs = DocumentCaptures(home_ / "index");
  EXPECT_GE(docs.size(), article_paths_.size());
  EXPECT_EQ(RunVn(home_, {"check"}).exit_code, 0);
  EditArticle(1, 1);
  r = RunVn(home_, {"update"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(" 1 pages indexed"), std::string::npos) << r.err;
  r = RunVn(home_, {"reindex"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(indexer::ReadShardSpec((home_ / "index").string()).count, 3u)
      << "reindex keeps the split";
  EXPECT_EQ(DocumentCaptures(home_ / "index").size(), docs.size());
  r = RunVn(home_, {"reindex", "--since", "2000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(indexer::ReadShardSpec((home_ / "index").string()).count, 3u);
  r = RunVn(home_, {"check"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  ExpectIndexMatchesArchive(Snapshot(home_ / "archive"), "sharded");
}

TEST_F(OpsTest, CheckReadsWarcFilesImportedFromElsewhere) {
  ASSERT_EQ(RunVn(home_, {"crawl", "--sources", (base_ / "sources.toml").string()}).exit_code, 0);
  // Another home imports this crawl's WARC file from where it lies (as one would a wget or
  // Heritrix archive).
  fs::path external = base_ / "imported.warc.gz";
  fs::copy_file(indexer::WarcFilesIn((home_ / "archive").string()).front(), external);
  fs::path other = base_ / "other-home";
  RunResult r = RunVn(other, {"index", "--warc", external.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunVn(other, {"check"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 WARC file(s)"), std::string::npos) << r.err;
  fs::remove(external);
  r = RunVn(other, {"check"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find(external.string() + ":0: file the index was built from is missing"),
            std::string::npos)
      << r.err;
}

TEST_F(OpsTest, SecondWriterIsRefusedWithTheHolderAndReadersDoNotBlock) {
  ASSERT_EQ(RunVn(home_, {"update", "--sources", (base_ / "sources.toml").string()}).exit_code, 0);
  app::HomeLock lock(home_.string(), "update");
  for (const char* cmd : {"update", "reindex", "index", "crawl"}) {
    RunResult r = RunVn(home_, {cmd});
    EXPECT_EQ(r.exit_code, 3) << cmd << ": " << r.err;
    EXPECT_NE(r.err.find("locked by pid " + std::to_string(getpid()) + " since "),
              std::string::npos)
        << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
  }
  RunResult search = RunVn(home_, {"search", "Salavan"});
  EXPECT_EQ(search.exit_code, 0) << search.err;
  EXPECT_EQ(RunVn(home_, {"check"}).exit_code, 0);
}

TEST_F(OpsTest, CheckFindsCorruptionAndRepairRebuildsTheIndex) {
  ASSERT_EQ(RunVn(home_, {"update", "--sources", (base_ / "sources.toml").string()}).exit_code, 0);
  // An index whose document points at nothing: delete a WARC file the index was built from…
  // is data loss; instead make the index disagree by removing a document behind its back.
  {
    Xapian::WritableDatabase db((home_ / "index").string());
    db.delete_document(*db.postlist_begin(""));
    db.commit();
  }
  RunResult c = RunVn(home_, {"check"});
  EXPECT_EQ(c.exit_code, 4) << c.err;
  EXPECT_NE(c.err.find("is missing from the index"), std::string::npos) << c.err;
  EXPECT_NE(c.err.find(".warc.gz:"), std::string::npos) << "names file and offset: " << c.err;
  RunResult repair = RunVn(home_, {"check", "--repair"});
  EXPECT_EQ(repair.exit_code, 0) << repair.err;
  EXPECT_EQ(RunVn(home_, {"check"}).exit_code, 0);

  // A damaged WARC record: flip a byte inside the compressed data of the first file.
  std::string file = indexer::WarcFilesIn((home_ / "archive").string()).front();
  {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(fs::file_size(file) / 2));
    char byte = 0;
    f.read(&byte, 1);
    f.seekp(static_cast<std::streamoff>(fs::file_size(file) / 2));
    byte = static_cast<char>(byte ^ 0x5a);
    f.write(&byte, 1);
  }
  c = RunVn(home_, {"check"});
  EXPECT_EQ(c.exit_code, 4) << c.err;
  EXPECT_NE(c.err.find(file + ":"), std::string::npos) << c.err;
}

TEST_F(OpsTest, CrashAtRandomPointsNeverLosesACaptureOrBreaksTheIndex) {
  int runs = 50;
  if (const char* env = std::getenv("VN_CRASH_RUNS")) runs = std::max(1, std::atoi(env));
  std::mt19937 rng(20261128);
  const std::string sources = (base_ / "sources.toml").string();
  RunResult first = RunVn(home_, {"update", "--sources", sources});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  double typical = std::max(first.seconds, 0.05);
  ArchiveSnapshot previous = Snapshot(home_ / "archive");
  ExpectIndexMatchesArchive(previous, "first run");
  std::map<std::string, int> landed;  // where the kills landed, for the log
  for (int round = 1; round <= runs; ++round) {
    EditArticle(rng() % article_paths_.size(), round);
    const bool reindex = rng() % 4 == 0;
    int kill_ms =
        static_cast<int>(std::uniform_real_distribution<double>(0, 1.3)(rng) * typical * 1000);
    RunResult killed = RunVn(home_, {reindex ? "reindex" : "update"}, {kill_ms});
    std::string where = killed.exit_code != -1 ? "finished" : reindex ? "reindex" : "update";
    bool open_file = false;
    for (const auto& e : fs::directory_iterator(home_ / "archive"))
      open_file |= e.path().extension() == ".open";
    if (killed.exit_code == -1 && open_file) where += " (WARC file open)";
    if (killed.exit_code == -1 && fs::exists(home_ / "indexes"))
      for (const auto& e : fs::directory_iterator(home_ / "indexes"))
        if (fs::exists(e.path() / "BUILDING")) where += " (generation being built)";
    ++landed[where];
    std::string label = "round " + std::to_string(round) + " (" + where + " after " +
                        std::to_string(kill_ms) + " ms)";

    RunResult next = RunVn(home_, {"update"});
    ASSERT_EQ(next.exit_code, 0) << label << ": " << next.err;
    if (!reindex) typical = std::max(0.05, (typical * 3 + next.seconds) / 4);
    RunResult check = RunVn(home_, {"check"});
    ASSERT_EQ(check.exit_code, 0) << label << ": " << check.err;
    ArchiveSnapshot now = Snapshot(home_ / "archive");
    for (const auto& [file, size] : previous.file_sizes) {
      auto it = now.file_sizes.find(file);
      ASSERT_NE(it, now.file_sizes.end()) << label << ": closed file " << file << " vanished";
      EXPECT_EQ(it->second, size) << label << ": closed file " << file << " changed";
    }
    for (const auto& id : previous.record_ids)
      ASSERT_TRUE(now.record_ids.count(id)) << label << ": record " << id << " lost";
    ExpectIndexMatchesArchive(now, label);
    if (HasFailure()) return;
    previous = std::move(now);
  }
  // What the runs left equals what a rebuild from the archive gives.
  auto live = DocumentCaptures(home_ / "index");
  RunResult rebuilt = RunVn(home_, {"reindex"});
  ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
  EXPECT_EQ(DocumentCaptures(home_ / "index"), live);
  std::string summary;
  for (const auto& [where, n] : landed) summary += " " + where + ": " + std::to_string(n) + ";";
  std::printf("crash loop: %d runs;%s\n", runs, summary.c_str());
}

TEST_F(OpsTest, FullDiskStopsCleanlyAndTheNextRunCompletes) {
  const std::string sources = (base_ / "sources.toml").string();
  // The crawl stops when its state or archive cannot grow.
  RunOptions o;
  o.file_size_limit = 20000;
  RunResult r = RunVn(home_, {"update", "--sources", sources}, o);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(home_.string()), std::string::npos) << "names the file: " << r.err;
  EXPECT_EQ(r.err.find("rollback"), std::string::npos) << r.err;
  RunResult again = RunVn(home_, {"update"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(RunVn(home_, {"check"}).exit_code, 0);
  ExpectIndexMatchesArchive(Snapshot(home_ / "archive"), "after a full disk in the crawl");

  // A rebuild that runs out of space leaves the live index as it was.
  fs::path live = fs::canonical(home_ / "index");
  auto before = DocumentCaptures(home_ / "index");
  o.file_size_limit = 60000;
  r = RunVn(home_, {"reindex"}, o);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
  EXPECT_EQ(fs::canonical(home_ / "index"), live);
  EXPECT_EQ(DocumentCaptures(home_ / "index"), before);
  EXPECT_EQ(RunVn(home_, {"check"}).exit_code, 0);
  r = RunVn(home_, {"reindex"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("removed old index generation"), std::string::npos)
      << "the abandoned build is cleaned up: " << r.err;
  EXPECT_EQ(DocumentCaptures(home_ / "index"), before);
}

TEST_F(OpsTest, UnwritableHomeIsAClearUsageError) {
  if (geteuid() != 0) {
    fs::create_directories(home_);
    fs::permissions(home_, fs::perms::owner_read | fs::perms::owner_exec);
  } else {
    fs::create_directories(home_);  // owned by root, 0755: nobody cannot write it
  }
  RunOptions o;
  if (geteuid() == 0) o.uid = 65534;
  fs::permissions(base_, fs::perms::all, fs::perm_options::add);
  RunResult r = RunVn(home_, {"update", "--sources", (base_ / "sources.toml").string()}, o);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find(home_.string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Permission denied"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  fs::permissions(home_, fs::perms::owner_all);
}

}  // namespace
}  // namespace vn
