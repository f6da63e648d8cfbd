// zlib helpers for the archive: one gzip member per WARC record when writing, and
// bounded decompression of HTTP content-encodings (gzip, x-gzip, deflate) when reading.
// Decompression never grows past a caller-given limit, so a zip bomb costs nothing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vn::archive {

// `data` as one complete gzip member (RFC 1952), default compression level.
std::string GzipMember(std::string_view data);

// Undoes a gzip (possibly several concatenated members), zlib or raw-deflate encoding;
// "deflate" in HTTP means zlib-wrapped but servers often send raw deflate, so both are
// tried. Returns false, with a one-line reason in *error, on corrupt or truncated data or
// when the output would exceed max_out bytes.
bool Decompress(std::string_view data, bool gzip, size_t max_out, std::string* out,
                std::string* error);

}  // namespace vn::archive
