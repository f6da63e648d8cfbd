#include "indexer/index_generations.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "common/error.h"

namespace vn::indexer {

namespace fs = std::filesystem;

namespace {

void SyncDir(const std::string& dir) {
  int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

std::string Stamp() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

bool IsBuilding(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / IndexGenerations::kBuildingMarker, ec);
}

std::string ReadPrevious(const std::string& dir) {
  std::ifstream in(dir + "/PREVIOUS");
  std::string name;
  std::getline(in, name);
  return name;
}

}  // namespace

IndexGenerations::IndexGenerations(std::string home)
    : home_(std::move(home)), link_(home_ + "/index"), dir_(home_ + "/indexes") {}

std::string IndexGenerations::Current() const {
  std::error_code ec;
  if (!fs::is_symlink(link_, ec)) return fs::is_directory(link_, ec) ? link_ : "";
  fs::path target = fs::read_symlink(link_, ec);
  if (ec) return "";
  fs::path full = target.is_absolute() ? target : fs::path(home_) / target;
  return fs::is_directory(full, ec) ? full.lexically_normal().string() : "";
}

std::string IndexGenerations::EnsureCurrent() {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) throw UsageError(dir_ + ": cannot create: " + ec.message());
  fs::remove(link_ + ".new", ec);  // a switch interrupted before its rename
  if (fs::is_symlink(link_, ec)) {
    std::string cur = Current();
    if (!cur.empty()) return cur;
    fs::remove(link_, ec);  // dangling: fall through and adopt or create
  } else if (fs::is_directory(link_, ec)) {
    // An index from before generations: move it under indexes/ and link to it. Between the
    // rename and the link a reader finds no index for an instant, once per home.
    std::string adopted = dir_ + "/g" + Stamp() + "-adopted";
    fs::rename(link_, adopted, ec);
    if (ec) throw CorruptError(link_ + ": cannot move into " + dir_ + ": " + ec.message());
    SyncDir(home_);
    Switch(adopted);
    return Current();
  }
  // No link: the newest complete generation (a crash between rename and link), else new.
  std::vector<fs::path> complete;
  for (const auto& e : fs::directory_iterator(dir_, ec))
    if (e.is_directory() && !IsBuilding(e.path())) complete.push_back(e.path());
  std::sort(complete.begin(), complete.end());
  std::string dir = complete.empty() ? BeginNew() : complete.back().string();
  Switch(dir);
  return Current();
}

std::string IndexGenerations::BeginNew() {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  std::string base = dir_ + "/g" + Stamp();
  std::string dir = base;
  for (int i = 1; fs::exists(dir, ec); ++i) dir = base + "-" + std::to_string(i);
  if (!fs::create_directory(dir, ec) || ec)
    throw UsageError(dir + ": cannot create: " + (ec ? ec.message() : "exists"));
  std::ofstream(dir + "/" + kBuildingMarker) << "being built by pid " << getpid() << "\n";
  if (!fs::exists(dir + "/" + kBuildingMarker, ec))
    throw UsageError(dir + ": cannot write the build marker");
  return dir;
}

void IndexGenerations::Switch(const std::string& dir) {
  std::error_code ec;
  fs::path rel = fs::relative(fs::absolute(dir), fs::absolute(home_), ec);
  if (ec || rel.empty()) throw CorruptError(dir + ": not inside " + home_);
  std::string old = Current();
  fs::remove(fs::path(dir) / kBuildingMarker, ec);
  SyncDir(dir);
  std::string tmp = link_ + ".new";
  fs::remove(tmp, ec);
  if (symlink(rel.c_str(), tmp.c_str()) != 0)
    throw CorruptError(tmp + ": cannot create link: " + std::strerror(errno));
  if (rename(tmp.c_str(), link_.c_str()) != 0) {
    int err = errno;
    fs::remove(tmp, ec);
    throw CorruptError(link_ + ": cannot switch to " + dir + ": " + std::strerror(err));
  }
  SyncDir(home_);
  if (!old.empty() && fs::path(old).lexically_normal() != fs::path(Current()).lexically_normal()) {
    std::ofstream(dir_ + "/PREVIOUS.new") << fs::path(old).filename().string() << "\n";
    fs::rename(dir_ + "/PREVIOUS.new", dir_ + "/PREVIOUS", ec);
  }
}

std::vector<std::string> IndexGenerations::Cleanup() {
  std::vector<std::string> removed;
  std::error_code ec;
  std::string live = fs::path(Current()).filename().string();
  std::string previous = ReadPrevious(dir_);
  for (const auto& e : fs::directory_iterator(dir_, ec)) {
    if (!e.is_directory()) continue;
    std::string name = e.path().filename().string();
    if (name == live || (name == previous && !IsBuilding(e.path()))) continue;
    fs::remove_all(e.path(), ec);
    if (!ec) removed.push_back(e.path().string());
  }
  return removed;
}

}  // namespace vn::indexer
