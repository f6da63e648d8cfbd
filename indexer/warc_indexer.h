// WarcIndexer: reads WARC files (ours or any standards-conforming producer's), runs the
// extractor on every HTML response and writes the index. Damaged records are reported
// (file, offset, reason) and skipped; everything else is indexed.
// Incremental and idempotent: the index's IndexLedger records what became of every
// record, files read to their end are skipped next time, and the index is committed (then
// the ledger written) file by file, so a run killed at any point loses at most the file
// it was reading, which the next run reads again. One document per page: a capture whose
// payload digest equals the indexed one changes nothing; a changed page replaces its
// document, which keeps the earlier captures in its history; an older capture than the
// indexed one is only noted.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "archive/warc_reader.h"

namespace vn::indexer {

struct SourceInfo {
  std::string name;
  std::string province;
};

struct IndexOptions {
  std::string index_dir;
  std::vector<std::string> warc_files;
  // Maps a page URL to its source definition (empty result when unknown).
  std::function<SourceInfo(const std::string& url)> source_for_url;
  // Called for each record problem and each page that could not be indexed.
  std::function<void(const std::string& message)> log;
  // Files in this directory are named by file name alone in the ledger (so a data home can
  // move); others by absolute path.
  std::string archive_dir;
  // Non-empty (YYYY-MM-DD…): re-extract every record captured on or after this date even
  // if it was indexed before (after an extractor change), and read finished files again.
  std::string reextract_since;
  // Called after each file's commit with the file and the documents written so far.
  std::function<void(const std::string& file)> file_done;
};

struct IndexSummary {
  uint64_t records = 0;        // WARC records read
  uint64_t pages = 0;          // HTML responses indexed
  uint64_t older_skipped = 0;  // captures older than the indexed one
  uint64_t not_html = 0;       // responses skipped by type
  uint64_t not_ok = 0;         // non-200 responses (redirects, errors)
  uint64_t list_pages = 0;     // pages that list articles (home, categories, pagination)
  uint64_t unchanged = 0;      // captures identical to the indexed one (or already indexed)
  uint64_t files_read = 0;     // files read (wholly or from where a crash stopped)
  uint64_t files_skipped = 0;  // files the ledger says are done
  uint64_t other_shard = 0;    // pages of shards this index does not hold (--shard N/M)
  std::vector<archive::WarcProblem> problems;
  uint64_t documents = 0;  // documents in the index afterwards
};

IndexSummary IndexWarcs(const IndexOptions& options);

// The name under which the ledger records `path`: its file name when it lies in
// `archive_dir`, else its absolute path.
std::string LedgerKey(const std::string& path, const std::string& archive_dir);

// True when the HTTP content type (or, failing that, the first bytes) says HTML.
bool LooksLikeHtml(const std::string& content_type, std::string_view body);

}  // namespace vn::indexer
