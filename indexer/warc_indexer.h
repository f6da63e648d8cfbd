// WarcIndexer: reads WARC files (ours or any standards-conforming producer's), runs the
// extractor on every HTML response and writes the index. Damaged records are reported
// (file, offset, reason) and skipped; everything else is indexed.
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
};

struct IndexSummary {
  uint64_t records = 0;        // WARC records read
  uint64_t pages = 0;          // HTML responses indexed
  uint64_t older_skipped = 0;  // captures older than the indexed one
  uint64_t not_html = 0;       // responses skipped by type
  uint64_t not_ok = 0;         // non-200 responses (redirects, errors)
  uint64_t list_pages = 0;     // pages that list articles (home, categories, pagination)
  std::vector<archive::WarcProblem> problems;
  uint64_t documents = 0;  // documents in the index afterwards
};

IndexSummary IndexWarcs(const IndexOptions& options);

// True when the HTTP content type (or, failing that, the first bytes) says HTML.
bool LooksLikeHtml(const std::string& content_type, std::string_view body);

}  // namespace vn::indexer
