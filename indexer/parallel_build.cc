#include "indexer/parallel_build.h"

#include <xapian.h>

#include <filesystem>
#include <future>

#include "common/error.h"
#include "indexer/shard_layout.h"

namespace vn::indexer {

namespace fs = std::filesystem;

namespace {

// The directory itself when `index_dir` is a symlink (the home's `index`): parts and the
// merged database go beside the generation, on its file system.
std::string RealPath(const std::string& index_dir) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(index_dir, ec);
  return ec ? index_dir : real.string();
}

}  // namespace

bool ParallelIndexBuild::Applicable(const std::string& index_dir) {
  if (IndexWriter::Layout(index_dir).sharded()) return false;
  std::error_code ec;
  if (!fs::exists(index_dir, ec)) return true;
  IndexWriter probe(index_dir);
  return probe.document_count() == 0;
}

ParallelIndexBuild::ParallelIndexBuild(const std::string& index_dir, unsigned parts)
    : index_dir_(RealPath(index_dir)) {
  for (unsigned n = 0; n < std::max(1u, parts); ++n) {
    std::string dir = index_dir_ + ".part-" + std::to_string(n);
    std::error_code ec;
    fs::remove_all(dir, ec);  // left by a build that did not finish
    part_dirs_.push_back(dir);
    parts_.push_back(IndexWriter::OpenScratch(dir));
    pending_.push_back(0);
  }
}

ParallelIndexBuild::~ParallelIndexBuild() {
  parts_.clear();
  for (const auto& dir : part_dirs_) {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
}

size_t ParallelIndexBuild::Add(const std::vector<PreparedDocument>& documents) {
  const unsigned n = static_cast<unsigned>(parts_.size());
  std::vector<std::vector<const PreparedDocument*>> share(n);
  const size_t id_prefix = std::string("Q").size();
  for (const auto& d : documents)
    share[ShardOf(std::string_view(d.id_term).substr(id_prefix), n)].push_back(&d);
  auto write = [this, &share](unsigned part) {
    size_t added = 0;
    for (const PreparedDocument* d : share[part]) {
      added += parts_[part]->AddPrepared(*d);
      // Xapian keeps a part's changes in memory until it flushes them: its default of
      // 10,000 documents made the maps large enough that inserting into them cost more
      // than flushing often (corpus: 65 s at 10,000, 49 s at 2,000, 53 s at 1,000).
      if (++pending_[part] >= kFlushEvery) {
        parts_[part]->Commit();
        pending_[part] = 0;
      }
    }
    return added;
  };
  std::vector<std::future<size_t>> others;
  for (unsigned part = 1; part < n; ++part)
    others.push_back(std::async(std::launch::async, write, part));
  size_t added = write(0);
  for (auto& f : others) added += f.get();  // rethrows a part's error
  return added;
}

void ParallelIndexBuild::Finish() {
  for (auto& p : parts_) p->Commit();
  parts_.clear();  // closes the parts
  const std::string merged = index_dir_ + ".merged";
  std::error_code ec;
  fs::remove_all(merged, ec);
  try {
    Xapian::Database all;
    for (const auto& dir : part_dirs_) all.add_database(Xapian::Database(dir));
    all.compact(merged);
  } catch (const Xapian::Error& e) {
    fs::remove_all(merged, ec);
    throw CorruptError(index_dir_ +
                       ": merging the parts of the build failed: " + e.get_description());
  }
  // The index was empty: its database files make way for the merged ones, `iamglass` (what
  // makes the directory a database) last. Other files (the index ledger) stay.
  try {
    fs::create_directories(index_dir_);
    for (const auto& entry : fs::directory_iterator(index_dir_)) {
      const std::string name = entry.path().filename().string();
      if (name == "iamglass" || name == "flintlock" ||
          (name.size() > 6 && name.compare(name.size() - 6, 6, ".glass") == 0))
        fs::remove(entry.path());
    }
    for (const auto& entry : fs::directory_iterator(merged))
      if (entry.path().filename() != "iamglass")
        fs::rename(entry.path(), fs::path(index_dir_) / entry.path().filename());
    fs::rename(fs::path(merged) / "iamglass", fs::path(index_dir_) / "iamglass");
    fs::remove_all(merged);
  } catch (const fs::filesystem_error& e) {
    throw CorruptError(index_dir_ +
                       ": moving the merged build into place failed: " + e.code().message());
  }
  for (const auto& dir : part_dirs_) fs::remove_all(dir, ec);
  part_dirs_.clear();
}

}  // namespace vn::indexer
