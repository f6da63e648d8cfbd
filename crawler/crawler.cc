#include "crawler/crawler.h"

#include <curl/curl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "archive/digest.h"
#include "archive/http_message.h"
#include "archive/warc_reader.h"
#include "archive/warc_record.h"
#include "archive/warc_writer.h"
#include "crawler/frontier.h"
#include "crawler/links.h"
#include "crawler/robots_rules.h"
#include "crawler/sitemap.h"
#include "crawler/url.h"

namespace vn::crawler {
namespace {

namespace fs = std::filesystem;

constexpr int kSeedPriority = 10;
constexpr int kSitemapPriority = 9;
constexpr int kRedirectPriority = 8;
constexpr int kSitemapEntryPriority = 5;
constexpr int kRobotsRedirects = 5;  // RFC 9309 section 2.3.1.2
constexpr size_t kMaxDecodedBytes = 64u << 20;

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Retry-After is either delta-seconds or an HTTP-date.
std::optional<int64_t> RetryAfterMs(const FetchResult& r, int64_t now_ms) {
  auto v = r.Header("Retry-After");
  if (!v || v->empty()) return std::nullopt;
  bool digits = std::all_of(v->begin(), v->end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) return std::stoll(v->substr(0, 9)) * 1000;
  time_t t = curl_getdate(v->c_str(), nullptr);
  if (t < 0) return std::nullopt;
  return std::max<int64_t>(0, static_cast<int64_t>(t) * 1000 - now_ms);
}

std::string StatusLine(const FetchResult& r) {
  size_t eol = r.head.find_first_of("\r\n");
  return r.head.substr(0, eol);
}

struct SourceState {
  const Source* source = nullptr;
  int fetched = 0;
  int max_pages = 0;
  int delay_ms = 0;
  int max_depth = 0;
};

struct HostState {
  RobotsRules rules = RobotsRules::AllowAll("");
  bool robots_known = false;
  int delay_ms = 0;
};

class Crawl {
 public:
  explicit Crawl(const CrawlOptions& o)
      : opt_(o),
        archive_dir_((fs::path(o.home) / "archive").string()),
        frontier_(PrepareHome(o)),
        fetcher_(o.fetch),
        progress_(o.progress && ::isatty(STDERR_FILENO)) {}

  CrawlSummary Run();

 private:
  static std::string PrepareHome(const CrawlOptions& o) {
    if (o.home.empty()) throw UsageError("crawl: no data home given");
    if (o.sources.empty()) throw UsageError("crawl: no sources to crawl");
    std::error_code ec;
    fs::create_directories(fs::path(o.home) / "archive", ec);
    if (ec) throw UsageError(o.home + ": cannot create data home: " + ec.message());
    return (fs::path(o.home) / "crawl.db").string();
  }

  // `verbose` lines (one per fetch) are left out when the progress line shows the same.
  void Log(const std::string& line, bool verbose = false) {
    if (progress_) {
      if (verbose) return;
      // Log lines interrupt the progress line; it is redrawn on the next fetch.
      std::fprintf(stderr, "\r\033[K%s\n", line.c_str());
      return;
    }
    if (opt_.log) {
      opt_.log(line);
    } else {
      std::fprintf(stderr, "%s\n", line.c_str());
    }
  }
  void Progress(const std::string& url) {
    if (!progress_) return;
    std::string u = url.size() > 60 ? url.substr(0, 57) + "..." : url;
    std::fprintf(stderr, "\r\033[K%lld fetched, %lld unchanged, %lld errors, %lld blocked  %s",
                 static_cast<long long>(summary_.pages),
                 static_cast<long long>(summary_.not_modified + summary_.unchanged),
                 static_cast<long long>(summary_.errors),
                 static_cast<long long>(summary_.robots_blocked), u.c_str());
    std::fflush(stderr);
  }

