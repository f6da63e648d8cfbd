// SharedPerRevision: a process-wide cache of tables read from an index (facet values, pair
// sketches), one per database revision and value slot, shared read-only by every search and
// thread that asks for the same one.
//
// `identity` names a database at one revision: "DATABASE\nREVISION" (DATABASE may itself
// hold newlines; REVISION follows the last). A newer revision's table drops the cached
// tables of the older revisions of the same DATABASE (searches still holding one keep it
// until they end); beyond `keep` tables the least recently used goes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace vn::query {

// The cached table of (identity, slot), built by build() (returning shared_ptr<const T>)
// on first use, outside the lock: two threads may both build the first one; one is kept.
template <typename T, typename Build>
std::shared_ptr<const T> SharedPerRevision(const std::string& identity, unsigned slot, size_t keep,
                                           Build build) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, unsigned>, std::pair<uint64_t, std::shared_ptr<const T>>>
      cache;
  static uint64_t clock = 0;
  const auto key = std::make_pair(identity, slot);
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it != cache.end()) {
      it->second.first = ++clock;
      return it->second.second;
    }
  }
  std::shared_ptr<const T> table = build();
  std::lock_guard<std::mutex> lock(mutex);
  auto [it, fresh] = cache.emplace(key, std::make_pair(++clock, table));
  if (!fresh) return it->second.second;
  const size_t cut = identity.rfind('\n');
  if (cut != std::string::npos) {
    const std::string database = identity.substr(0, cut + 1);
    for (auto e = cache.begin(); e != cache.end();) {
      if (e->first.second == slot && e->first.first != identity &&
          e->first.first.compare(0, database.size(), database) == 0)
        e = cache.erase(e);
      else
        ++e;
    }
  }
  if (cache.size() > keep) {
    auto oldest = cache.begin();
    for (auto e = cache.begin(); e != cache.end(); ++e)
      if (e->second.first < oldest->second.first) oldest = e;
    cache.erase(oldest);
  }
  return table;
}

}  // namespace vn::query
