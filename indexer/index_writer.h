// IndexWriter: writes Articles into a Xapian database using the schema of
// common/index_schema.h. One document per canonical URL: adding an Article whose id is
// already indexed replaces that document, unless the indexed capture is newer.
#pragma once

#include <memory>
#include <string>

#include <xapian.h>

#include "indexer/article.h"

namespace vn::indexer {

// A document ready to write: built from an Article on any thread.
struct PreparedDocument {
  std::string id_term;
  std::string capture_date;
  std::string url;
  Xapian::Document doc;
};

class IndexWriter {
 public:
  // Creates the database when missing. Throws vn::Error(kLocked) when another writer holds
  // it, vn::Error(kCorrupt) when it cannot be opened.
  explicit IndexWriter(const std::string& index_dir);
  ~IndexWriter();

  // Returns false when a newer capture of the same page is already indexed.
  bool Add(const Article& article);
  // The term generation half of Add: thread-safe, so several threads can prepare
  // documents for one writer.
  // `folded_terms` = false leaves out the accent-free terms: only for measuring what they
  // cost (bench/); such an index cannot serve queries typed without diacritics.
  static PreparedDocument Prepare(const Article& article, bool folded_terms = true);
  bool AddPrepared(const PreparedDocument& prepared);
  void Commit();
  uint64_t document_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vn::indexer