  void EnqueueSources();
  void EnsureRobots(const std::string& origin, SourceState& src);
  void Process(const FrontierUrl& row, SourceState& src);
  void HandleFetchFailure(const FrontierUrl& row, SourceState& src, const FetchResult& r,
                          const std::string& error, std::optional<int64_t> wait_ms);
  void Fail(const FrontierUrl& row, int status, const std::string& error);
  Capture ArchiveResponse(const std::string& url, const std::string& date, const FetchResult& r,
                          std::string* payload_digest);
  void FollowContent(const FrontierUrl& row, SourceState& src, const FetchResult& r);
  void RecordCapture(const FrontierUrl& row, SourceState& src, const FetchResult& r,
                     const Capture& c, int64_t now, int64_t next_due);
  void AdoptOrphans(const std::vector<Frontier::Orphan>& orphans);
  archive::WarcWriter& Writer() {
    if (!writer_) {
      archive::WarcWriterOptions wo;
      wo.directory = archive_dir_;
      wo.operator_info = "vnarchive crawler";
      writer_ = std::make_unique<archive::WarcWriter>(wo);
    }
    return *writer_;
  }
  HostState& Host(const std::string& origin, const SourceState& src) {
    HostState& h = hosts_[origin];
    h.delay_ms = std::max(h.delay_ms, src.delay_ms);
    return h;
  }
  std::string UserAgent(const SourceState& src) const {
    return src.source->user_agent.empty() ? opt_.user_agent : src.source->user_agent;
  }

