// Gazetteer: Vietnam's provinces before and after the 2025 reorganisation, Lao and
// Cambodian provinces, and countries, with every alias, loaded from data/gazetteer/ (the
// build embeds the files). It resolves a mention ("TP.HCM", "Thừa Thiên - Huế", "Quang
// Tri", "Xa-van-na-khệt") to its unit, and an old province to its 2025 successor.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vn::indexer {

struct PlaceEntry {
  std::string name;       // gazetteer name: "Quảng Bình", "Hồ Chí Minh", "Sa-la-van", "Lào"
  std::string kind;       // province, city, foreign-province, country
  std::string status;     // old, current ("" for foreign units and countries)
  std::string successor;  // old Vietnamese units: the 2025 unit it became part of
  std::string changed;    // ISO date the old unit ended ("" when not merged)
  std::string country;    // VN, LA, KH, ...
  std::vector<std::string> aliases;  // as written in the data: "TP.HCM", "Sài Gòn", ...
};

class Gazetteer {
 public:
  // The bundled gazetteer (parsed once, shared).
  static const Gazetteer& Default();
  // Parses the three TSV texts; throws vn::Error(kCorrupt) naming the file and line.
  static Gazetteer Parse(std::string_view provinces_tsv, std::string_view foreign_tsv,
                         std::string_view countries_tsv);

  // Units named exactly this (any alias, any case/tone style). Old and current rows of an
  // unchanged province are both returned.
  std::vector<const PlaceEntry*> Lookup(std::string_view name) const;
  // The unit a mention names, among the entries its alias hits: an old Vietnamese unit that
  // was renamed or merged under its own name (its successor is then the 2025 unit), else the
  // current unit, else the foreign one. nullptr when `ids` is empty.
  const PlaceEntry* Resolve(const std::vector<size_t>& ids) const;
  // The 2025 unit for a name: itself when current, its successor when old.
  std::optional<std::string> CurrentProvince(std::string_view name) const;
  // Every alias key (normalised lower case), for the mention tagger.
  const std::unordered_map<std::string, std::vector<size_t>>& alias_index() const { return index_; }
  const std::vector<PlaceEntry>& entries() const { return entries_; }
  // The longest alias in syllables, to bound the tagger's window.
  size_t max_alias_tokens() const { return max_tokens_; }
  // Whether some alias key continues `key` with more words ("thua thien" of "thua thien
  // hue"): a tagger reading words one by one stops where none does.
  bool IsAliasPrefix(const std::string& key) const { return prefixes_.count(key) > 0; }
  // Names of the old provinces merged into a current one (for --expand-places).
  std::vector<std::string> Predecessors(std::string_view current) const;

  // Key used by alias_index(): normalised lower case, words separated by single spaces,
  // hyphens as spaces ("Sa-la-van" → "sa la van").
  static std::string Key(std::string_view name);

 private:
  void AddAlias(std::string_view alias, size_t entry);
  std::vector<PlaceEntry> entries_;
  std::unordered_map<std::string, std::vector<size_t>> index_;
  std::unordered_set<std::string> prefixes_;
  size_t max_tokens_ = 1;
};

std::string_view EmbeddedData(std::string_view file_name);

}  // namespace vn::indexer
