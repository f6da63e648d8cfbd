// IndexLedger: what the index made of every WARC record it read, kept beside the index
// (<index dir>/vnarchive-ledger.tsv). Incremental runs use it to skip finished files; `check`
// uses it to prove that index and archive agree without running extraction again.
// Promises: append-only; a file counts as done only once its closing line is on disk, and
// lines are appended only after the index commit holding their documents. So after a crash
// the ledger can lag the index (that file is read again, which is idempotent) but never run
// ahead of it. A torn last line is ignored.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace vn::indexer {

// What became of one response record.
struct LedgerEntry {
  std::string file;     // WARC file name (no directory)
  uint64_t offset = 0;  // record offset in the file
  std::string outcome;  // see kOutcome* below
  std::string id;       // document id, for outcomes that name a page
};

inline constexpr const char* kOutcomeIndexed = "indexed";      // this record is the document
inline constexpr const char* kOutcomeUnchanged = "unchanged";  // same payload as the document's
inline constexpr const char* kOutcomeOlder = "older";          // a newer capture is indexed
inline constexpr const char* kOutcomeList = "list";            // a page listing articles
inline constexpr const char* kOutcomeNotHtml = "not-html";
inline constexpr const char* kOutcomeNotOk = "not-200";
inline constexpr const char* kOutcomeNotHttp = "not-http";        // block is not an HTTP message
inline constexpr const char* kOutcomeOtherShard = "other-shard";  // held by another machine

class IndexLedger {
 public:
  // Loads the ledger of `index_dir` (empty when it has none). Throws vn::Error(kCorrupt)
  // when the file exists but cannot be read.
  explicit IndexLedger(std::string index_dir);

  // True when `file` was read to its end when it had `size` bytes.
  bool FileDone(const std::string& file, uint64_t size) const;
  // Records a whole file: one line per entry, then the closing line; fdatasync before
  // returning. Throws vn::Error(kCorrupt) when the write fails (disk full): nothing is
  // then claimed for the file, which is read again next time.
  void AppendFile(const std::string& file, uint64_t size, const std::vector<LedgerEntry>& entries);

  // Entries of finished files, by (file, offset); a later line for the same record wins.
  const std::map<std::pair<std::string, uint64_t>, LedgerEntry>& entries() const {
    return entries_;
  }
  const std::map<std::string, uint64_t>& files() const { return files_; }
  std::string path() const { return path_; }

  static constexpr const char* kFileName = "vnarchive-ledger.tsv";

 private:
  std::string path_;
  std::map<std::pair<std::string, uint64_t>, LedgerEntry> entries_;
  std::map<std::string, uint64_t> files_;  // finished files and their sizes
};

}  // namespace vn::indexer
