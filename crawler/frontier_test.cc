#include "crawler/frontier.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "archive/warc_reader.h"
#include "archive/warc_writer.h"
#include "common/error.h"

namespace vn::crawler {
namespace {

namespace fs = std::filesystem;

class FrontierTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vn_frontier_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "archive");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Db() const { return (dir_ / "crawl.db").string(); }
  fs::path dir_;
};

const char* kQt = "https://songoaivu.quangtri.gov.vn";
std::string Qt(const std::string& path) { return kQt + path; }

TEST_F(FrontierTest, DeduplicatesAndKeepsShallowestDepth) {
  Frontier f(Db());
  EXPECT_TRUE(f.Add(Qt("/tin-tuc/"), "qt", 3, 0));
  EXPECT_FALSE(f.Add(Qt("/tin-tuc/"), "qt", 5, 0));
  EXPECT_FALSE(f.Add(Qt("/tin-tuc/"), "qt", 1, 0));
  auto row = f.Get(Qt("/tin-tuc/"));
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->depth, 1);
  EXPECT_EQ(row->origin, kQt);
  EXPECT_EQ(row->status, "queued");
  EXPECT_EQ(f.CountByStatus("queued"), 1);
}

TEST_F(FrontierTest, PicksByPriorityAndRespectsHostAvailability) {
  Frontier f(Db());
  f.BeginRun(1000);
  f.Add(Qt("/a"), "qt", 1, 0);
  f.Add(Qt("/seed"), "qt", 0, 10);
  f.Add("https://ngoaivu.hue.gov.vn/b", "hue", 1, 0);
  EXPECT_EQ(f.NextDue(1000)->url, Qt("/seed"));
  f.SetHostAvailable(kQt, 5000);
  // Quảng Trị is resting: Huế's URL is next even with lower priority.
  EXPECT_EQ(f.NextDue(1000)->url, "https://ngoaivu.hue.gov.vn/b");
  // Restricted to the Quảng Trị source, nothing is due before 5000.
  EXPECT_FALSE(f.NextDue(1000, {"qt"}).has_value());
  EXPECT_EQ(f.NextWakeMs({"qt"}).value(), 5000);
  EXPECT_EQ(f.NextDue(5000, {"qt"})->url, Qt("/seed"));
}

TEST_F(FrontierTest, FetchedUrlsAreNotHandedOutTwiceInARun) {
  Frontier f(Db());
  f.BeginRun(1000);
  f.Add(Qt("/a"), "qt", 0, 0);
  Capture c;
  c.http_status = 200;
  c.warc_record_id = "<urn:uuid:1>";
  c.warc_file = "x.warc.gz";
  f.MarkCaptured(Qt("/a"), c, 1100, 1100);  // recrawl_hours = 0: due at once
  EXPECT_FALSE(f.NextDue(2000).has_value());
  EXPECT_FALSE(f.NextWakeMs().has_value());
  f.BeginRun(3000);  // the next run may fetch it again
  EXPECT_EQ(f.NextDue(3000)->url, Qt("/a"));
}

TEST_F(FrontierTest, RetriesThenFailures) {
  Frontier f(Db());
  f.BeginRun(1000);
  f.Add(Qt("/loi"), "qt", 0, 0);
  f.MarkRetry(Qt("/loi"), 503, "HTTP/1.1 503 Service Unavailable", 4000);
  auto row = f.Get(Qt("/loi"));
  EXPECT_EQ(row->attempts, 1);
  EXPECT_EQ(row->last_status, 503);
  EXPECT_FALSE(f.NextDue(3999).has_value());
  EXPECT_EQ(f.NextDue(4000)->url, Qt("/loi"));
  f.MarkFailed(Qt("/loi"), 0, "Connection reset", 4100, 9000);
  auto failed = f.FailedUrls();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].url, Qt("/loi"));
  EXPECT_EQ(failed[0].error, "Connection reset");
  EXPECT_EQ(failed[0].attempts, 0);
}

TEST_F(FrontierTest, StatePersistsAcrossReopen) {
  {
    Frontier f(Db());
    f.Add(Qt("/a"), "qt", 0, 0);
    Capture c{200,         "\"e1\"", "Mon, 25 May 2020 01:53:00 GMT", "sha1:ABC", "<urn:uuid:1>",
              "x.warc.gz", 123,      "2026-11-28T17:00:00Z"};
    f.MarkCaptured(Qt("/a"), c, 1000, 999999);
  }
  Frontier f(Db());
  auto row = f.Get(Qt("/a"));
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->status, "done");
  EXPECT_EQ(row->etag, "\"e1\"");
  EXPECT_EQ(row->payload_digest, "sha1:ABC");
  EXPECT_EQ(row->warc_offset, 123);
  EXPECT_EQ(row->next_due_ms, 999999);
}

