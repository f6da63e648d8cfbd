#include "app/home_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "common/error.h"

namespace vn::app {

namespace {

std::string ReadAll(int fd) {
  std::string out;
  char buf[512];
  if (lseek(fd, 0, SEEK_SET) < 0) return out;
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0 && out.size() < 4096) out.append(buf, n);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

HomeLock::HomeLock(const std::string& home, const std::string& command) : path_(home + "/lock") {
  std::error_code ec;
  std::filesystem::create_directories(home, ec);
  fd_ = open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw UsageError(path_ + ": cannot create the lock file: " + std::strerror(errno));
  if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    std::string holder = ReadAll(fd_);
    close(fd_);
    fd_ = -1;
    if (err == EWOULDBLOCK)
      throw Error(ExitCode::kLocked,
                  home + ": locked by " + (holder.empty() ? "another process" : holder));
    throw UsageError(path_ + ": cannot lock: " + std::strerror(err));
  }
  // We hold the lock, so whoever the file names is gone: its lock died with it.
  taken_over_ = ReadAll(fd_);
  std::string me =
      "pid " + std::to_string(getpid()) + " since " + NowUtc() + " (" + command + ")\n";
  // A failure here (disk full) leaves the lock held, only the note for others unwritten.
  [[maybe_unused]] int rc = ftruncate(fd_, 0);
  [[maybe_unused]] ssize_t n = pwrite(fd_, me.data(), me.size(), 0);
}

HomeLock::~HomeLock() {
  if (fd_ < 0) return;
  // Leave the file (removing it would race with a writer that just opened it); an empty
  // file means "free".
  [[maybe_unused]] int rc = ftruncate(fd_, 0);
  close(fd_);
}

}  // namespace vn::app
