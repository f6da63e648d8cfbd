// JsonlIndexer: indexes a JSON Lines corpus of already-extracted articles (one object per
// line with url, title, date, text, id; the format of ../shared/corpus) without HTML or
// WARC: for benchmarks and for importing text collections. Extraction and term generation
// run on `threads` worker threads while the previous batch is written: by two threads into
// a new (empty) index (ParallelIndexBuild), by one when adding to an existing index.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace vn::indexer {

struct JsonlOptions {
  std::string index_dir;
  std::string path;
  int threads = 2;
  std::string source;        // source name for every record (default: the record's "source")
  bool folded_terms = true;  // false only to measure their cost (bench/)
  std::function<void(const std::string&)> log;
};

struct JsonlSummary {
  uint64_t lines = 0;
  uint64_t indexed = 0;
  std::vector<std::string> bad_lines;  // "FILE:LINE: why"
  uint64_t documents = 0;
};

// Throws vn::Error(kUsage) when the file cannot be read.
JsonlSummary IndexJsonl(const JsonlOptions& options);

}  // namespace vn::indexer
