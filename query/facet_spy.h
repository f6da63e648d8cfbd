// FacetTable and FacetSpy: facet counts over every match of a search on a local index.
//
// A FacetTable holds one facet slot's values (index_schema.h: display values joined by
// kFacetSeparator) for every document, as small integer ids in two flat arrays, so counting
// a facet over 10,000 matches is 10,000 array reads instead of 10,000 value look-ups in the
// index (Xapian 1.4 keeps one value cursor per database: five facets read in turn re-seek it
// for every document). Building one reads the slot's value stream: about 5 ms per slot for
// 33,000 documents, paid once per index revision by FacetTable::Shared.
//
// Remote shards cannot run this spy (xapian-tcpsrv only knows Xapian's own spies); the
// searcher counts them with Xapian::ValueCountMatchSpy instead.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/index_schema.h"

namespace vn::query {

// Calls f(value) for each non-empty value of a facet slot's joined value (index_schema.h:
// several values joined by kFacetSeparator).
template <typename F>
void ForEachFacetValue(std::string_view joined, F f) {
  while (!joined.empty()) {
    size_t j = joined.find(schema::kFacetSeparator);
    std::string_view value = joined.substr(0, j);
    joined = j == std::string_view::npos ? std::string_view() : joined.substr(j + 1);
    if (!value.empty()) f(value);
  }
}

class FacetTable {
 public:
  // Reads `slot` of every document of `db` (one database, or several opened as one).
  FacetTable(const Xapian::Database& db, Xapian::valueno slot);

  // The table of `slot` for `db`, built on first use and shared (read-only, by any thread)
  // with every later call that passes the same `identity`: "DATABASE\nREVISION", so a
  // commit or a switched index gets a new table, and a newer revision's table drops the
  // cached one of the older revision of the same DATABASE.
  static std::shared_ptr<const FacetTable> Shared(const Xapian::Database& db,
                                                  const std::string& identity,
                                                  Xapian::valueno slot);

  // Adds one to counts[id] for each value document `did` (a document number in the
  // database the table was built from) holds.
  void Add(Xapian::docid did, std::vector<uint32_t>* counts) const {
    if (did + 1 >= offsets_.size()) return;
    for (uint32_t i = offsets_[did]; i < offsets_[did + 1]; ++i) ++(*counts)[ids_[i]];
  }
  size_t value_count() const { return values_.size(); }
  const std::string& value(uint32_t id) const { return values_[id]; }
  // Documents holding each value, over the whole index.
  std::vector<uint32_t> Totals() const;

 private:
  std::vector<uint32_t> offsets_;  // document d's ids are ids_[offsets_[d], offsets_[d + 1])
  std::vector<uint32_t> ids_;
  std::vector<std::string> values_;
};

// Values by descending count, then by value; at most `limit`; zero counts left out.
std::vector<std::pair<std::string, uint64_t>> TopValues(const FacetTable& table,
                                                        const std::vector<uint32_t>& counts,
                                                        size_t limit);

class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(std::shared_ptr<const FacetTable> table)
      : table_(std::move(table)), counts_(table_->value_count(), 0) {}

  void operator()(const Xapian::Document& doc, double) override {
    table_->Add(doc.get_docid(), &counts_);
  }
  Xapian::MatchSpy* clone() const override { return new FacetSpy(table_); }
  std::string name() const override { return "vnarchive.FacetSpy"; }
  std::string get_description() const override;

  std::vector<std::pair<std::string, uint64_t>> Top(size_t limit) const {
    return TopValues(*table_, counts_, limit);
  }
  // Adds the counts of a spy on the same table (the same search over other documents).
  void Merge(const FacetSpy& other);
  // Adds this spy's non-zero counts to `totals`, by value (to sum several databases); the
  // keys point into the table, which the caller keeps alive while it uses them.
  void AddCounts(std::unordered_map<std::string_view, uint64_t>* totals) const;

 private:
  std::shared_ptr<const FacetTable> table_;
  std::vector<uint32_t> counts_;
};

}  // namespace vn::query
