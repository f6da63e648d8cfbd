// WarcReader: reads WARC 1.0/1.1 files from any producer (vnarchive, wget, Heritrix,
// warcio, Browsertrix): uncompressed, gzip per record, or whole-file gzip. Verifies
// WARC-Block-Digest and WARC-Payload-Digest (sha1/sha256/md5, base32 or hex) on every
// record. Damaged records (truncated, bad header, digest mismatch) are reported as
// WarcProblem values and skipped; reading continues at the next gzip member or the next
// "WARC/" line. Exceptions to skipping: a revisit whose block digest is wrong (wget
// --warc-dedup writes them so) and a record whose block is whole but whose gzip member is
// damaged after it are delivered, with the problem reported. A payload digest is accepted
// over the dechunked body (WARC 1.1) or over the body with its chunk framing (what
// warcio, wpull and older wget/Heritrix write). Memory is bounded per record: blocks over
// 256 MiB are reported and skipped, never loaded. An empty file yields one problem.
// Only a file that cannot be opened, or is not WARC at all, throws vn::Error.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "archive/warc_record.h"

namespace vn::archive {

struct WarcProblem {
  std::string file;
  uint64_t offset = 0;
  std::string record_id;         // may be empty when the header could not be read
  std::string reason;            // one line: "block digest mismatch", "truncated record", ...
  std::string ToString() const;  // "file:offset: record <id>: reason"
};

class WarcReader {
 public:
  // Throws vn::Error(kUsage) when the file is missing/unreadable, vn::Error(kCorrupt) when
  // its first bytes are not a WARC record (plain or gzip).
  explicit WarcReader(const std::string& path);
  ~WarcReader();

  // Reads the next whole, verified record. Returns false at end of file. Problems met on
  // the way are passed to the problem callback if one is set, else collected in
  // problems().
  bool Next(WarcRecord* record, WarcLocation* where = nullptr);

  void set_problem_callback(std::function<void(const WarcProblem&)> cb);
  const std::vector<WarcProblem>& problems() const;

  // Reads the single record that starts at `offset` (as WarcLocation gives it; the
  // record_in_member'th record of the gzip member there). When `path` is missing but
  // "<path>.open" exists (the writer's file still being written), reads that. Throws
  // vn::Error(kUsage) for an unopenable file, vn::Error(kCorrupt, "<path>:<offset>: why")
  // when no whole, verified record is there.
  static WarcRecord ReadAt(const std::string& path, uint64_t offset, uint32_t record_in_member = 0);
  static WarcRecord ReadAt(const WarcLocation& where) {
    return ReadAt(where.file, where.offset, where.record_in_member);
  }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vn::archive
