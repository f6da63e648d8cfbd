#include "text/vietnamese_score.h"

#include <unicode/uchar.h>

#include <string>

#include "text/utf8.h"
#include "text/vietnamese_letters.h"

namespace vn::text {
namespace {

bool IsSeparator(char32_t c) {
  // ASCII punctuation too: every candidate charset decodes ASCII the same, so it says
  // nothing, and HTML markup ("<p>Huế") must not spoil the word next to it.
  if (c < 0x80) return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9');
  return u_isUWhiteSpace(c);
}

bool IsEdgePunctuation(char32_t c) {
  if (c < 0x80) return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9');
  const int8_t t = u_charType(c);
  return t == U_INITIAL_PUNCTUATION || t == U_FINAL_PUNCTUATION || t == U_DASH_PUNCTUATION ||
         t == U_OTHER_PUNCTUATION || t == U_START_PUNCTUATION || t == U_END_PUNCTUATION;
}

char32_t Lower(char32_t c) { return c < 0x80 ? (c | 0x20) : c; }

// The vowel nuclei of Vietnamese, one letter per vowel: a ă=b â=c e ê=f i o ô=p ơ=q u ư=w y.
constexpr std::string_view kNuclei[] = {
    "a",   "b",   "c",   "e",   "f",   "i",   "o",   "p",   "q",   "u",   "w",   "y",  "ai", "ao",
    "au",  "ay",  "cu",  "cy",  "eo",  "fu",  "ia",  "if",  "iu",  "oa",  "ob",  "oe", "oi", "oo",
    "pi",  "qi",  "ua",  "uc",  "uf",  "ui",  "up",  "uq",  "uy",  "wa",  "wi",  "wu", "wq", "yf",
    "ifu", "yfu", "oai", "oay", "oeo", "ucy", "upi", "uya", "uyf", "uyu", "wqi", "wqu"};
constexpr char kVowelLetter[kVowelCount] = {0,   'a', 'b', 'c', 'e', 'f', 'i',
                                            'o', 'p', 'q', 'u', 'w', 'y'};

bool IsLegalFinal(std::u32string_view f) {
  if (f.size() > 2) return false;
  std::string s;
  for (const char32_t c : f) s.push_back(static_cast<char>(Lower(c)));
  return s.empty() || s == "c" || s == "ch" || s == "m" || s == "n" || s == "ng" || s == "nh" ||
         s == "p" || s == "t";
}

// True if `w` (letters only) is one Vietnamese syllable with at most one tone mark.
bool IsSyllable(std::u32string_view w) {
  size_t i = 0;
  while (i < w.size() && LookupVowel(w[i]).vowel == kNotVowel) ++i;
  if (i == w.size()) return false;
  if (i == 1 && i + 1 < w.size() && LookupVowel(w[i + 1]).vowel != kNotVowel) {
    const Vowel v = LookupVowel(w[i]).vowel;
    if ((Lower(w[0]) == 'q' && v == kVowelU) || (Lower(w[0]) == 'g' && v == kVowelI)) ++i;
  }
  std::string nucleus;
  int tones = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    const VowelInfo v = LookupVowel(w[k]);
    if (v.tone != Tone::kNone) ++tones;
    if (k >= i && v.vowel != kNotVowel && nucleus.size() + i == k) {
      nucleus.push_back(kVowelLetter[v.vowel]);
    }
  }
  if (tones > 1) return false;
  bool legal = false;
  for (const std::string_view n : kNuclei) legal |= n == nucleus;
  return legal && IsLegalFinal(w.substr(i + nucleus.size()));
}

// +1, -1 or 0 (nothing to say: ASCII only) for one whitespace-delimited word.
int ScoreWord(std::u32string_view w) {
  while (!w.empty() && IsEdgePunctuation(w.front())) w.remove_prefix(1);
  while (!w.empty() && IsEdgePunctuation(w.back())) w.remove_suffix(1);
  bool non_ascii = false;
  for (const char32_t c : w) non_ascii |= c >= 0x80;
  if (!non_ascii) return 0;
  for (const char32_t c : w) {
    if (!IsVietnameseLetter(c)) return -1;
  }
  return IsSyllable(w) ? 1 : -1;
}

}  // namespace

int VietnameseScore(std::string_view utf8, size_t limit) {
  const std::string_view s = utf8.substr(0, limit);
  int score = 0;
  std::u32string word;
  size_t i = 0;
  while (i <= s.size()) {
    const char32_t c = i < s.size() ? NextCodePoint(s, &i) : (++i, U' ');
    if (!IsSeparator(c)) {
      if (word.size() < 32) word.push_back(c);
      continue;
    }
    if (!word.empty()) score += ScoreWord(word);
    word.clear();
  }
  return score;
}

}  // namespace vn::text
