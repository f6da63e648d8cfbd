#include "app/home_lock.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "common/error.h"

namespace vn::app {
namespace {

std::string TempHome() {
  char tmpl[] = "/tmp/vn-lock-XXXXXX";
  return mkdtemp(tmpl);
}

std::string ReadFile(const std::string& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(HomeLock, SecondWriterInAnotherProcessGetsLockedWithHolder) {
  std::string home = TempHome();
  HomeLock lock(home, "update");
  EXPECT_NE(ReadFile(home + "/lock").find("pid " + std::to_string(getpid())), std::string::npos);
  int pipefd[2];
  ASSERT_EQ(pipe(pipefd), 0);
  pid_t child = fork();
  if (child == 0) {
    int code = 0;
    std::string msg;
    try {
      HomeLock second(home, "update");
    } catch (const Error& e) {
      code = static_cast<int>(e.code());
      msg = e.what();
    }
    [[maybe_unused]] ssize_t n = write(pipefd[1], msg.data(), msg.size());
    _exit(code);
  }
  close(pipefd[1]);
  std::string msg;
  char buf[256];
  ssize_t n;
  while ((n = read(pipefd[0], buf, sizeof buf)) > 0) msg.append(buf, n);
  close(pipefd[0]);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), static_cast<int>(ExitCode::kLocked));
  EXPECT_NE(msg.find("locked by pid " + std::to_string(getpid()) + " since "), std::string::npos)
      << msg;
  EXPECT_NE(msg.find("(update)"), std::string::npos) << msg;
  std::filesystem::remove_all(home);
}

TEST(HomeLock, LockOfAKilledProcessIsTakenOverAndNamed) {
  std::string home = TempHome();
  pid_t child = fork();
  if (child == 0) {
    HomeLock lock(home, "update");
    pause();  // killed while holding the lock
    _exit(0);
  }
  // Wait until the child has written its note.
  for (int i = 0; i < 500 && ReadFile(home + "/lock").empty(); ++i) usleep(10000);
  ASSERT_FALSE(ReadFile(home + "/lock").empty());
  EXPECT_THROW(HomeLock(home, "update"), Error);
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  HomeLock lock(home, "reindex");
  EXPECT_NE(lock.taken_over().find("pid " + std::to_string(child)), std::string::npos)
      << lock.taken_over();
  std::filesystem::remove_all(home);
}

TEST(HomeLock, ReleasedLockIsFreeAndNamesNobody) {
  std::string home = TempHome();
  { HomeLock lock(home, "crawl"); }
  HomeLock again(home, "crawl");
  EXPECT_EQ(again.taken_over(), "");
  std::filesystem::remove_all(home);
}

TEST(HomeLock, UnwritableHomeIsAUsageError) {
  try {
    HomeLock lock("/proc/vn-no-such-home", "update");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("/proc/vn-no-such-home/lock"), std::string::npos);
  }
}

}  // namespace
}  // namespace vn::app
