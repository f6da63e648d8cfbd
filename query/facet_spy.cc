#include "query/facet_spy.h"

#include <algorithm>

#include "common/index_schema.h"

namespace vn::query {

namespace {

void PutString(std::string* out, const std::string& s) {
  out->append(Xapian::sortable_serialise(static_cast<double>(s.size())));
  out->push_back('\0');
  out->append(s);
}

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++documents_;
  const std::string v = doc.get_value(slot_);
  std::string_view rest(v);
  while (!rest.empty()) {
    size_t j = rest.find(schema::kFacetSeparator);
    std::string_view value = rest.substr(0, j);
    rest = j == std::string_view::npos ? std::string_view() : rest.substr(j + 1);
    if (value.empty()) continue;
    // Look up without building a string: this runs for every matching document.
    auto it = counts_.find(value);
    if (it != counts_.end())
      ++it->second;
    else
      counts_.emplace(std::string(value), 1);
  }
}

std::string FacetSpy::serialise() const { return Xapian::sortable_serialise(slot_); }

Xapian::MatchSpy* FacetSpy::unserialise(const std::string& data, const Xapian::Registry&) const {
  return new FacetSpy(static_cast<Xapian::valueno>(Xapian::sortable_unserialise(data)));
}

// Results as lines "count\tvalue\n" after a first line with the document count: values
// never contain newlines or tabs (they are names from the text, whitespace-collapsed).
std::string FacetSpy::serialise_results() const {
  std::string out = std::to_string(documents_) + "\n";
  for (const auto& [value, count] : counts_) out += std::to_string(count) + "\t" + value + "\n";
  return out;
}

void FacetSpy::merge_results(const std::string& s) {
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    size_t j = s.find('\n', i);
    if (j == std::string::npos) j = s.size();
    std::string line = s.substr(i, j - i);
    i = j + 1;
    if (first) {
      documents_ += std::stoull(line.empty() ? "0" : line);
      first = false;
      continue;
    }
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    counts_[line.substr(tab + 1)] += std::stoull(line.substr(0, tab));
  }
}

std::string FacetSpy::get_description() const {
  return "FacetSpy(slot " + std::to_string(slot_) + ", " + std::to_string(counts_.size()) +
         " values)";
}

std::vector<std::pair<std::string, uint64_t>> FacetSpy::Top(size_t limit) const {
  std::vector<std::pair<std::string, uint64_t>> out(counts_.begin(), counts_.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace vn::query
