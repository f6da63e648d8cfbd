// WarcWriter: appends WARC 1.1 records to a rotating series of .warc.gz files in one
// directory, one gzip member per record, each record with WARC-Block-Digest (and
// WARC-Payload-Digest for HTTP messages) as SHA-1 in base32. A file is written as
// "<name>.warc.gz.open" and renamed to "<name>.warc.gz" when closed or rotated, so a crash
// leaves every closed file intact and the open one readable up to its last whole record.
// Every file starts with a warcinfo record. Files are opened lazily by the first write.
// Locations returned name "<directory>/<name>.warc.gz" (the final name, also while the
// file is still ".open": WarcReader::ReadAt falls back to the .open file).
// Errors: vn::Error(kUsage) when the directory or file cannot be created or a field value
// holds a line break; vn::Error(kCorrupt) when a write, fsync or rename fails (a failed
// write is cut off again, so the file stays a clean series of whole records).
// Not thread-safe: one writer per directory.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "archive/warc_record.h"

namespace vn::archive {

struct WarcWriterOptions {
  std::string directory;                 // created if missing
  std::string prefix = "vnarchive";      // file names: <prefix>-<UTC timestamp>-<serial>.warc.gz
  uint64_t max_file_bytes = 1ull << 30;  // rotate before a write once a file reaches this
  std::string software = "vnarchive/0.1";
  std::string operator_info;  // goes into warcinfo "operator"
  bool fsync_on_close = true;
};

class WarcWriter {
 public:
  explicit WarcWriter(WarcWriterOptions options);
  ~WarcWriter();  // closes (and renames) the open file
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // A request/response pair for one fetch. `request` and `response` are the full HTTP
  // messages as sent/received (status line, headers, body with its original encodings).
  // Writes the response record, then the request, both in the same file, each naming the
  // other in WARC-Concurrent-To. An empty warc_date means now; an empty ip_address omits
  // WARC-IP-Address. Returns the location of the response record.
  WarcLocation WriteExchange(const std::string& target_uri, const std::string& warc_date,
                             const std::string& ip_address, const std::string& request,
                             const std::string& response);

  // A revisit record (profile identical-payload-digest or server-not-modified) pointing at
  // an earlier capture. `response_head` is the HTTP status line and headers of the new
  // response (no body); an empty line is added when missing. A profile without "://" is
  // taken as short for http://netpreserve.org/warc/1.1/revisit/<profile>.
  WarcLocation WriteRevisit(const std::string& target_uri, const std::string& warc_date,
                            const std::string& profile, const std::string& refers_to_record_id,
                            const std::string& refers_to_target_uri,
                            const std::string& refers_to_date, const std::string& payload_digest,
                            const std::string& response_head);

  // A metadata record (e.g. redirect chains, fetch errors) about target_uri.
  WarcLocation WriteMetadata(const std::string& target_uri, const std::string& warc_date,
                             const std::string& content_type, const std::string& body);

  // Writes any prepared record: WARC-Record-ID, WARC-Date, WARC-Warcinfo-ID, the digests
  // (payload digest for application/http blocks except revisits) are filled in when
  // missing; Content-Length is always set from the block. Returns where it was written.
  WarcLocation Write(WarcRecord record);

  void Close();  // closes and renames the current file; the next Write opens a new one
  std::string current_file() const;  // final name of the file being written, or ""

 private:
  void OpenNewFile();
  // Fills in the missing fields and appends `record` as one gzip member to the open file.
  WarcLocation Append(WarcRecord record);
  void RotateIfFull();

  WarcWriterOptions options_;
  std::string warcinfo_id_;  // record id of the open file's warcinfo
  std::FILE* file_ = nullptr;
  std::string open_path_;   // path with ".open"
  std::string final_path_;  // path without ".open"
  uint64_t bytes_ = 0;
  int serial_ = 0;
};

// "<urn:uuid:...>" with a random (v4) UUID.
std::string NewRecordId();
// Current UTC time as WARC-Date ("2026-11-28T17:00:00Z").
std::string WarcDateNow();

}  // namespace vn::archive
