// HomeLock: one writer per data home. Holds flock(2) on <home>/lock for its lifetime and
// records "pid N since T (command)" in the file, so a second writer can say who holds it.
// The kernel drops a flock when its holder dies, so a lock left behind by a killed process
// is taken over at once (and said so) — never waited on, never broken by hand. Readers
// (search, show, serve) take no lock: they read the index as of its last commit.
#pragma once

#include <string>

namespace vn::app {

class HomeLock {
 public:
  // Creates the home directory when missing. Throws vn::Error(kLocked,
  // "<home>: locked by pid N since T (command)") when another process holds the lock, and
  // vn::Error(kUsage) when the lock file cannot be created (permissions, read-only disk).
  HomeLock(const std::string& home, const std::string& command);
  ~HomeLock();
  HomeLock(const HomeLock&) = delete;
  HomeLock& operator=(const HomeLock&) = delete;

  // When the lock file named a holder that is gone (killed or crashed): "pid N since T
  // (command)"; empty otherwise.
  const std::string& taken_over() const { return taken_over_; }

 private:
  int fd_ = -1;
  std::string path_;
  std::string taken_over_;
};

}  // namespace vn::app
