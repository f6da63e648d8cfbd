// DocidPartSource: a Xapian posting source matching one of `parts` equal runs of document
// ids, so that one search can be run as `parts` searches of the same index on as many
// threads (Searcher: the ranking pass and the facet count on both cores).
//
// Each part is a run of ids in every database of the search: for a database whose last id
// is L, part k holds ids (L*k/parts, L*(k+1)/parts]. The parts of one database are disjoint
// and together hold every id, so their matches together are the whole search's matches;
// and as every part is searched over the same databases, the collection statistics, and so
// the weights, are the whole search's own. Ids of deleted documents are returned too: the
// source is meant as a filter (OP_FILTER) on a query that only matches real documents.
//
// Local databases only: it has no serialisation for a remote server.
#pragma once

#include <xapian.h>

#include <string>

namespace vn::query {

class DocidPartSource : public Xapian::PostingSource {
 public:
  DocidPartSource(unsigned part, unsigned parts);

  // The query matching this part: `query` filtered by a new source.
  static Xapian::Query Filter(const Xapian::Query& query, unsigned part, unsigned parts);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return termfreq_min_; }
  Xapian::doccount get_termfreq_est() const override { return termfreq_est_; }
  Xapian::doccount get_termfreq_max() const override { return termfreq_max_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool check(Xapian::docid did, double min_wt) override;
  bool at_end() const override;
  Xapian::docid get_docid() const override;
  DocidPartSource* clone() const override;
  std::string name() const override;
  std::string get_description() const override;

 private:
  unsigned part_, parts_;
  Xapian::docid first_ = 1, last_ = 0;  // the ids of this part in the current database
  Xapian::docid current_ = 0;           // 0 before the first next()
  Xapian::doccount termfreq_min_ = 0, termfreq_est_ = 0, termfreq_max_ = 0;
};

}  // namespace vn::query
