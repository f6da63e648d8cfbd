// MentionTokens: the small toolkit the person and organisation extractors share. A scanner
// cuts NFC text into words and punctuation marks with byte and code-point offsets into the
// text as given (so a span can be reported without mapping back through normalisation); a
// Lexicon matches multi-word phrases from a data file ignoring case and tone-mark style;
// PlaceAt matches a gazetteer place at a token. Everything is linear in the text: the
// matchers look at most a fixed number of tokens ahead.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "indexer/gazetteer.h"

namespace vn::indexer {

// A word is a run of letters, digits and combining marks; a hyphen between two letters or
// digits stays inside it ("Khăm-phết", "Min-jun"). Every other non-space character is a
// token of its own; a line break is the punctuation token "\n". A dot always splits
// ("TP.HCM" is "TP" "." "HCM"; `space_before` tells the two writings apart).
struct MentionToken {
  std::string_view surface;  // a view into the scanned text
  std::string lower;         // Normalise + lower case; dashes (- – —) all become "-"
  size_t byte_begin = 0, byte_end = 0;
  int64_t cp_begin = 0, cp_end = 0;  // code points
  bool word = false;
  bool upper_initial = false;  // first letter is upper case
  bool all_upper = false;      // no lower-case letter, at least one upper-case letter
  bool number = false;         // digits only
  bool space_before = false;   // white space between this token and the one before
  int syllables = 0;           // words: hyphen-separated parts

  bool Is(std::string_view punct_or_lower) const { return lower == punct_or_lower; }
  bool IsDash() const { return !word && lower == "-"; }
};

// `text` must outlive the tokens (they view into it). Invalid UTF-8 is tolerated.
std::vector<MentionToken> ScanMentionTokens(std::string_view text);

// Phrases (one or more tokens) mapped to the index of their entry. Keys are the tokens'
// `lower` forms, so "Uỷ ban", "Ủy ban" and "ỦY BAN" are one phrase.
class Lexicon {
 public:
  struct Hit {
    size_t length = 0;  // tokens; 0 when nothing matched
    int value = -1;
  };
  // An empty phrase (only spaces) is ignored.
  void Add(std::string_view phrase, int value);
  // The longest phrase starting at tokens[i]. Phrases never cross a line break.
  Hit Longest(const std::vector<MentionToken>& tokens, size_t i) const;
  // Every phrase starting at tokens[i], shortest first.
  std::vector<Hit> All(const std::vector<MentionToken>& tokens, size_t i) const;
  bool Contains(std::string_view phrase) const;
  bool empty() const { return phrases_.empty(); }

 private:
  std::unordered_map<std::string, int> phrases_;
  std::unordered_set<std::string> prefixes_;  // every phrase's first words, each length
  size_t max_tokens_ = 0;
};

struct VocabularyLine {
  int number = 0;  // 1-based line number in the file, for error messages
  std::string text;
};
// Lines of an embedded vocabulary file: trimmed, without '#' comments and blank lines.
std::vector<VocabularyLine> VocabularyLines(std::string_view data);

struct PlaceHit {
  size_t length = 0;  // tokens; 0 when no place starts here
  const PlaceEntry* entry = nullptr;
  std::string canonical;  // as PlaceTagger reports it: the gazetteer name
  std::string kind;       // province, city, foreign-province, country
};

// The longest gazetteer place starting at tokens[i] ("Đà Nẵng", "TP.HCM", "Thừa Thiên -
// Huế", "Sa-la-van", "CHDCND Lào"). At least one of its words must be capitalised.
PlaceHit PlaceAt(const Gazetteer& gazetteer, const std::vector<MentionToken>& tokens, size_t i);

}  // namespace vn::indexer
