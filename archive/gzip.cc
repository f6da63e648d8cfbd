#include "archive/gzip.h"

#include <zlib.h>

#include <stdexcept>

namespace vn::archive {
namespace {

// windowBits: 15 + 16 = gzip, 15 = zlib, -15 = raw deflate.
bool InflateWith(std::string_view data, int window_bits, size_t max_out, std::string* out,
                 std::string* error) {
  out->clear();
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) {
    *error = "zlib init failed";
    return false;
  }
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  char buf[65536];
  bool ok = true;
  while (true) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    int rc = inflate(&z, Z_NO_FLUSH);
    size_t produced = sizeof buf - z.avail_out;
    if (out->size() + produced > max_out) {
      *error = "decompressed size exceeds " + std::to_string(max_out) + " bytes";
      ok = false;
      break;
    }
    out->append(buf, produced);
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members decode as one stream (gzip -c a b > c); trailing
      // garbage after a member is ignored, as browsers do.
      if (window_bits > 15 && z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
        inflateReset(&z);
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR || (rc == Z_OK && z.avail_in == 0 && produced == 0)) {
      *error = "compressed data is truncated";
      ok = false;
      break;
    }
    if (rc != Z_OK) {
      *error = std::string("corrupt compressed data (") + (z.msg ? z.msg : "zlib error") + ")";
      ok = false;
      break;
    }
  }
  inflateEnd(&z);
  return ok;
}

}  // namespace

std::string GzipMember(std::string_view data) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("zlib deflateInit2 failed");
  }
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("zlib deflate failed");
  return out;
}

bool Decompress(std::string_view data, bool gzip, size_t max_out, std::string* out,
                std::string* error) {
  if (gzip) return InflateWith(data, 15 + 16, max_out, out, error);
  if (InflateWith(data, 15, max_out, out, error)) return true;
  std::string zlib_error = *error;
  if (InflateWith(data, -15, max_out, out, error)) return true;
  *error = zlib_error;
  return false;
}

}  // namespace vn::archive
