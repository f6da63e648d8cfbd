// AliasExpander: synonyms. A run of query words that spells a known name in any of its
// forms ("tphcm", "TP. Hồ Chí Minh", "Sài Gòn"; "UBND" / "Ủy ban nhân dân"; "Xa-van-na-khệt"
// / "Savannakhet") is matched against data/aliases.tsv and the gazetteer, and the query then
// asks for any form of it. Words typed with marks must match the alias's marks; words typed
// without match by their accent-free form. With place expansion on, a pre-2025 province
// also finds its successor's names and the successor its predecessors.
//
// The indexer tags each document with a group term (GroupTerm) wherever the words of one of
// the group's forms stand side by side (TagForms), so asking for "any form of Hà Nội" is one
// term rather than a phrase per form checked against positions. Changing the alias data or
// the gazetteer therefore needs `vnarchive reindex`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/token.h"

namespace vn::indexer {

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

  // The index term of a group (index_schema.h, kAliasGroup).
  const std::string& GroupTerm(size_t group) const { return groups_[group].term; }
  // Whether the accent-free words of `text` (the analyser's tokens, space-joined) are one
  // of the group's forms, so the group term finds what a phrase of them would.
  bool IsFormOf(size_t group, const std::string& folded_words) const;
  // The accent-free words of a text, space-joined: the key TagForms and IsFormOf use.
  static std::string FormKey(const std::vector<text::Token>& tokens);
  // Calls tag(group) for every group one of whose forms has its words side by side
  // (consecutive positions) from tokens[i] on; a group may be named more than once.
  template <typename F>
  void TagForms(const std::vector<text::Token>& tokens, size_t i, F tag) const {
    std::string key;
    for (size_t k = i; k < tokens.size(); ++k) {
      if (tokens[k].term.empty() || (k > i && tokens[k].position != tokens[k - 1].position + 1))
        return;
      if (k > i) key += ' ';
      key += tokens[k].folded;
      auto it = form_groups_.find(key);
      if (it != form_groups_.end())
        for (size_t g : it->second) tag(g);
      if (!form_prefixes_.count(key)) return;
    }
  }

 private:
  struct Group {
    std::vector<std::string> forms;
    std::string place;  // gazetteer name for place groups
    std::string term;   // GroupTerm
  };
  struct Alias {
    size_t group;
    std::vector<std::string> exact;  // lower-case canonical syllables
  };
  void Add(size_t group, std::string_view form);
  void IndexForms();
  std::vector<Group> groups_;
  std::unordered_map<std::string, std::vector<Alias>> by_folded_;  // folded key → aliases
  size_t max_tokens_ = 1;
  // FormKey of every form → its groups; every form key's first words, each length.
  std::unordered_map<std::string, std::vector<size_t>> form_groups_;
  std::unordered_set<std::string> form_prefixes_;
};

}  // namespace vn::indexer
