// FacetSpy: a Xapian match spy that counts the values of one multi-valued facet slot
// (values joined by schema::kFacetSeparator) over every matching document. Serialisable,
// so it also works when the database is a set of remote shards.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vn::query {

class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double wt) override;
  Xapian::MatchSpy* clone() const override { return new FacetSpy(slot_); }
  std::string name() const override { return "vnarchive.FacetSpy"; }
  std::string serialise() const override;
  Xapian::MatchSpy* unserialise(const std::string& data,
                                const Xapian::Registry& context) const override;
  std::string serialise_results() const override;
  void merge_results(const std::string& serialised) override;
  std::string get_description() const override;

  // Values by descending count, then by value; at most `limit`.
  std::vector<std::pair<std::string, uint64_t>> Top(size_t limit) const;
  uint64_t documents() const { return documents_; }

 private:
  Xapian::valueno slot_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint64_t, Hash, std::equal_to<>> counts_;
  uint64_t documents_ = 0;
};

}  // namespace vn::query
