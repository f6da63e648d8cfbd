// DataHome: where vnarchive keeps its state: --home, else $VNARCHIVE_HOME, else
// ./vnarchive-data. Layout: archive/ (rotated .warc.gz), crawl.db (crawl state), index/
// (Xapian).
#pragma once

#include <cstdlib>
#include <string>

namespace vn::app {

struct DataHome {
  std::string root;
  std::string archive_dir() const { return root + "/archive"; }
  std::string crawl_db() const { return root + "/crawl.db"; }
  std::string index_dir() const { return root + "/index"; }

  static DataHome Resolve(const std::string& flag) {
    if (!flag.empty()) return {flag};
    if (const char* env = std::getenv("VNARCHIVE_HOME"); env && *env) return {env};
    return {"./vnarchive-data"};
  }
};

}  // namespace vn::app
