// IndexWriter: writes Articles into a Xapian database using the schema of
// common/index_schema.h. One document per canonical URL: adding an Article whose id is
// already indexed replaces that document, unless the indexed capture is newer. A sharded
// index (indexer/shard_layout.h) is written shard by shard: each document goes to the
// shard its id hashes to, whichever constructor opened the directory, so `update` and
// `reindex` keep the split without knowing about it.
#pragma once

#include <memory>
#include <string>

#include <xapian.h>

#include "indexer/article.h"
#include "indexer/shard_layout.h"

namespace vn::indexer {

// A document ready to write: built from an Article on any thread.
struct PreparedDocument {
  std::string id_term;
  std::string capture_date;
  std::string url;
  Xapian::Document doc;
};

class IndexWriter {
 public:
  // Opens the index at `index_dir` with the layout it has (plain or sharded); creates a
  // plain database when missing. Throws vn::Error(kLocked) when another writer holds it
  // (or one of its shards), vn::Error(kCorrupt) when it cannot be opened.
  explicit IndexWriter(const std::string& index_dir);
  // Opens or creates the index with layout `spec` (see PrepareShardLayout): an existing
  // index with another layout is a vn::Error(kUsage).
  IndexWriter(const std::string& index_dir, const ShardSpec& spec);
  // Opens or creates an index split into `shards` shards (1: a plain index).
  IndexWriter(const std::string& index_dir, unsigned shards);
  // A plain database that need not survive a crash (a part of a ParallelIndexBuild): its
  // commits skip fsync.
  static std::unique_ptr<IndexWriter> OpenScratch(const std::string& dir);
  ~IndexWriter();

  // The layout of the index at `index_dir` (ShardSpec{} for a plain or missing index), so
  // a rebuild can use the same one; ShardCount is its M (1 for a plain index).
  static ShardSpec Layout(const std::string& index_dir);
  static unsigned ShardCount(const std::string& index_dir);

  // Returns false when a newer capture of the same page is already indexed, or when the
  // page belongs to a shard this directory does not hold (an index built with --shard
  // N/M); Holds tells the two apart.
  bool Add(const Article& article);
  bool Holds(const std::string& document_id) const;
  // The term generation half of Add: thread-safe, so several threads can prepare
  // documents for one writer.
  // `folded_terms` = false leaves out the accent-free terms: only for measuring what they
  // cost (bench/); such an index cannot serve queries typed without diacritics.
  static PreparedDocument Prepare(const Article& article, bool folded_terms = true);
  bool AddPrepared(const PreparedDocument& prepared);
  // Commits every shard (one after another: a crash between two leaves the later shards
  // at their previous commit, which re-running the same indexing repairs).
  void Commit();
  uint64_t document_count() const;
  const ShardSpec& layout() const;

 private:
  IndexWriter() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vn::indexer
