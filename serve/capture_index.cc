#include "serve/capture_index.h"

#include <filesystem>

#include "archive/warc_reader.h"
#include "crawler/url.h"

namespace vn::serve {

namespace fs = std::filesystem;

namespace {

bool IsWarcName(const std::string& name) {
  auto ends = [&](const char* s) {
    std::string_view suffix(s);
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends(".warc") || ends(".warc.gz") || ends(".warc.gz.open") || ends(".warc.open");
}

// A WARC-Date's first 14 digits (YYYYMMDDhhmmss) as one number: differences are not
// seconds, but they order captures by distance in time, which is all Find needs.
int64_t DateKey(const std::string& d) {
  int64_t v = 0;
  int digits = 0;
  for (char c : d) {
    if (c >= '0' && c <= '9' && digits < 14) {
      v = v * 10 + (c - '0');
      ++digits;
    }
  }
  for (; digits < 14; ++digits) v *= 10;
  return v;
}

}  // namespace

CaptureIndex::CaptureIndex(std::string archive_dir, int recheck_seconds)
    : archive_dir_(std::move(archive_dir)), recheck_(recheck_seconds) {}

void CaptureIndex::AddFile(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& f : extra_files_)
    if (f == path) return;
  extra_files_.push_back(path);
  checked_ = {};
}

std::optional<CaptureRef> CaptureIndex::Find(const std::string& url, const std::string& near_date) {
  auto key = crawler::Canonicalize(url);
  if (!key) return std::nullopt;
  std::lock_guard<std::mutex> lock(mu_);
  RefreshLocked();
  auto it = by_url_.find(*key);
  if (it == by_url_.end() || it->second.empty()) return std::nullopt;
  const CaptureRef* best = &it->second.front();
  int64_t target = near_date.empty() ? INT64_MAX : DateKey(near_date);
  auto distance = [&](const CaptureRef& c) {
    int64_t k = DateKey(c.date);
    return k > target ? k - target : target - k;
  };
  for (const auto& c : it->second)
    if (distance(c) < distance(*best)) best = &c;
  return *best;
}

void CaptureIndex::RefreshLocked() {
  auto now = std::chrono::steady_clock::now();
  if (checked_ != std::chrono::steady_clock::time_point{} && now - checked_ < recheck_) return;
  checked_ = now;
  std::map<std::string, FileState> seen;
  std::error_code ec;
  std::vector<std::string> paths = extra_files_;
  if (fs::is_directory(archive_dir_, ec))
    for (const auto& e : fs::directory_iterator(archive_dir_, ec))
      if (e.is_regular_file(ec) && IsWarcName(e.path().filename().string()))
        paths.push_back(e.path().string());
  bool changed = false;
  for (const auto& p : paths) {
    FileState s;
    s.size = fs::file_size(p, ec);
    if (ec) continue;
    s.mtime = fs::last_write_time(p, ec).time_since_epoch().count();
    seen[p] = s;
    auto old = files_.find(p);
    if (old == files_.end() || old->second.size != s.size || old->second.mtime != s.mtime)
      changed = true;
  }
  if (!changed && seen.size() == files_.size()) return;
  // A file that changed may have been rewritten, and a ".open" file is renamed when closed:
  // rebuilding from every file is the simple way to keep locations exact.
  by_url_.clear();
  files_ = std::move(seen);
  for (const auto& [path, state] : files_) ScanLocked(path);
}

void CaptureIndex::ScanLocked(const std::string& path) {
  try {
    archive::WarcReader reader(path);
    reader.set_problem_callback([](const archive::WarcProblem&) {});  // damaged: not replayed
    archive::WarcRecord record;
    archive::WarcLocation where;
    while (reader.Next(&record, &where)) {
      std::string type = record.Type();
      if (type != "response" && type != "resource") continue;
      std::string uri = record.TargetUri();
      auto key = crawler::Canonicalize(uri);
      if (!key) continue;
      // A closed file's records are read back under its final name.
      if (where.file.size() > 5 && where.file.compare(where.file.size() - 5, 5, ".open") == 0)
        where.file.resize(where.file.size() - 5);
      by_url_[*key].push_back({where, record.Date(), uri});
    }
  } catch (const std::exception&) {
    // An unreadable file holds nothing to replay; the page that needs it shows as missing.
  }
}

}  // namespace vn::serve
