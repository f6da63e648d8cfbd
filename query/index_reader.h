// IndexReader: read-only access to stored records and index-wide statistics: a record by id
// or URL (`show`), the events with a partner, newest first (`meetings`), and the figures
// of `stats`. Opens the database as of its last commit; never blocks a writer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "indexer/article.h"

namespace vn::query {

struct IndexStats {
  uint64_t documents = 0;
  std::vector<std::pair<std::string, uint64_t>> sources;  // source name → documents
  std::string first_published, last_published;            // ISO days
  std::vector<std::pair<std::string, uint64_t>> top_places, top_orgs, top_types, years;
  uint64_t index_bytes = 0;
  uint64_t archive_bytes = 0;
  uint64_t archive_files = 0;
};

struct Meeting {
  std::string date;  // event date (ISO, may be an interval) or the publication day
  std::string type;
  std::vector<std::string> places;
  std::vector<indexer::Person> people;
  std::vector<std::string> agreements;
  indexer::Article article;
};

class IndexReader {
 public:
  // Throws vn::Error(kUsage) when there is no index, kCorrupt when it cannot be read.
  explicit IndexReader(const std::string& index_dir);
  ~IndexReader();

  // By document id (hex), unique prefix of one (≥ 8 characters), or URL.
  std::optional<indexer::Article> Find(const std::string& id_or_url) const;
  IndexStats Stats(const std::string& archive_dir) const;
  // Every document whose partners include `partner` (any spelling the gazetteer knows),
  // optionally only those published by `source_province`; newest event first.
  std::vector<Meeting> Meetings(const std::string& partner, const std::string& source_province,
                                unsigned limit) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vn::query
