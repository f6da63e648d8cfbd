// PairSketchFilter: a Xapian posting source refusing, from their pair sketches
// (indexer/pair_sketch.h), the documents that cannot hold the given accent-free words side
// by side in order: a cheap first test before a phrase's positions are read.
//
// ANDed with a phrase (OP_PHRASE over the XF terms), it is asked about each candidate that
// holds every word. Xapian reads a candidate's positions only for those it lets through, and
// most candidates of a phrase of common words hold both words but not side by side: for
// "danh việc", 10,459 candidates and 236 let through. It never refuses a document that holds
// the words side by side; a document without a sketch (indexed before sketches were) is let
// through, and its positions decide.
//
// Asking costs a cache miss a candidate (~75 ns), which a common phrase ("thủ tướng") does
// not repay: Xapian fills a first page fast and then reads positions only for candidates
// that could still enter it. So init() first samples 128 documents holding the phrase's
// rarest word; where one in eight or more may hold the phrase, every candidate is let
// through unasked.
//
// Sketches are read once per database revision into memory and shared (about 450 bytes a
// document). Local databases only: xapian-tcpsrv does not know it. Queries holding it
// serialise; unserialise them with Registry().
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

namespace vn::query {

class PairSketchFilter : public Xapian::PostingSource {
 public:
  // `words`: accent-free words (Token::folded), without prefix.
  explicit PairSketchFilter(std::vector<std::string> words);
  ~PairSketchFilter() override;

  static Xapian::Query Make(const std::vector<std::string>& words);
  // A registry that knows this source, for Xapian::Query::unserialise.
  static Xapian::Registry Registry();

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  // As many as the database holds: an AND asks its rarest terms for candidates first, and
  // this source should only be asked about those.
  Xapian::doccount get_termfreq_est() const override { return doccount_; }
  Xapian::doccount get_termfreq_max() const override { return doccount_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool check(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }
  PairSketchFilter* clone() const override;
  std::string name() const override;
  std::string serialise() const override;
  PairSketchFilter* unserialise(const std::string& serialised) const override;
  std::string get_description() const override;

 private:
  class SketchTable;
  bool MayHold(Xapian::docid did) const;
  bool FewMayHold(const Xapian::Database& db) const;

  std::vector<std::string> words_;
  std::vector<uint64_t> pair_hashes_;            // of each word with the next
  std::shared_ptr<const SketchTable> sketches_;  // of the database init() was given
  Xapian::doccount doccount_ = 0;
  Xapian::docid current_ = 0, last_ = 0;
  bool active_ = false;  // false: lets every document through (FewMayHold)
};

}  // namespace vn::query