  const CrawlOptions& opt_;
  std::string archive_dir_;
  Frontier frontier_;
  Fetcher fetcher_;
  std::unique_ptr<archive::WarcWriter> writer_;
  std::map<std::string, SourceState> sources_;
  std::map<std::string, HostState> hosts_;
  std::set<std::string> sitemap_urls_;
  CrawlSummary summary_;
  bool progress_;
};

void Crawl::EnqueueSources() {
  for (const Source& s : opt_.sources) {
    SourceState st;
    st.source = &s;
    st.max_pages = opt_.max_pages > 0 ? opt_.max_pages : s.max_pages;
    st.delay_ms = opt_.delay_ms >= 0 ? opt_.delay_ms : s.delay_ms;
    st.max_depth = opt_.max_depth >= 0 ? opt_.max_depth : s.max_depth;
    sources_[s.name] = st;
    for (const std::string& seed : s.seeds) frontier_.Add(seed, s.name, 0, kSeedPriority);
    for (const std::string& sm : s.sitemaps) {
      sitemap_urls_.insert(sm);
      frontier_.Add(sm, s.name, 0, kSitemapPriority);
    }
  }
}

// Fetches robots.txt for `origin` (following up to 5 redirects), archives each answer and
// caches the rules for the run. Robots sitemaps within scope are enqueued.
void Crawl::EnsureRobots(const std::string& origin, SourceState& src) {
  HostState& host = Host(origin, src);
  if (host.robots_known) return;
  host.robots_known = true;
  std::string url = origin + "/robots.txt";
  const std::string agent = UserAgent(src);
  int status = 0;
  std::string body;
  for (int hop = 0; hop <= kRobotsRedirects; ++hop) {
    const std::string date = archive::WarcDateNow();
    FetchResult r = fetcher_.Get({url, agent, "", ""});
    if (!r.ok) {
      Log("robots " + url + ": " + r.error);
      status = 0;
      break;
    }
    std::string digest;
    ArchiveResponse(url, date, r, &digest);
    status = r.status;
    if (r.status >= 300 && r.status < 400) {
      auto next = r.Header("Location") ? Resolve(url, *r.Header("Location")) : std::nullopt;
      if (!next) {
        status = 404;  // a redirect to nowhere: treat as unavailable
        break;
      }
      url = *next;
      continue;
    }
    if (auto parsed = archive::ParseHttpResponse(r.response())) body = parsed->body;
    break;
  }
  if (status >= 300 && status < 400) status = 404;
  host.rules = RobotsRules::FromFetch(status, body, ProductToken(agent));
  if (auto cd = host.rules.crawl_delay_seconds()) {
    int cd_ms = static_cast<int>(std::min<double>(*cd, opt_.max_crawl_delay_s) * 1000);
    host.delay_ms = std::max(host.delay_ms, cd_ms);
  }
  Log("robots " + origin + "/robots.txt: " + (status ? std::to_string(status) : "unreachable") +
      (host.rules.matched_agent().empty() ? "" : ", group " + host.rules.matched_agent()) +
      ", delay " + std::to_string(host.delay_ms) + " ms");
  for (const std::string& sm : host.rules.sitemaps()) {
    auto c = Canonicalize(sm);
    if (c && src.source->InScope(*c)) {
      sitemap_urls_.insert(*c);
      frontier_.Add(*c, src.source->name, 0, kSitemapPriority);
    }
  }
}

Capture Crawl::ArchiveResponse(const std::string& url, const std::string& date,
                               const FetchResult& r, std::string* payload_digest) {
  const std::string response = r.response();
  archive::WarcLocation where = Writer().WriteExchange(url, date, r.ip, r.request, response);
  // The writer flushes each record, so it can be read back for the ID and digest it chose.
  std::string path = where.file;
  if (!fs::exists(path)) path += ".open";
  archive::WarcRecord rec = archive::WarcReader::ReadAt(path, where.offset);
  Capture c;
  c.http_status = r.status;
  c.etag = r.Header("ETag").value_or("");
  c.last_modified = r.Header("Last-Modified").value_or("");
  c.payload_digest = rec.Get("WARC-Payload-Digest").value_or("");
  c.warc_record_id = rec.RecordId();
  c.warc_file = fs::path(where.file).filename().string();
  c.warc_offset = static_cast<int64_t>(where.offset);
  c.warc_date = date;
  if (payload_digest) *payload_digest = c.payload_digest;
  ++summary_.pages;
  summary_.bytes += static_cast<int64_t>(response.size());
  return c;
}

void Crawl::Fail(const FrontierUrl& row, int status, const std::string& error) {
  int64_t now = NowMs();
  const Source* s = sources_.at(row.source).source;
  frontier_.MarkFailed(row.url, status, error, now,
                       now + static_cast<int64_t>(s->recrawl_hours) * 3600 * 1000);
  ++summary_.errors;
  summary_.failed_urls.push_back(row.url + ": " + error);
  Log("failed " + row.url + ": " + error);
}

void Crawl::HandleFetchFailure(const FrontierUrl& row, SourceState& src, const FetchResult& r,
                               const std::string& error, std::optional<int64_t> wait_ms) {
  if (row.attempts + 1 >= opt_.max_attempts) {
    Fail(row, r.status, error + " (after " + std::to_string(row.attempts + 1) + " attempts)");
    return;
  }
  int64_t now = NowMs();
  int64_t wait = wait_ms.value_or(static_cast<int64_t>(opt_.retry_backoff_ms) << row.attempts);
  frontier_.MarkRetry(row.url, r.status, error, now + wait);
  Log("retry " + row.url + " in " + std::to_string(wait) + " ms: " + error);
}

void Crawl::FollowContent(const FrontierUrl& row, SourceState& src, const FetchResult& r) {
  if (r.status < 200 || r.status >= 300) return;
  const std::string content_type = r.Header("Content-Type").value_or("");
  const bool is_sitemap = sitemap_urls_.count(row.url) > 0;
  const bool xml = content_type.find("xml") != std::string::npos;
  const bool html_type = LooksLikeHtml(content_type, "");
  // Images, PDFs, ...: archived, not parsed.
  if (!is_sitemap && !xml && !html_type && !content_type.empty()) return;
  auto parsed = archive::ParseHttpResponse(r.response());
  if (!parsed || parsed->body.size() > kMaxDecodedBytes) return;
  const std::string& body = parsed->body;
  const bool sitemap_xml = xml && (body.find("<urlset") != std::string::npos ||
                                   body.find("<sitemapindex") != std::string::npos);
  if (is_sitemap || sitemap_xml) {
    Sitemap sm = ParseSitemap(body);
    if (!sm.error.empty()) {
      Log("sitemap " + row.url + ": " + sm.error);
      return;
    }
    int added = 0;
    for (const std::string& child : sm.sitemaps) {
      if (!src.source->InScope(child)) continue;
      sitemap_urls_.insert(child);
      added += frontier_.Add(child, row.source, row.depth, kSitemapPriority);
    }
    for (const std::string& page : sm.pages) {
      if (!src.source->InScope(page)) continue;
      added += frontier_.Add(page, row.source, row.depth, kSitemapEntryPriority);
    }
    Log("sitemap " + row.url + ": " + std::to_string(sm.pages.size()) + " pages, " +
            std::to_string(sm.sitemaps.size()) + " sitemaps, " + std::to_string(added) + " new",
        true);
    return;
  }
  if (!html_type && !(content_type.empty() && LooksLikeHtml("", body))) return;
  if (row.depth >= src.max_depth) return;
  for (const std::string& link : ExtractLinks(body, row.url)) {
    if (src.source->InScope(link)) frontier_.Add(link, row.source, row.depth + 1, 0);
  }
}

void Crawl::Process(const FrontierUrl& row, SourceState& src) {
  auto parts = SplitUrl(row.url);
  if (!parts) {
    Fail(row, 0, "not an http(s) URL");
    return;
  }
  HostState& host = Host(parts->origin, src);
  if (!host.robots_known) {
    EnsureRobots(parts->origin, src);
    // The robots.txt request used this host's turn; the URL waits for the next one.
    frontier_.SetHostAvailable(parts->origin, NowMs() + host.delay_ms);
    return;
  }
  RobotsDecision d = host.rules.Decide(parts->path_and_query);
  if (!d.allowed && d.line == 0) {
    // No rule decided: robots.txt was unreachable or answered 5xx, so the whole host is
    // off limits for this run (RFC 9309). That is the site failing, not a site rule.
    Fail(row, 0, d.reason);
    return;
  }
  if (!d.allowed) {
    int64_t now = NowMs();
    std::string why =
        "robots.txt: " + (d.line ? "line " + std::to_string(d.line) + ": " + d.rule : d.reason);
    frontier_.MarkFailed(row.url, 0, why, now,
                         now + static_cast<int64_t>(src.source->recrawl_hours) * 3600 * 1000,
                         /*blocked=*/true);
    ++summary_.robots_blocked;
    Log("blocked " + row.url + " (" + why + ")");
    return;
  }

  FetchRequest req{row.url, UserAgent(src), "", ""};
  bool have_capture = !row.warc_record_id.empty();
  if (have_capture) {
    req.if_none_match = row.etag;
    req.if_modified_since = row.last_modified;
  }
  const std::string date = archive::WarcDateNow();
  Progress(row.url);
  FetchResult r = fetcher_.Get(req);
  ++src.fetched;
  int64_t now = NowMs();
  frontier_.SetHostAvailable(parts->origin, now + host.delay_ms);
  const int64_t next_due = now + static_cast<int64_t>(src.source->recrawl_hours) * 3600 * 1000;

  if (!r.ok) {
    HandleFetchFailure(row, src, r, r.error, std::nullopt);
    return;
  }
  if (r.status == 429 || r.status == 503) {
    std::optional<int64_t> wait = RetryAfterMs(r, now);
    if (wait) {
      wait = std::min<int64_t>(*wait, static_cast<int64_t>(opt_.max_retry_after_s) * 1000);
      // Retry-After speaks for the whole host, not just this URL.
      frontier_.SetHostAvailable(parts->origin, now + std::max<int64_t>(*wait, host.delay_ms));
    }
    HandleFetchFailure(row, src, r, "HTTP " + StatusLine(r), wait);
    return;
  }
  if (r.status >= 500) {
    HandleFetchFailure(row, src, r, "HTTP " + StatusLine(r), std::nullopt);
    return;
  }

  if (r.status == 304 && have_capture) {
    Writer().WriteRevisit(row.url, date, "server-not-modified", row.warc_record_id, row.url,
                          row.warc_date, row.payload_digest, r.head);
    Capture c{row.last_status,
              r.Header("ETag").value_or(row.etag),
              r.Header("Last-Modified").value_or(row.last_modified),
              row.payload_digest,
              row.warc_record_id,
              row.warc_file,
              row.warc_offset,
              row.warc_date};
    frontier_.MarkCaptured(row.url, c, now, next_due);
    ++summary_.not_modified;
    Log("304 " + row.url + " (not modified, revisit)", true);
    return;
  }

  if (r.status == 200 && have_capture && !row.payload_digest.empty()) {
    auto payload = archive::HttpPayload(r.response());
    if (payload && archive::Sha1Digest(*payload) == row.payload_digest) {
      Writer().WriteRevisit(row.url, date, "identical-payload-digest", row.warc_record_id, row.url,
                            row.warc_date, row.payload_digest, r.head);
      Capture c{200,
                r.Header("ETag").value_or(""),
                r.Header("Last-Modified").value_or(""),
                row.payload_digest,
                row.warc_record_id,
                row.warc_file,
                row.warc_offset,
                row.warc_date};
      frontier_.MarkCaptured(row.url, c, now, next_due);
      ++summary_.unchanged;
      Log("200 " + row.url + " (unchanged, revisit)", true);
      return;
    }
  }

  Capture c = ArchiveResponse(row.url, date, r, nullptr);
  Log(std::to_string(r.status) + " " + row.url + " (" + std::to_string(r.body.size()) + " bytes)",
      true);
  RecordCapture(row, src, r, c, now, next_due);
}

// The capture and everything learnt from it (redirect target, links, sitemap entries) are
// committed together, after the WARC record is written: a crash in between leaves the URL
// to be adopted from the archive (see AdoptOrphans) or fetched again, never half-done.
void Crawl::RecordCapture(const FrontierUrl& row, SourceState& src, const FetchResult& r,
                          const Capture& c, int64_t now, int64_t next_due) {
  frontier_.BeginTransaction();
  try {
    frontier_.MarkCaptured(row.url, c, now, next_due);
    if (r.status >= 300 && r.status < 400 && r.status != 304) {
      ++summary_.redirects;
      auto location = r.Header("Location");
      auto target = location ? Resolve(row.url, *location) : std::nullopt;
      if (!target) {
        Log("redirect " + row.url + ": no usable Location");
      } else if (row.redirect_hops + 1 > opt_.max_redirects) {
        Fail(row, r.status,
             "redirect chain longer than " + std::to_string(opt_.max_redirects) +
                 " hops, not following " + *target);
      } else if (!src.source->InScope(*target)) {
        Log("redirect " + row.url + " -> " + *target + " leaves the source's scope; not followed");
      } else {
        frontier_.Add(*target, row.source, row.depth, kRedirectPriority, row.redirect_hops + 1);
      }
    } else if (r.status >= 400) {
      // The answer is archived (it is what the site said) but the URL failed.
      Fail(row, r.status, "HTTP " + StatusLine(r));
    } else {
      FollowContent(row, src, r);
    }
    frontier_.Commit();
  } catch (...) {
    frontier_.Rollback();
    throw;
  }
}

// Response records a crashed run wrote but never recorded: take them as captures instead
// of fetching the pages again, and learn their links from the archived copy.
void Crawl::AdoptOrphans(const std::vector<Frontier::Orphan>& orphans) {
  for (const Frontier::Orphan& o : orphans) {
    auto row = frontier_.Get(o.url);
    auto it = sources_.find(row ? row->source : "");
    if (!row || it == sources_.end()) continue;
    archive::WarcRecord rec =
        archive::WarcReader::ReadAt((fs::path(archive_dir_) / o.capture.warc_file).string(),
                                    static_cast<uint64_t>(o.capture.warc_offset));
    auto head = archive::ParseHttpHead(rec.block);
    if (!head) continue;
    FetchResult r;
    r.ok = true;
    r.status = o.capture.http_status;
    r.head = rec.block.substr(0, head->body_offset);
    r.body = rec.block.substr(head->body_offset);
    r.headers = head->headers;
    int64_t now = NowMs();
    RecordCapture(*row, it->second, r, o.capture, now,
                  now + static_cast<int64_t>(it->second.source->recrawl_hours) * 3600 * 1000);
    Log("recover: adopted the archived capture of " + o.url);
  }
}

CrawlSummary Crawl::Run() {
  std::vector<Frontier::Orphan> orphans;
  frontier_.RecoverArchive(archive_dir_, &summary_.recovery_log, &orphans);
  for (const std::string& line : summary_.recovery_log) Log("recover: " + line);
  const int64_t start = NowMs();
  frontier_.BeginRun(start);
  EnqueueSources();
  AdoptOrphans(orphans);

  while (true) {
    std::set<std::string> active;
    for (const auto& [name, st] : sources_) {
      if (st.fetched < st.max_pages) active.insert(name);
    }
    if (active.empty()) break;
    int64_t now = NowMs();
    std::optional<FrontierUrl> row = frontier_.NextDue(now, active);
    if (!row) {
      std::optional<int64_t> wake = frontier_.NextWakeMs(active);
      if (!wake) break;
      int64_t wait = *wake - now;
      if (wait > opt_.max_wait_ms) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(std::max<int64_t>(wait, 1)));
      continue;
    }
    Process(*row, sources_.at(row->source));
  }
  if (progress_) std::fprintf(stderr, "\r\033[K");

  // What is still due but was not fetched waits for the next run.
  summary_.deferred = frontier_.CountByStatus("queued");
  if (writer_) writer_->Close();
  return summary_;
}

}  // namespace

std::string CrawlSummary::ToString() const {
  std::string s = "crawl: " + std::to_string(pages) + " responses archived (" +
                  std::to_string(bytes) + " bytes), " + std::to_string(not_modified) +
                  " not modified, " + std::to_string(unchanged) + " unchanged, " +
                  std::to_string(redirects) + " redirects, " + std::to_string(robots_blocked) +
                  " blocked by robots.txt, " + std::to_string(errors) + " failed";
  if (deferred > 0) s += ", " + std::to_string(deferred) + " left for the next run";
  return s;
}

CrawlSummary RunCrawl(const CrawlOptions& options) {
  Crawl crawl(options);
  return crawl.Run();
}

}  // namespace vn::crawler
