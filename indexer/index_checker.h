// IndexChecker: what `vnarchive check` verifies. Reads every WARC file of the archive,
// verifying each record's block and payload digests, then uses the index ledger to prove
// that index and archive agree without running extraction again: every HTTP response in a
// finished file has a ledger entry; every page the ledger counts as indexed has its
// document; every document points to an intact response record of its URL carrying the
// payload digest it was built from. Each problem names file, offset and reason.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace vn::indexer {

struct CheckProblem {
  enum class Kind {
    kArchive,  // a damaged or missing WARC record/file: data lost or corrupt
    kIndex,    // index and archive disagree: `check --repair` rebuilds the index
    kBehind,   // not an error: captures not indexed yet, or a file left open by a crash
  };
  Kind kind = Kind::kIndex;
  std::string file;
  uint64_t offset = 0;
  std::string reason;
  std::string ToString() const;  // "file:offset: reason"
};

struct CheckReport {
  uint64_t files = 0;
  uint64_t records = 0;
  uint64_t responses = 0;
  uint64_t documents = 0;
  uint64_t documents_without_capture = 0;  // indexed from JSON Lines, not from the archive
  std::vector<CheckProblem> problems;
  bool Has(CheckProblem::Kind kind) const;
};

// `archive_dir` may be missing (empty archive); `index_dir` may be missing (no index: every
// archived page is then reported as not indexed yet). Throws vn::Error(kCorrupt) when the
// index exists but cannot be opened.
CheckReport CheckArchiveAndIndex(const std::string& archive_dir, const std::string& index_dir,
                                 const std::function<void(const std::string&)>& log = {});

// Closed WARC files (.warc, .warc.gz) in `dir`, sorted by name (= by time for ours).
std::vector<std::string> WarcFilesIn(const std::string& dir);

}  // namespace vn::indexer
