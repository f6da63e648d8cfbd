// ShardLayout: how an index directory splits its documents over Xapian databases.
//
// A plain index is one glass database. A sharded index is a directory holding glass
// databases shard-0 … shard-{M-1} and a Xapian stub file XAPIANDB listing them, so that
// Xapian::Database(dir), and so every reader, opens the shards as one index. A document
// lives in shard ShardOf(id, M), a stable hash of its document id: rebuilding or updating
// an index keeps the split, and shards built on different machines fit together. A
// directory may hold a single shard of M (`vnarchive index --shard N/M`: the part one
// machine serves). Each shard database records "N/M" in its metadata (key
// kShardMetadataKey), so the split travels with the database when it is copied or served
// by xapian-tcpsrv.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vn::indexer {

inline constexpr const char* kShardMetadataKey = "vnarchive.shard";
inline constexpr const char* kStubFile = "XAPIANDB";  // Xapian 1.4's stub directory file
inline constexpr unsigned kMaxShards = 256;

struct ShardSpec {
  unsigned count = 1;  // M: the number of shards the whole collection is split into
  int only = -1;       // N: this directory holds shard N alone; -1: it holds all M

  bool sharded() const { return count > 1 || only >= 0; }
  // The shard numbers held here, ascending.
  std::vector<unsigned> Held() const;
  // "N/M" for a single shard, "M shards" for a whole split, "plain" for one database.
  std::string ToString() const;
  bool operator==(const ShardSpec&) const = default;
};

// "N/M" with 0 ≤ N < M ≤ kMaxShards. Throws vn::Error(kUsage) naming the text otherwise.
ShardSpec ParseShardArgument(const std::string& text);

// The shard, in [0, count), that holds the document with this id (FNV-1a, so the split
// is the same on every machine and every build).
unsigned ShardOf(std::string_view document_id, unsigned count);

// Path of shard `n`'s database inside a sharded index directory.
std::string ShardPath(const std::string& index_dir, unsigned n);

// The layout of an existing index directory; a plain (or missing) index reads as
// ShardSpec{}. Throws vn::Error(kUsage) when the stub lists remote or foreign databases
// (such a directory is for searching, not writing), kCorrupt when a shard is unreadable
// or the shards disagree about the split.
ShardSpec ReadShardSpec(const std::string& index_dir);

// Makes `index_dir` hold the layout `spec`: creates the directory, the shard databases
// (empty, their metadata set) and the stub file when missing. An existing index must
// already have this layout, else throws vn::Error(kUsage): documents cannot move between
// shards in place, the index has to be rebuilt. Throws kLocked when a shard is held by a
// writer.
void PrepareShardLayout(const std::string& index_dir, const ShardSpec& spec);

}  // namespace vn::indexer
