#include "indexer/index_ledger.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "common/error.h"

namespace vn::indexer {

namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool ParseU64(const std::string& s, uint64_t* v) {
  if (s.empty() || s.size() > 19) return false;
  uint64_t x = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    x = x * 10 + static_cast<uint64_t>(c - '0');
  }
  *v = x;
  return true;
}

}  // namespace

IndexLedger::IndexLedger(std::string index_dir) : path_(std::move(index_dir) + "/" + kFileName) {
  std::ifstream in(path_, std::ios::binary);
  if (!in) {
    if (access(path_.c_str(), F_OK) == 0)
      throw CorruptError(path_ + ": cannot read: " + std::strerror(errno));
    return;
  }
  // Record lines wait until their file's closing line: a file without one was not finished.
  std::map<std::string, std::vector<LedgerEntry>> pending;
  std::string line;
  while (std::getline(in, line)) {
    if (in.eof()) break;  // no newline: a torn last line
    std::vector<std::string> f = SplitTabs(line);
    uint64_t n = 0;
    if (f.size() == 5 && f[0] == "R" && ParseU64(f[2], &n)) {
      pending[f[1]].push_back({f[1], n, f[3], f[4]});
    } else if (f.size() == 3 && f[0] == "F" && ParseU64(f[2], &n)) {
      files_[f[1]] = n;
      for (auto& e : pending[f[1]]) entries_[{e.file, e.offset}] = std::move(e);
      pending.erase(f[1]);
    }
  }
}

bool IndexLedger::FileDone(const std::string& file, uint64_t size) const {
  auto it = files_.find(file);
  return it != files_.end() && it->second == size;
}

void IndexLedger::AppendFile(const std::string& file, uint64_t size,
                             const std::vector<LedgerEntry>& entries) {
  std::string text;
  for (const auto& e : entries)
    text += "R\t" + file + "\t" + std::to_string(e.offset) + "\t" + e.outcome + "\t" + e.id + "\n";
  text += "F\t" + file + "\t" + std::to_string(size) + "\n";
  int fd = open(path_.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) throw CorruptError(path_ + ": cannot open for writing: " + std::strerror(errno));
  off_t before = lseek(fd, 0, SEEK_END);
  // A line torn by a crash must not swallow the first line written now.
  char last = '\n';
  if (before > 0 && pread(fd, &last, 1, before - 1) == 1 && last != '\n') text.insert(0, "\n");
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = n < 0 ? errno : ENOSPC;
      // Cut what was written so the file never claims a partial record set.
      if (before >= 0) {
        [[maybe_unused]] int rc = ftruncate(fd, before);
      }
      close(fd);
      throw CorruptError(path_ + ": cannot write: " + std::strerror(err));
    }
    done += static_cast<size_t>(n);
  }
  if (fdatasync(fd) != 0) {
    int err = errno;
    close(fd);
    throw CorruptError(path_ + ": cannot sync: " + std::strerror(err));
  }
  close(fd);
  files_[file] = size;
  for (const auto& e : entries) entries_[{file, e.offset}] = e;
}

}  // namespace vn::indexer
