// RunCrawl: one polite, resumable crawl run over a set of sources, writing every exchange
// to the WARC archive under `<home>/archive/` and the crawl state to `<home>/crawl.db`.
//
// What a run does: repairs the archive after a crash (Frontier::RecoverArchive); enqueues
// seeds and sitemaps; then, one request at a time, takes the next due URL whose host is
// free, fetches the host's robots.txt first (archived too, cached for the run), skips URLs
// robots.txt disallows, fetches with conditional headers when there is an earlier capture,
// and archives the result: a response record, or a revisit record for a 304
// (server-not-modified) or for a 200 whose payload digest equals the earlier capture's
// (identical-payload-digest). Links in HTML pages (and sitemap entries) within the
// source's scope are followed up to max_depth; redirects are recorded hop by hop and
// followed within scope, cut after 10 hops. Requests to one host are spaced by the larger
// of the source's delay and robots.txt Crawl-delay; 429/503 answers back off for their
// Retry-After; network errors and 5xx are retried a bounded number of times.
// A URL is marked done only after its record is written, so a run killed at any moment
// loses nothing it had archived and the next run continues where it stopped.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/error.h"
#include "crawler/fetcher.h"
#include "crawler/sources.h"

namespace vn::crawler {

struct CrawlOptions {
  std::string home;                            // data home; created if missing
  std::vector<Source> sources;                 // from LoadSources or {AdHocSource(url)}
  std::string user_agent = kDefaultUserAgent;  // a source's user_agent overrides it
  // One self-updating progress line on stderr (only when stderr is a terminal) instead of
  // a log line per fetch; failures, retries and robots blocks are still logged.
  bool progress = false;
  int max_pages = 0;   // > 0: overrides every source's max_pages (fetches per run)
  int delay_ms = -1;   // >= 0: overrides every source's delay_ms
  int max_depth = -1;  // >= 0: overrides every source's max_depth

  // Tuning; the defaults suit real sites, tests shrink them.
  FetchOptions fetch;
  int max_attempts = 3;             // tries per URL per run for network errors and 5xx/429
  int retry_backoff_ms = 30000;     // wait before the first retry; doubles each time
  int max_retry_after_s = 3600;     // longest Retry-After honoured (longer is capped)
  int max_crawl_delay_s = 120;      // longest robots.txt Crawl-delay honoured
  int max_wait_ms = 5 * 60 * 1000;  // a run ends rather than sleep longer for the next URL
  int max_redirects = 10;           // redirect hops followed from one URL

  // Receives log lines (no trailing newline). Default: written to stderr.
  std::function<void(const std::string&)> log;
};

struct CrawlSummary {
  int64_t pages = 0;                      // responses archived (any status, robots.txt included)
  int64_t bytes = 0;                      // bytes of those responses as received
  int64_t not_modified = 0;               // 304 answers archived as server-not-modified revisits
  int64_t unchanged = 0;                  // 200 answers identical to the last capture (revisits)
  int64_t redirects = 0;                  // 3xx responses archived
  int64_t errors = 0;                     // URLs that failed for this run
  int64_t robots_blocked = 0;             // URLs not fetched because robots.txt disallows them
  int64_t deferred = 0;                   // URLs left queued for a later run (backoff, page limit)
  std::vector<std::string> failed_urls;   // "URL: reason", one per failed URL
  std::vector<std::string> recovery_log;  // what crash repair did, if anything

  // kPartial when some URLs failed, kOk otherwise.
  ExitCode exit_code() const { return errors > 0 ? ExitCode::kPartial : ExitCode::kOk; }
  std::string ToString() const;  // one line for the end of `vnarchive crawl`
};

// Runs the crawl. Throws vn::Error for what stops the whole run: kUsage (no sources,
// home not writable), kLocked (crawl.db busy), kCorrupt (archive cannot be written).
CrawlSummary RunCrawl(const CrawlOptions& options);

}  // namespace vn::crawler
