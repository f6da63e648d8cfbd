// WarcRecord: one WARC 1.1 record held in memory: its type, its named fields in the
// order they were written, and its content block. The reader fills it; the writer takes
// one. Field-name lookup is case-insensitive as the standard requires.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vn::archive {

struct WarcRecord {
  std::string version = "WARC/1.1";
  std::vector<std::pair<std::string, std::string>> fields;  // in file order
  std::string block;                                        // the content block, raw bytes

  // First value of a field (case-insensitive name), or nullopt.
  std::optional<std::string> Get(std::string_view name) const;
  void Set(std::string_view name, std::string value);  // replaces or appends

  std::string Type() const { return Get("WARC-Type").value_or(""); }
  // WARC-Target-URI with the WARC 1.0 "<uri>" quirk removed.
  std::string TargetUri() const;
  std::string RecordId() const { return Get("WARC-Record-ID").value_or(""); }
  std::string Date() const { return Get("WARC-Date").value_or(""); }
};

// Where a record lives: the file it is in and the byte offset of its start (of its gzip
// member, for compressed files). Enough to read it back with WarcReader::ReadAt.
struct WarcLocation {
  std::string file;  // file name relative to the archive directory, or a full path
  uint64_t offset = 0;
  // Which record of its gzip member this is. Always 0 for plain files and for gzip-per-
  // record files (every producer's default); counts up only inside a whole-file gzip
  // member ("gzip crawl.warc"), where many records share one member offset.
  uint32_t record_in_member = 0;
};

// A parsed HTTP response held in a WARC "response" block.
struct HttpResponse {
  int status = 0;
  std::string reason;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;  // transfer- and content-decoded payload (chunked, gzip, deflate undone)
  // Empty when the body decoded cleanly; else why not (e.g. "unsupported content-encoding
  // \"br\""), and `body` holds the bytes as far as they could be decoded.
  std::string decode_problem;
  std::optional<std::string> Header(std::string_view name) const;  // case-insensitive
};

// Parses an HTTP/1.x response message (status line, headers, body). Undoes chunked
// transfer-encoding and gzip/deflate content-encoding when present. Returns nullopt when
// the bytes are not an HTTP response.
std::optional<HttpResponse> ParseHttpResponse(std::string_view message);

}  // namespace vn::archive