TEST_F(FrontierTest, NotADatabaseIsCorrupt) {
  std::ofstream(Db()) << "this is not sqlite, it is a note about Quảng Trị\n";
  try {
    Frontier f(Db());
    FAIL() << "expected vn::Error";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), vn::ExitCode::kCorrupt) << e.what();
  }
}

// A crash leaves "x.warc.gz.open" with whole records and a torn tail. Recovery keeps the
// whole records, cuts the tail, renames the file, and re-queues URLs whose records were
// lost or whose file is gone.
TEST_F(FrontierTest, RecoverArchiveAfterCrash) {
  const std::string archive_dir = (dir_ / "archive").string();
  std::string open_copy;
  archive::WarcLocation kept, orphan, lost;
  {
    archive::WarcWriterOptions o;
    o.directory = archive_dir;
    o.fsync_on_close = false;
    archive::WarcWriter w(o);
    kept = w.WriteExchange(Qt("/a"), "2026-11-28T17:00:00Z", "127.0.0.1",
                           "GET /a HTTP/1.1\r\nHost: x\r\n\r\n",
                           "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    orphan = w.WriteExchange(
        Qt("/d"), "2026-11-28T17:00:00Z", "127.0.0.1", "GET /d HTTP/1.1\r\nHost: x\r\n\r\n",
        "HTTP/1.1 404 Not Found\r\nETag: \"d1\"\r\nContent-Length: 9\r\n\r\nkhong co!");
    lost = w.WriteExchange(Qt("/b"), "2026-11-28T17:00:01Z", "127.0.0.1",
                           "GET /b HTTP/1.1\r\nHost: x\r\n\r\n",
                           "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nworld");
    // Snapshot the open file as a crash would leave it, with the last member torn.
    open_copy = (dir_ / "archive" / "crashed-00000.warc.gz.open").string();
    fs::copy_file(lost.file + ".open", open_copy);
    fs::resize_file(open_copy, lost.offset + 20);
  }
  fs::remove(kept.file);  // only the crashed copy remains
  const std::string kept_id = archive::WarcReader::ReadAt(open_copy, kept.offset).RecordId();

  Frontier f(Db());
  f.Add(Qt("/a"), "qt", 0, 0);
  f.Add(Qt("/b"), "qt", 0, 0);
  f.Add(Qt("/c"), "qt", 0, 0);
  f.Add(Qt("/d"), "qt", 0, 0);  // its record was written, the frontier never heard of it
  f.MarkCaptured(
      Qt("/a"),
      {200, "", "", "", kept_id, "crashed-00000.warc.gz", static_cast<int64_t>(kept.offset), ""},
      1000, 1LL << 50);
  f.MarkCaptured(Qt("/b"),
                 {200, "", "", "", "<urn:uuid:lost>", "crashed-00000.warc.gz",
                  static_cast<int64_t>(lost.offset), ""},
                 1000, 1LL << 50);
  f.MarkCaptured(Qt("/c"), {200, "", "", "", "<urn:uuid:c>", "gone.warc.gz", 0, ""}, 1000,
                 1LL << 50);

  std::vector<std::string> log;
  std::vector<Frontier::Orphan> orphans;
  EXPECT_EQ(f.RecoverArchive(archive_dir, &log, &orphans), 2);
  ASSERT_EQ(orphans.size(), 1u);
  EXPECT_EQ(orphans[0].url, Qt("/d"));
  EXPECT_EQ(orphans[0].capture.http_status, 404);
  EXPECT_EQ(orphans[0].capture.etag, "\"d1\"");
  EXPECT_EQ(orphans[0].capture.warc_file, "crashed-00000.warc.gz");
  EXPECT_EQ(orphans[0].capture.warc_offset, static_cast<int64_t>(orphan.offset));
  EXPECT_EQ(orphans[0].capture.warc_date, "2026-11-28T17:00:00Z");
  EXPECT_EQ(orphans[0].capture.payload_digest.rfind("sha1:", 0), 0u);
  EXPECT_FALSE(fs::exists(open_copy));
  const std::string recovered = archive_dir + "/crashed-00000.warc.gz";
  ASSERT_TRUE(fs::exists(recovered));
  EXPECT_EQ(fs::file_size(recovered), lost.offset);

  EXPECT_EQ(f.Get(Qt("/a"))->status, "done");
  EXPECT_EQ(f.Get(Qt("/b"))->status, "queued");
  EXPECT_EQ(f.Get(Qt("/b"))->warc_record_id, "");
  EXPECT_EQ(f.Get(Qt("/c"))->status, "queued");

  // The recovered file reads cleanly to its end.
  archive::WarcReader reader(recovered);
  archive::WarcRecord rec;
  int n = 0;
  while (reader.Next(&rec)) ++n;
  EXPECT_EQ(n, 5);  // warcinfo + response and request of /a and /d
  EXPECT_TRUE(reader.problems().empty());
  ASSERT_FALSE(log.empty());

  // A second recovery finds nothing to do.
  EXPECT_EQ(f.RecoverArchive(archive_dir), 0);
}

}  // namespace
}  // namespace vn::crawler
