// CaptureIndex: which captures of a URL the archive holds, for replaying a page's images,
// style sheets and links from the archive. Built by reading the WARC files of the archive
// directory (response and resource records, keyed by canonical URL) and brought up to date
// when a file appears, grows or goes away (checked at most every `recheck_seconds`; a
// change rebuilds the map from every file, under the lock: fine for an archive of
// thousands of records, slow for millions, where a CDX index written at crawl time would
// be the right source). Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "archive/warc_record.h"

namespace vn::serve {

struct CaptureRef {
  archive::WarcLocation where;
  std::string date;  // WARC-Date, ISO 8601 UTC
  std::string url;   // WARC-Target-URI as recorded
};

class CaptureIndex {
 public:
  explicit CaptureIndex(std::string archive_dir, int recheck_seconds = 2);

  // The capture of `url` closest in time to `near_date` (any WARC-Date-like string; empty:
  // the newest). nullopt when the URL was never captured or is not an http(s) URL.
  std::optional<CaptureRef> Find(const std::string& url, const std::string& near_date = "");

  // Also indexes `path`, a WARC outside the archive directory (an index built with
  // `index --warc` names such files).
  void AddFile(const std::string& path);

 private:
  struct FileState {
    uintmax_t size = 0;
    int64_t mtime = 0;
  };
  void RefreshLocked();
  void ScanLocked(const std::string& path);

  std::string archive_dir_;
  std::chrono::seconds recheck_;
  std::mutex mu_;
  std::chrono::steady_clock::time_point checked_{};
  std::map<std::string, FileState> files_;                 // path → what was read
  std::map<std::string, std::vector<CaptureRef>> by_url_;  // canonical URL → captures
  std::vector<std::string> extra_files_;
};

}  // namespace vn::serve
