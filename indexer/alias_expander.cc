#include "indexer/alias_expander.h"

#include <algorithm>
#include <set>

#include "common/index_schema.h"
#include "indexer/gazetteer.h"
#include "text/analyser.h"

namespace vn::data {
std::string_view Embedded(std::string_view name);
}

namespace vn::indexer {

namespace {

// Syllables of a form: the analyser's terms, with dotted codes split ("tp.hcm" → tp, hcm)
// so "TP.HCM", "TP. HCM" and "TP HCM" are one key.
std::vector<std::string> Syllables(const text::Analyser& analyser, std::string_view form) {
  std::vector<std::string> out;
  for (const text::Token& t : analyser.Analyse(form)) {
    std::string cur;
    for (char c : t.term) {
      if (c == '.' || c == '-' || c == '/') {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) out.push_back(cur);
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, size_t from, size_t n) {
  std::string key;
  for (size_t k = from; k < from + n; ++k) {
    if (k > from) key += ' ';
    key += parts[k];
  }
  return key;
}

}  // namespace

void AliasExpander::Add(size_t group, std::string_view form) {
  static thread_local text::Analyser analyser;
  std::vector<std::string> exact = Syllables(analyser, form);
  if (exact.empty()) return;
  std::vector<std::string> folded;
  for (const auto& s : exact) folded.push_back(text::Fold(s));
  std::string key = Join(folded, 0, folded.size());
  if (key.size() < 2) return;
  auto& list = by_folded_[key];
  for (const Alias& a : list)
    if (a.group == group && a.exact == exact) return;
  list.push_back({group, exact});
  max_tokens_ = std::max(max_tokens_, exact.size());
}

AliasExpander AliasExpander::Build(std::string_view tsv, bool with_gazetteer) {
  AliasExpander ex;
  size_t i = 0;
  while (i < tsv.size()) {
    size_t j = tsv.find('\n', i);
    if (j == std::string_view::npos) j = tsv.size();
    std::string_view line = tsv.substr(i, j - i);
    i = j + 1;
    if (line.empty() || line[0] == '#') continue;
    Group g;
    size_t a = 0;
    while (a <= line.size()) {
      size_t b = line.find('\t', a);
      if (b == std::string_view::npos) b = line.size();
      if (b > a) g.forms.emplace_back(line.substr(a, b - a));
      a = b + 1;
    }
    if (g.forms.size() < 2) continue;
    ex.groups_.push_back(g);
    for (const auto& f : g.forms) ex.Add(ex.groups_.size() - 1, f);
  }
  if (with_gazetteer) {
    const Gazetteer& gz = Gazetteer::Default();
    // One group per unit name: an unchanged province's old and current rows share it.
    std::unordered_map<std::string, size_t> by_name;
    for (const PlaceEntry& e : gz.entries()) {
      auto [it, fresh] = by_name.emplace(e.name, ex.groups_.size());
      if (fresh) ex.groups_.push_back({{}, e.name});
      auto& forms = ex.groups_[it->second].forms;
      // "Viêng Chăn (tỉnh)": the parenthesis only tells two units apart.
      std::string plain = e.name.substr(0, e.name.find(" ("));
      if (std::find(forms.begin(), forms.end(), plain) == forms.end()) forms.push_back(plain);
      for (const std::string& f : e.aliases)
        if (!f.empty() && std::find(forms.begin(), forms.end(), f) == forms.end())
          forms.push_back(f);
    }
    for (size_t g = 0; g < ex.groups_.size(); ++g)
      if (!ex.groups_[g].place.empty())
        for (const auto& f : ex.groups_[g].forms) ex.Add(g, f);
  }
  ex.IndexForms();
  return ex;
}

void AliasExpander::IndexForms() {
  static thread_local text::Analyser analyser;
  for (size_t g = 0; g < groups_.size(); ++g) {
    Group& group = groups_[g];
    const std::string& canonical = group.place.empty() ? group.forms.front() : group.place;
    group.term = std::string(schema::kAliasGroup) + text::Fold(canonical);
    if (group.term.size() > 200) group.term.resize(200);
    for (const auto& form : group.forms) {
      std::string key = FormKey(analyser.Analyse(form));
      if (key.empty()) continue;
      auto& groups = form_groups_[key];
      if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
      for (size_t p = key.find(' '); p != std::string::npos; p = key.find(' ', p + 1))
        form_prefixes_.insert(key.substr(0, p));
    }
  }
}

std::string AliasExpander::FormKey(const std::vector<text::Token>& tokens) {
  std::string key;
  for (const text::Token& t : tokens) {
    if (t.term.empty()) continue;
    if (!key.empty()) key += ' ';
    key += t.folded;
  }
  return key;
}

bool AliasExpander::IsFormOf(size_t group, const std::string& folded_words) const {
  auto it = form_groups_.find(folded_words);
  return it != form_groups_.end() &&
         std::find(it->second.begin(), it->second.end(), group) != it->second.end();
}

const AliasExpander& AliasExpander::Default() {
  static const AliasExpander ex = Build(data::Embedded("aliases.tsv"), true);
  return ex;
}

std::optional<AliasExpander::Match> AliasExpander::LongestMatch(
    const std::vector<text::Token>& tokens, size_t i) const {
  // The query's syllables from token i on, split like the aliases' own.
  std::vector<std::string> exact;
  std::vector<size_t> token_of;  // which query token each syllable came from
  for (size_t t = i; t < tokens.size() && exact.size() < max_tokens_ + 2; ++t) {
    std::string cur;
    for (char c : tokens[t].term + ".") {
      if (c == '.' || c == '-' || c == '/') {
        if (!cur.empty()) {
          exact.push_back(cur);
          token_of.push_back(t);
        }
        cur.clear();
      } else {
        cur += c;
      }
    }
  }
  std::vector<std::string> folded;
  for (const auto& s : exact) folded.push_back(text::Fold(s));
  for (size_t n = std::min(max_tokens_, exact.size()); n >= 1; --n) {
    // A match must end at a token boundary.
    if (n < exact.size() && token_of[n] == token_of[n - 1]) continue;
    auto it = by_folded_.find(Join(folded, 0, n));
    if (it == by_folded_.end()) continue;
    for (const Alias& a : it->second) {
      bool ok = true;
      // A syllable typed with marks must carry the alias's marks.
      for (size_t k = 0; k < n && ok; ++k)
        if (exact[k] != folded[k] && exact[k] != a.exact[k]) ok = false;
      if (ok) return Match{token_of[n - 1] - i + 1, a.group};
    }
  }
  return std::nullopt;
}

std::vector<std::string> AliasExpander::ExpandPlaceName(std::string_view name) {
  const Gazetteer& gz = Gazetteer::Default();
  std::set<std::string> names;
  auto hits = gz.Lookup(name);
  for (const auto* e : hits) names.insert(e->name);
  if (auto current = gz.CurrentProvince(name)) {
    names.insert(*current);
    for (const auto& p : gz.Predecessors(*current)) names.insert(p);
  }
  if (names.empty()) names.insert(std::string(name));
  return {names.begin(), names.end()};
}

std::vector<std::string> AliasExpander::PlaceExpansion(size_t group) const {
  const std::string& place = groups_[group].place;
  if (place.empty()) return {};
  std::vector<std::string> out;
  for (const auto& name : ExpandPlaceName(place)) {
    if (name == place) continue;
    // The forms of that unit's group, when it has one.
    for (const auto& g : groups_)
      if (g.place == name) out.insert(out.end(), g.forms.begin(), g.forms.end());
  }
  return out;
}

}  // namespace vn::indexer
