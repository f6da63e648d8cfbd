#include "indexer/mention_tokens.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/normaliser.h"
#include "text/utf8.h"

namespace vn::indexer {

namespace {

bool IsWordChar(char32_t c) {
  if (c == text::kReplacementChar) return false;
  return u_isalnum(static_cast<UChar32>(c)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

bool IsSpace(char32_t c) {
  return c != '\n' && (u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF ||
                       c == 0x200C || c == 0x200D);
}

bool IsDashChar(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
         c == 0x2212;
}

void ClassifyWord(MentionToken* t) {
  std::string_view s = t->surface;
  size_t i = 0;
  bool first = true, any_upper = false, any_lower = false, all_digit = true;
  int syllables = 1;
  while (i < s.size()) {
    char32_t c = text::NextCodePoint(s, &i);
    auto u = static_cast<UChar32>(c);
    if (c == '-') {
      ++syllables;
      continue;
    }
    if (!u_isdigit(u)) all_digit = false;
    if (u_isupper(u) || u_istitle(u)) {
      any_upper = true;
      if (first) t->upper_initial = true;
    } else if (u_islower(u)) {
      any_lower = true;
    }
    if (u_isalnum(u)) first = false;
  }
  t->all_upper = any_upper && !any_lower;
  t->number = all_digit;
  t->syllables = syllables;
}

// Lower-case words with '-', '.', '_' as spaces: Gazetteer::Key of a lowered token.
void AppendPlaceKey(std::string_view lower, std::string* key) {
  bool pending = !key->empty();
  for (char c : lower) {
    if (c == ' ' || c == '-' || c == '.' || c == '_' || c == '\t') {
      pending = !key->empty();
      continue;
    }
    if (pending) key->push_back(' ');
    pending = false;
    key->push_back(c);
  }
}

}  // namespace

std::vector<MentionToken> ScanMentionTokens(std::string_view text) {
  std::vector<MentionToken> out;
  size_t i = 0;
  int64_t cp = 0;
  bool space = false;
  while (i < text.size()) {
    size_t begin = i;
    int64_t cp_begin = cp;
    char32_t c = text::NextCodePoint(text, &i);
    ++cp;
    if (IsSpace(c) || c == '\r') {
      space = true;
      continue;
    }
    MentionToken t;
    t.byte_begin = begin;
    t.cp_begin = cp_begin;
    t.space_before = space || out.empty();
    space = false;
    if (IsWordChar(c)) {
      // Extend over word characters and hyphens that join two of them.
      while (i < text.size()) {
        size_t j = i;
        char32_t d = text::NextCodePoint(text, &j);
        if (IsWordChar(d)) {
          i = j;
          ++cp;
          continue;
        }
        if (d == '-' && j < text.size()) {
          size_t k = j;
          char32_t e = text::NextCodePoint(text, &k);
          if (IsWordChar(e)) {
            i = k;
            cp += 2;
            continue;
          }
        }
        break;
      }
      t.byte_end = i;
      t.cp_end = cp;
      t.word = true;
      t.surface = text.substr(begin, i - begin);
      t.lower = text::NormaliseAndLower(t.surface);
      ClassifyWord(&t);
    } else {
      t.byte_end = i;
      t.cp_end = cp;
      t.surface = text.substr(begin, i - begin);
      if (IsDashChar(c))
        t.lower = "-";
      else if (c == '\n')
        t.lower = "\n";
      else
        t.lower = std::string(t.surface);
    }
    out.push_back(std::move(t));
  }
  return out;
}

void Lexicon::Add(std::string_view phrase, int value) {
  std::vector<MentionToken> tokens = ScanMentionTokens(phrase);
  if (tokens.empty()) return;
  std::string key;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i) key += ' ';
    key += tokens[i].lower;
  }
  for (size_t p = key.find(' '); p != std::string::npos; p = key.find(' ', p + 1))
    prefixes_.insert(key.substr(0, p));
  phrases_.emplace(std::move(key), value);
  max_tokens_ = std::max(max_tokens_, tokens.size());
}

bool Lexicon::Contains(std::string_view phrase) const {
  std::vector<MentionToken> tokens = ScanMentionTokens(phrase);
  return !tokens.empty() && Longest(tokens, 0).length == tokens.size();
}

std::vector<Lexicon::Hit> Lexicon::All(const std::vector<MentionToken>& tokens, size_t i) const {
  std::vector<Hit> hits;
  std::string key;
  for (size_t k = i; k < tokens.size() && k - i < max_tokens_; ++k) {
    if (tokens[k].Is("\n")) break;
    if (k > i) key += ' ';
    key += tokens[k].lower;
    auto it = phrases_.find(key);
    if (it != phrases_.end()) hits.push_back({k - i + 1, it->second});
    if (!prefixes_.count(key)) break;  // no longer phrase goes on from here
  }
  return hits;
}

Lexicon::Hit Lexicon::Longest(const std::vector<MentionToken>& tokens, size_t i) const {
  std::vector<Hit> hits = All(tokens, i);
  return hits.empty() ? Hit{} : hits.back();
}

std::vector<VocabularyLine> VocabularyLines(std::string_view data) {
  std::vector<VocabularyLine> out;
  size_t i = 0;
  int number = 0;
  while (i <= data.size()) {
    size_t j = data.find('\n', i);
    if (j == std::string_view::npos) j = data.size();
    std::string_view line = data.substr(i, j - i);
    ++number;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) out.push_back({number, std::string(line)});
    i = j + 1;
  }
  return out;
}

PlaceHit PlaceAt(const Gazetteer& gazetteer, const std::vector<MentionToken>& tokens, size_t i) {
  PlaceHit best;
  if (i >= tokens.size() || !tokens[i].word) return best;
  const auto& index = gazetteer.alias_index();
  const size_t max_words = gazetteer.max_alias_tokens();
  std::string key;
  size_t words = 0;
  bool capitalised = false;
  const std::vector<size_t>* found = nullptr;
  for (size_t k = i; k < tokens.size(); ++k) {
    const MentionToken& t = tokens[k];
    if (!t.word) {
      // Joiners inside a name: "TP.HCM", "Thừa Thiên - Huế". A dot only without a space
      // before it, so a sentence end never joins two names.
      bool joiner = t.IsDash() || (t.Is(".") && !t.space_before);
      if (!joiner || k + 1 >= tokens.size() || !tokens[k + 1].word) break;
      continue;
    }
    words += static_cast<size_t>(t.syllables);
    if (words > max_words) break;
    AppendPlaceKey(t.lower, &key);
    capitalised |= t.upper_initial;
    auto it = index.find(key);
    if (it != index.end() && capitalised) {
      best.length = k - i + 1;
      found = &it->second;
    }
    if (!gazetteer.IsAliasPrefix(key)) break;
  }
  if (!found) return best;
  // The same choice as PlaceTagger.
  best.entry = gazetteer.Resolve(*found);
  if (!best.entry) {
    best.length = 0;
    return best;
  }
  best.canonical = best.entry->name;
  best.kind = best.entry->kind;
  return best;
}

}  // namespace vn::indexer
