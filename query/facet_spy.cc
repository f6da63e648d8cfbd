#include "query/facet_spy.h"

#include <stdexcept>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "common/index_schema.h"
#include "query/revision_cache.h"

namespace vn::query {

FacetTable::FacetTable(const Xapian::Database& db, Xapian::valueno slot) {
  offsets_.assign(static_cast<size_t>(db.get_lastdocid()) + 2, 0);
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids;
  Xapian::docid next = 1;  // offsets_ filled up to here
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    const Xapian::docid did = it.get_docid();
    if (did + 1 >= offsets_.size()) offsets_.resize(static_cast<size_t>(did) + 2, 0);
    for (; next <= did; ++next) offsets_[next] = static_cast<uint32_t>(ids_.size());
    const std::string joined = *it;
    ForEachFacetValue(joined, [&](std::string_view v) {
      auto found = ids.find(v);
      if (found == ids.end()) {
        found = ids.emplace(std::string(v), static_cast<uint32_t>(values_.size())).first;
        values_.emplace_back(v);
      }
      ids_.push_back(found->second);
    });
  }
  for (; next < offsets_.size(); ++next) offsets_[next] = static_cast<uint32_t>(ids_.size());
}

std::shared_ptr<const FacetTable> FacetTable::Shared(const Xapian::Database& db,
                                                     const std::string& identity,
                                                     Xapian::valueno slot) {
  constexpr size_t kKeep = 40;  // five facets of eight shards
  return SharedPerRevision<FacetTable>(
      identity, slot, kKeep, [&] { return std::make_shared<const FacetTable>(db, slot); });
}

std::vector<uint32_t> FacetTable::Totals() const {
  std::vector<uint32_t> counts(values_.size(), 0);
  for (uint32_t id : ids_) ++counts[id];
  return counts;
}

std::vector<std::pair<std::string, uint64_t>> TopValues(const FacetTable& table,
                                                        const std::vector<uint32_t>& counts,
                                                        size_t limit) {
  std::vector<uint32_t> ids;
  for (uint32_t id = 0; id < counts.size(); ++id)
    if (counts[id] > 0) ids.push_back(id);
  auto better = [&](uint32_t a, uint32_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : table.value(a) < table.value(b);
  };
  size_t n = std::min(limit, ids.size());
  std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(n), ids.end(), better);
  std::vector<std::pair<std::string, uint64_t>> out;
  for (size_t i = 0; i < n; ++i) out.emplace_back(table.value(ids[i]), counts[ids[i]]);
  return out;
}

void FacetSpy::Merge(const FacetSpy& other) {
  if (other.table_ != table_) throw std::logic_error("FacetSpy::Merge: spies of two tables");
  for (size_t id = 0; id < counts_.size(); ++id) counts_[id] += other.counts_[id];
}

void FacetSpy::AddCounts(std::unordered_map<std::string_view, uint64_t>* totals) const {
  for (uint32_t id = 0; id < counts_.size(); ++id)
    if (counts_[id] > 0) (*totals)[table_->value(id)] += counts_[id];
}

std::string FacetSpy::get_description() const {
  return "FacetSpy(" + std::to_string(table_->value_count()) + " values)";
}

}  // namespace vn::query
