#include "query/docid_part_source.h"

#include <algorithm>

namespace vn::query {

DocidPartSource::DocidPartSource(unsigned part, unsigned parts)
    : part_(part), parts_(std::max(parts, 1u)) {}

Xapian::Query DocidPartSource::Filter(const Xapian::Query& query, unsigned part, unsigned parts) {
  // The query owns the source (release): it is cloned per database of the search.
  Xapian::Query range((new DocidPartSource(part, parts))->release());
  return Xapian::Query(Xapian::Query::OP_FILTER, query, range);
}

void DocidPartSource::init(const Xapian::Database& db) {
  const uint64_t last = db.get_lastdocid();
  first_ = static_cast<Xapian::docid>(last * part_ / parts_ + 1);
  last_ = static_cast<Xapian::docid>(last * (part_ + 1) / parts_);
  current_ = 0;
  const Xapian::doccount span = last_ >= first_ ? last_ - first_ + 1 : 0;
  const Xapian::doccount live = db.get_doccount();
  const Xapian::doccount gaps = static_cast<Xapian::doccount>(last) - live;
  termfreq_min_ = span > gaps ? span - gaps : 0;
  termfreq_max_ = std::min(span, live);
  termfreq_est_ = last == 0 ? 0 : static_cast<Xapian::doccount>(uint64_t{span} * live / last);
}

void DocidPartSource::next(double) { current_ = current_ == 0 ? first_ : current_ + 1; }

void DocidPartSource::skip_to(Xapian::docid did, double) {
  current_ = std::max({did, first_, current_});
}

bool DocidPartSource::check(Xapian::docid did, double min_wt) {
  skip_to(did, min_wt);
  return true;
}

bool DocidPartSource::at_end() const { return current_ > last_; }

Xapian::docid DocidPartSource::get_docid() const { return current_; }

DocidPartSource* DocidPartSource::clone() const { return new DocidPartSource(part_, parts_); }

std::string DocidPartSource::name() const { return "vn::query::DocidPartSource"; }

std::string DocidPartSource::get_description() const {
  return "DocidPartSource(" + std::to_string(part_) + "/" + std::to_string(parts_) + ")";
}

}  // namespace vn::query
