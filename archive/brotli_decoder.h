// Brotli (RFC 7932) decoding for HTTP "Content-Encoding: br" bodies read from WARC
// records. Like Decompress in gzip.h, it never grows past a caller-given limit.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vn::archive {

// Returns false, with a one-line reason in *error, on corrupt or truncated data or when the
// output would exceed max_out bytes (*out then holds what was decoded so far).
bool BrotliDecompress(std::string_view data, size_t max_out, std::string* out, std::string* error);

}  // namespace vn::archive
