#include "indexer/index_generations.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace vn::indexer {
namespace {

namespace fs = std::filesystem;

std::string TempHome() {
  char tmpl[] = "/tmp/vn-gen-XXXXXX";
  return mkdtemp(tmpl);
}

std::string Marker(const std::string& dir) {
  std::ifstream in(dir + "/marker");
  std::string s;
  std::getline(in, s);
  return s;
}

TEST(IndexGenerations, FirstUseCreatesALinkedGeneration) {
  std::string home = TempHome();
  IndexGenerations g(home);
  EXPECT_EQ(g.Current(), "");
  std::string dir = g.EnsureCurrent();
  EXPECT_TRUE(fs::is_symlink(home + "/index"));
  EXPECT_FALSE(fs::read_symlink(home + "/index").is_absolute()) << "a home must stay movable";
  EXPECT_EQ(fs::canonical(home + "/index"), fs::canonical(dir));
  EXPECT_FALSE(fs::exists(dir + "/BUILDING"));
  EXPECT_EQ(g.EnsureCurrent(), dir);
  fs::remove_all(home);
}

TEST(IndexGenerations, SwitchIsAtomicAndKeepsThePreviousForOpenReaders) {
  std::string home = TempHome();
  IndexGenerations g(home);
  std::string first = g.EnsureCurrent();
  std::ofstream(first + "/marker") << "first\n";
  std::string second = g.BeginNew();
  EXPECT_TRUE(fs::exists(second + "/BUILDING"));
  std::ofstream(second + "/marker") << "second\n";
  EXPECT_EQ(Marker(home + "/index"), "first") << "a generation being built is not live";
  g.Switch(second);
  EXPECT_EQ(Marker(home + "/index"), "second");
  EXPECT_TRUE(g.Cleanup().empty()) << "the replaced generation stays for open readers";
  EXPECT_TRUE(fs::exists(first));
  std::string third = g.BeginNew();
  g.Switch(third);
  auto removed = g.Cleanup();
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_EQ(fs::path(removed[0]).filename(), fs::path(first).filename());
  EXPECT_TRUE(fs::exists(second));
  fs::remove_all(home);
}

TEST(IndexGenerations, AbandonedBuildIsRemovedAndNeverMadeLive) {
  std::string home = TempHome();
  IndexGenerations g(home);
  std::string live = g.EnsureCurrent();
  std::string crashed = g.BeginNew();  // a reindex killed before its switch
  IndexGenerations after(home);
  EXPECT_EQ(fs::canonical(after.EnsureCurrent()), fs::canonical(live));
  auto removed = after.Cleanup();
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_FALSE(fs::exists(crashed));
  fs::remove_all(home);
}

TEST(IndexGenerations, CrashBetweenLinkRemovalAndRenameRecoversNewestComplete) {
  std::string home = TempHome();
  IndexGenerations g(home);
  std::string live = g.EnsureCurrent();
  std::ofstream(live + "/marker") << "live\n";
  fs::remove(home + "/index");
  fs::create_symlink("indexes/nowhere", home + "/index.new");  // a half-done switch
  EXPECT_EQ(Marker(IndexGenerations(home).EnsureCurrent()), "live");
  EXPECT_FALSE(fs::exists(fs::symlink_status(home + "/index.new")));
  fs::remove_all(home);
}

TEST(IndexGenerations, PlainIndexDirectoryOfAnOlderReleaseIsAdopted) {
  std::string home = TempHome();
  fs::create_directories(home + "/index");
  std::ofstream(home + "/index/marker") << "old\n";
  IndexGenerations g(home);
  std::string dir = g.EnsureCurrent();
  EXPECT_TRUE(fs::is_symlink(home + "/index"));
  EXPECT_EQ(Marker(dir), "old");
  fs::remove_all(home);
}

}  // namespace
}  // namespace vn::indexer
