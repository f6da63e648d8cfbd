#include "indexer/place_tagger.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <map>
#include <set>

#include "text/analyser.h"

namespace vn::indexer {

namespace {

bool StartsUpper(const std::string& s) {
  if (s.empty()) return false;
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isupper(c);
}

bool AllUpper(const std::string& s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  bool any = false;
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c < 0) return false;
    if (u_islower(c)) return false;
    if (u_isupper(c)) any = true;
  }
  return any;
}

// Only spaces between two byte positions: the tokens are one run of words.
bool Adjacent(const std::string& text, size_t from, size_t to) {
  if (to < from) return false;
  for (size_t i = from; i < to; ++i)
    if (text[i] != ' ') return false;
  return true;
}

// Syllables of one name: separated by spaces or a hyphen/dash ("Sa-la-van",
// "Thừa Thiên - Huế", "Bà Rịa – Vũng Tàu").
bool Joinable(const std::string& text, size_t from, size_t to) {
  if (to < from || to - from > 5) return false;
  std::string gap = text.substr(from, to - from);
  return gap == " " || gap == "-" || gap == " - " || gap == "\xE2\x80\x93" ||
         gap == " \xE2\x80\x93 ";
}

}  // namespace

PlaceTagger::PlaceTagger(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

std::vector<Place> PlaceTagger::Tag(const std::string& input) const {
  std::vector<Place> out;
  std::string text = text::Normalise(input);
  static thread_local text::Analyser analyser;  // ICU state: costly to build per call
  std::vector<text::Token> tokens = analyser.AnalyseNormalised(text);
  std::vector<std::string> keys;
  keys.reserve(tokens.size());
  for (const auto& t : tokens) keys.push_back(Gazetteer::Key(t.term));
  // Code-point offset of each byte boundary we report.
  auto cp_offset = [&, last_byte = size_t{0}, last_cp = int64_t{0}](size_t byte) mutable {
    if (byte < last_byte) {
      last_byte = 0;
      last_cp = 0;
    }
    for (; last_byte < byte && last_byte < text.size(); ++last_byte)
      if ((static_cast<unsigned char>(text[last_byte]) & 0xC0) != 0x80) ++last_cp;
    return last_cp;
  };
  const auto& index = gazetteer_.alias_index();
  size_t max_len = gazetteer_.max_alias_tokens();
  std::vector<std::pair<size_t, const std::vector<size_t>*>> found;  // (length, entries)
  std::string key;
  for (size_t i = 0; i < tokens.size();) {
    // Every alias starting here, read word by word while some alias continues the words.
    // Every syllable of a multi-word name must be one run (no punctuation between).
    found.clear();
    key.clear();
    for (size_t len = 1; len <= max_len && i + len <= tokens.size(); ++len) {
      if (len > 1) {
        if (!Joinable(text, tokens[i + len - 2].end, tokens[i + len - 1].start)) break;
        key += ' ';
      }
      key += keys[i + len - 1];
      auto it = index.find(key);
      if (it != index.end()) found.emplace_back(len, &it->second);
      if (!gazetteer_.IsAliasPrefix(key)) break;
    }
    size_t matched = 0;
    const std::vector<size_t>* entries = nullptr;
    for (auto f = found.rbegin(); f != found.rend(); ++f) {  // longest first
      const size_t len = f->first;
      bool capitalised = false;
      for (size_t k = i; k < i + len; ++k) capitalised |= StartsUpper(tokens[k].surface);
      if (!capitalised) continue;
      if (len == 1 && !AllUpper(tokens[i].surface)) {
        bool name_before = i > 0 && StartsUpper(tokens[i - 1].surface) &&
                           Adjacent(text, tokens[i - 1].end, tokens[i].start);
        bool name_after = i + 1 < tokens.size() && StartsUpper(tokens[i + 1].surface) &&
                          Adjacent(text, tokens[i].end, tokens[i + 1].start);
        if (name_before || name_after) continue;
      }
      matched = len;
      entries = f->second;
      break;
    }
    if (!matched) {
      ++i;
      continue;
    }
    Place p;
    size_t start = tokens[i].start, end = tokens[i + matched - 1].end;
    p.name = text.substr(start, end - start);
    if (const PlaceEntry* e = gazetteer_.Resolve(*entries)) {
      p.canonical = e->name;
      p.kind = e->kind;
      p.country = e->country;
      // Vietnamese units carry their 2025 province: their successor when old, else themselves.
      if (e->country == "VN" && e->kind != "country")
        p.current_province = e->status == "old" ? e->successor : e->name;
    }
    p.span.start = cp_offset(start);
    p.span.end = cp_offset(end);
    out.push_back(std::move(p));
    i += matched;
  }
  return out;
}

std::vector<std::string> PartnersFromPlaces(const std::vector<Place>& places,
                                            const std::string& source_province,
                                            const PartnerSalience& salience) {
  std::vector<std::string> all = PartnersFromPlaces(places, source_province);
  if (!salience.title_places) return all;
  std::map<std::string, int> mentions;
  std::set<std::string> salient;
  for (const Place& p : *salience.title_places) salient.insert(p.canonical);
  for (const Place& p : places) {
    if (++mentions[p.canonical] >= 2) salient.insert(p.canonical);
    if (p.span.start >= 0 && p.span.start < salience.lead_end) salient.insert(p.canonical);
  }
  // A country counts through its salient provinces too ("tỉnh Sa-la-van (Lào)").
  std::vector<std::string> out;
  for (const auto& c : all)
    if (salient.count(c)) out.push_back(c);
  return out;
}

std::vector<std::string> PartnersFromPlaces(const std::vector<Place>& places,
                                            const std::string& source_province) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  const Gazetteer& g = Gazetteer::Default();
  std::string source_current = g.CurrentProvince(source_province).value_or(source_province);
  // A country whose provinces are named is not a party of its own: "tỉnh Sa-la-van (Lào)".
  std::set<std::string> countries_with_provinces;
  for (const Place& p : places)
    if (p.kind == "foreign-province") countries_with_provinces.insert(p.country);
  for (const Place& p : places) {
    if (p.country == "VN" && p.kind == "country") continue;
    if (p.kind == "country" && countries_with_provinces.count(p.country)) continue;
    if (!source_province.empty() &&
        (p.canonical == source_province || p.canonical == source_current))
      continue;
    if (seen.insert(p.canonical).second) out.push_back(p.canonical);
  }
  return out;
}

}  // namespace vn::indexer
