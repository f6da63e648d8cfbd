// DataHome: where vnarchive keeps its state: --home, else $VNARCHIVE_HOME, else
// ./vnarchive-data, made absolute so records in the index name files that stay valid from
// any working directory. Layout: archive/ (rotated .warc.gz), crawl.db (crawl state),
// index (symlink to the live generation under indexes/, see IndexGenerations), lock (the
// writer lock, see HomeLock), sources.toml (the definitions of the last crawl).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

namespace vn::app {

struct DataHome {
  std::string root;
  std::string archive_dir() const { return root + "/archive"; }
  std::string crawl_db() const { return root + "/crawl.db"; }
  std::string index_dir() const { return root + "/index"; }

  static DataHome Resolve(const std::string& flag) {
    std::string root = "./vnarchive-data";
    if (!flag.empty())
      root = flag;
    else if (const char* env = std::getenv("VNARCHIVE_HOME"); env && *env)
      root = env;
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(root, ec);
    if (ec) return {root};
    std::string s = abs.lexically_normal().string();
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return {s};
  }
};

}  // namespace vn::app
