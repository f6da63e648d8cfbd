// ParallelIndexBuild: fills an empty, unsharded index from several threads at once.
//
// Xapian 1.4 writes a database from one thread, and in a bulk build that thread (its
// in-memory inverter) is the bottleneck while extraction waits. So each thread writes a part
// database of its own, chosen by a hash of the document id (a page's captures meet in one
// part, so the newest capture still wins), and Finish() merges the parts into the index with
// Xapian's compactor, which also packs the B-trees full (a third smaller than a database
// built by adding documents). Parts live beside the index as <index>.part-N; Finish()
// removes them, and a build that starts where a crashed one left them removes them first.
// Until Finish() returns the index stays empty: a crash loses the build, not the index.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "indexer/index_writer.h"

namespace vn::indexer {

class ParallelIndexBuild {
 public:
  // Whether `index_dir` may be built this way: an unsharded index with no documents (or
  // none yet). Throws vn::Error(kLocked) when another writer holds it.
  static bool Applicable(const std::string& index_dir);

  ParallelIndexBuild(const std::string& index_dir, unsigned parts);
  ~ParallelIndexBuild();

  // Writes the documents, each part's share on a thread of its own; returns when all are
  // written. Returns how many were added (a document older than one already added with the
  // same id is not).
  size_t Add(const std::vector<PreparedDocument>& documents);
  // Commits the parts and merges them into the index. Throws vn::Error(kCorrupt) when a
  // part cannot be written or merged (the index is then left empty).
  void Finish();

 private:
  std::string index_dir_;
  std::vector<std::string> part_dirs_;
  std::vector<std::unique_ptr<IndexWriter>> parts_;
  static constexpr size_t kFlushEvery = 2000;  // documents a part holds before it commits
  std::vector<size_t> pending_;
};

}  // namespace vn::indexer
