// AliasExpander: query-time synonyms. A run of query words that spells a known name in any
// of its forms ("tphcm", "TP. Hồ Chí Minh", "Sài Gòn"; "UBND" / "Ủy ban nhân dân"; "Xa-van-
// na-khệt" / "Savannakhet") is matched against data/aliases.tsv and the gazetteer, and the
// query then asks for any form of it. Words typed with marks must match the alias's marks;
// words typed without match by their accent-free form. With place expansion on, a
// pre-2025 province also finds its successor's names and the successor its predecessors.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/token.h"

namespace vn::query {

class AliasExpander {
 public:
  // data/aliases.tsv (embedded at build time) and the bundled gazetteer.
  static const AliasExpander& Default();
  // `aliases_tsv`: groups, one per line, tab-separated forms; '#' comments.
  static AliasExpander Build(std::string_view aliases_tsv, bool with_gazetteer);

  struct Match {
    size_t length = 0;  // tokens matched
    size_t group = 0;
  };
  // The longest alias starting at tokens[i], or nullopt.
  std::optional<Match> LongestMatch(const std::vector<text::Token>& tokens, size_t i) const;
  // Every form of a group (the forms as written in the data).
  const std::vector<std::string>& Forms(size_t group) const { return groups_[group].forms; }
  // For a place group: the forms of its 2025 successor and of the units merged into it.
  std::vector<std::string> PlaceExpansion(size_t group) const;
  // The same for a place name given by the user (--place "Quảng Bình" --expand-places).
  static std::vector<std::string> ExpandPlaceName(std::string_view name);

 private:
  struct Group {
    std::vector<std::string> forms;
    std::string place;  // gazetteer name for place groups
  };
  struct Alias {
    size_t group;
    std::vector<std::string> exact;  // lower-case canonical syllables
  };
  void Add(size_t group, std::string_view form);
  std::vector<Group> groups_;
  std::unordered_map<std::string, std::vector<Alias>> by_folded_;  // folded key → aliases
  size_t max_tokens_ = 1;
};

}  // namespace vn::query
