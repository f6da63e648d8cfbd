// Frontier: the crawl state in SQLite (`<home>/crawl.db`, WAL mode): one row per canonical
// URL with its source, depth, schedule, last fetch outcome, validators (ETag,
// Last-Modified), payload digest and where its capture lives in the WARC archive; plus
// one row per host origin with the time it may next be contacted.
// Promises: a URL is stored once (de-duplication on the canonical URL); a URL counts as
// captured ("done") only when MarkCaptured is called, which the crawler does after the WARC
// record is written, so a crash never loses a capture the frontier believes in; and
// RecoverArchive repairs the archive directory after a crash (see there). A URL fetched
// in the current run (since BeginRun) is never handed out again in that run.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

struct sqlite3;

namespace vn::crawler {

struct FrontierUrl {
  std::string url;     // canonical
  std::string source;  // Source::name
  std::string origin;  // "scheme://host[:port]"
  int depth = 0;
  int priority = 0;       // higher first
  int redirect_hops = 0;  // redirects followed to reach this URL
  int64_t next_due_ms = 0;
  std::string status;   // queued | done | failed | blocked
  int attempts = 0;     // failed attempts since the last success
  int last_status = 0;  // last HTTP status (0: no response)
  std::string etag;
  std::string last_modified;
  std::string payload_digest;  // WARC-Payload-Digest of the capture ("sha1:...")
  std::string warc_record_id;  // the response record holding the capture
  std::string warc_file;       // file name inside the archive directory
  int64_t warc_offset = -1;
  std::string warc_date;   // WARC-Date of the capture
  int64_t fetched_ms = 0;  // when the last fetch finished (0: never)
  std::string error;       // last error, one line
};

// Where and what a capture is, for MarkCaptured.
struct Capture {
  int http_status = 0;
  std::string etag;
  std::string last_modified;
  std::string payload_digest;
  std::string warc_record_id;
  std::string warc_file;
  int64_t warc_offset = -1;
  std::string warc_date;
};

class Frontier {
 public:
  // Opens or creates the database. Throws vn::Error: kLocked when another process holds
  // it, kCorrupt when the file is not a usable database.
  explicit Frontier(const std::string& db_path);
  ~Frontier();
  Frontier(const Frontier&) = delete;
  Frontier& operator=(const Frontier&) = delete;

  // Inserts `url` (must be canonical) unless present. Returns true when it was new. An
  // existing row keeps its state but takes the smaller depth, so a page first found deep
  // and later linked from a seed is explored from the shallower place next time.
  bool Add(const std::string& url, const std::string& source, int depth, int priority,
           int redirect_hops = 0, int64_t due_ms = 0);

  // Starts a run at `now_ms`: rows fetched from then on are not handed out again.
  void BeginRun(int64_t now_ms);

  // The next URL that is due, whose host is available at `now_ms`, and whose source is in
  // `sources` (empty: any source): highest priority, then shallowest, then oldest.
  std::optional<FrontierUrl> NextDue(int64_t now_ms, const std::set<std::string>& sources = {});
  // Earliest time (ms) at which NextDue could return something; nullopt when nothing is
  // left to do in this run.
  std::optional<int64_t> NextWakeMs(const std::set<std::string>& sources = {});

  void SetHostAvailable(const std::string& origin, int64_t at_ms);
  int64_t HostAvailable(const std::string& origin);

  // A capture (response or revisit) is in the archive: the URL is done until `next_due_ms`.
  // A revisit passes the earlier capture's fields unchanged.
  void MarkCaptured(const std::string& url, const Capture& capture, int64_t now_ms,
                    int64_t next_due_ms);
  // A transient failure: try again at `retry_at_ms`; increments attempts.
  void MarkRetry(const std::string& url, int http_status, const std::string& error,
                 int64_t retry_at_ms);
  // A final failure for this run (or robots block: status "blocked").
  void MarkFailed(const std::string& url, int http_status, const std::string& error, int64_t now_ms,
                  int64_t next_due_ms, bool blocked = false);

  std::optional<FrontierUrl> Get(const std::string& url);
  std::vector<FrontierUrl> FailedUrls();
  int64_t CountByStatus(const std::string& status);

  // Groups the updates of one fetch (capture + discovered links) so a crash keeps all or
  // none of them.
  void BeginTransaction();
  void Commit();
  void Rollback();

  // A response record found in a crashed file for a URL the frontier does not yet count as
  // done (the process died between writing the record and recording it).
  struct Orphan {
    std::string url;
    Capture capture;
  };

  // Crash repair for `archive_dir`: every leftover "*.warc.gz.open" is read with
  // WarcReader, cut after its last whole record and renamed to "*.warc.gz" (an empty one is
  // removed, one that is not WARC at all is renamed "*.warc.gz.damaged"). Then every "done"
  // row whose record is not in a closed file is put back in the queue, so it is simply
  // fetched again. Response records in the recovered files for URLs not marked done are
  // returned in `orphans` (the caller adopts them rather than fetch them twice). Returns the
  // number of rows re-queued; `log` gets one line per repair.
  int RecoverArchive(const std::string& archive_dir, std::vector<std::string>* log = nullptr,
                     std::vector<Orphan>* orphans = nullptr);

 private:
  void Exec(const char* sql);
  sqlite3* db_ = nullptr;
  std::string path_;
  int64_t run_start_ms_ = 0;
};

}  // namespace vn::crawler
