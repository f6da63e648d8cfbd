#include "indexer/gazetteer.h"

#include <algorithm>

#include "common/error.h"
#include "text/analyser.h"

namespace vn::data {
std::string_view Embedded(std::string_view name);
}

namespace vn::indexer {

namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    out.emplace_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

// Rows of a TSV with a header; each row a map from column name to value.
std::vector<std::unordered_map<std::string, std::string>> ReadTsv(std::string_view text,
                                                                  const std::string& file) {
  std::vector<std::unordered_map<std::string, std::string>> rows;
  std::vector<std::string> lines = Split(text, '\n');
  if (lines.empty() || lines[0].empty()) throw CorruptError(file + ": empty gazetteer file");
  std::vector<std::string> header = Split(lines[0], '\t');
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    std::vector<std::string> cells = Split(lines[i], '\t');
    if (cells.size() != header.size())
      throw CorruptError(file + ": line " + std::to_string(i + 1) + ": expected " +
                         std::to_string(header.size()) + " columns, found " +
                         std::to_string(cells.size()));
    std::unordered_map<std::string, std::string> row;
    for (size_t c = 0; c < header.size(); ++c) row[header[c]] = cells[c];
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::string_view EmbeddedData(std::string_view file_name) { return data::Embedded(file_name); }

std::string Gazetteer::Key(std::string_view name) {
  std::string lowered = text::NormaliseAndLower(name);
  std::string out;
  bool space = false;
  for (char c : lowered) {
    bool sep = c == ' ' || c == '-' || c == '\t' || c == '.' || c == '_';
    if (sep) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void Gazetteer::AddAlias(std::string_view alias, size_t entry) {
  if (alias.empty()) return;
  std::string key = Key(alias);
  auto& v = index_[key];
  if (std::find(v.begin(), v.end(), entry) == v.end()) v.push_back(entry);
  size_t tokens = 1 + static_cast<size_t>(std::count(key.begin(), key.end(), ' '));
  max_tokens_ = std::max(max_tokens_, tokens);
  for (size_t p = key.find(' '); p != std::string::npos; p = key.find(' ', p + 1))
    prefixes_.insert(key.substr(0, p));
}

Gazetteer Gazetteer::Parse(std::string_view provinces_tsv, std::string_view foreign_tsv,
                           std::string_view countries_tsv) {
  Gazetteer g;
  for (auto& row : ReadTsv(provinces_tsv, "provinces.tsv")) {
    PlaceEntry e;
    e.name = row["name"];
    e.kind = row["type"] == "tỉnh" ? "province" : "city";
    e.status = row["status"];
    e.successor = row["successor"];
    e.changed = row["changed"];
    e.country = "VN";
    e.aliases = Split(row["aliases"], '|');
    g.entries_.push_back(e);
    size_t id = g.entries_.size() - 1;
    g.AddAlias(e.name, id);
    for (const auto& a : Split(row["aliases"], '|')) g.AddAlias(a, id);
  }
  for (auto& row : ReadTsv(foreign_tsv, "foreign_provinces.tsv")) {
    PlaceEntry e;
    e.name = row["name"];
    e.kind = "foreign-province";
    e.country = row["country"];
    e.aliases = Split(row["aliases"], '|');
    g.entries_.push_back(e);
    size_t id = g.entries_.size() - 1;
    // "Viêng Chăn (tỉnh)": the parenthesised part is a disambiguator, not part of the name.
    std::string plain = e.name.substr(0, e.name.find(" ("));
    if (plain == e.name) g.AddAlias(e.name, id);
    for (const auto& a : Split(row["aliases"], '|')) g.AddAlias(a, id);
  }
  for (auto& row : ReadTsv(countries_tsv, "countries.tsv")) {
    PlaceEntry e;
    e.name = row["name"];
    e.kind = "country";
    e.country = row["code"];
    e.aliases = Split(row["aliases"], '|');
    g.entries_.push_back(e);
    size_t id = g.entries_.size() - 1;
    g.AddAlias(e.name, id);
    for (const auto& a : Split(row["aliases"], '|')) g.AddAlias(a, id);
  }
  return g;
}

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer g =
      Parse(EmbeddedData("provinces.tsv"), EmbeddedData("foreign_provinces.tsv"),
            EmbeddedData("countries.tsv"));
  return g;
}

std::vector<const PlaceEntry*> Gazetteer::Lookup(std::string_view name) const {
  std::vector<const PlaceEntry*> out;
  auto it = index_.find(Key(name));
  if (it == index_.end()) return out;
  for (size_t id : it->second) out.push_back(&entries_[id]);
  return out;
}

const PlaceEntry* Gazetteer::Resolve(const std::vector<size_t>& ids) const {
  const PlaceEntry* current = nullptr;
  const PlaceEntry* old = nullptr;
  const PlaceEntry* other = nullptr;
  for (size_t id : ids) {
    const PlaceEntry& e = entries_[id];
    if (e.status == "current")
      current = &e;
    else if (e.status == "old")
      old = &e;
    else if (!other)
      other = &e;
  }
  if (old && (!current || old->successor != old->name)) return old;
  return current ? current : other;
}

std::optional<std::string> Gazetteer::CurrentProvince(std::string_view name) const {
  std::vector<const PlaceEntry*> hits = Lookup(name);
  for (const PlaceEntry* e : hits)
    if (e->status == "current") return e->name;
  for (const PlaceEntry* e : hits)
    if (e->status == "old") return e->successor;
  return std::nullopt;
}

std::vector<std::string> Gazetteer::Predecessors(std::string_view current) const {
  std::vector<std::string> out;
  auto cur = CurrentProvince(current);
  if (!cur) return out;
  for (const PlaceEntry& e : entries_)
    if (e.status == "old" && e.successor == *cur) out.push_back(e.name);
  return out;
}

}  // namespace vn::indexer
