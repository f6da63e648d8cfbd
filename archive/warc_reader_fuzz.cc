// libFuzzer target: any bytes as a WARC file (plain or gzip) must never crash, hang or
// leak in WarcReader, WarcReader::ReadAt or ParseHttpResponse; only vn::Error may escape
// the constructor. Build with -DVNARCHIVE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "archive/warc_reader.h"
#include "common/error.h"

namespace {

// The input lives in a memory file, reachable by path as the reader requires.
const std::string& InputPath() {
  static const std::string path = [] {
    int fd = memfd_create("warc_fuzz_input", 0);
    if (fd < 0) std::abort();
    return "/proc/self/fd/" + std::to_string(fd);
  }();
  return path;
}

void SetInput(const uint8_t* data, size_t size) {
  int fd = std::stoi(InputPath().substr(std::string("/proc/self/fd/").size()));
  if (ftruncate(fd, 0) != 0) std::abort();
  size_t done = 0;
  while (done < size) {
    ssize_t n = pwrite(fd, data + done, size - done, static_cast<off_t>(done));
    if (n <= 0) std::abort();
    done += static_cast<size_t>(n);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using vn::archive::WarcReader;
  using vn::archive::WarcRecord;
  vn::archive::ParseHttpResponse(std::string_view(reinterpret_cast<const char*>(data), size));
  SetInput(data, size);
  uint64_t last_offset = 0;
  try {
    WarcReader reader(InputPath());
    WarcRecord record;
    vn::archive::WarcLocation where;
    int n = 0;
    while (reader.Next(&record, &where)) {
      vn::archive::ParseHttpResponse(record.block);
      last_offset = where.offset;
      if (++n > 100000) std::abort();  // more records than bytes: a loop
    }
  } catch (const vn::Error&) {
  }
  try {
    WarcReader::ReadAt(InputPath(), last_offset);
  } catch (const vn::Error&) {
  }
  if (size > 0) {
    try {
      WarcReader::ReadAt(InputPath(), data[0] % size);
    } catch (const vn::Error&) {
    }
  }
  return 0;
}
