#include "text/tone_mark_canonicaliser.h"

#include <unicode/uchar.h>

#include <cstdint>

#include "text/utf8.h"
#include "text/vietnamese_letters.h"

namespace vn::text {
namespace {

// "nghiêng" is the longest Vietnamese syllable (7 letters); a little slack for typos.
constexpr int kMaxSyllableLetters = 8;

struct Letter {
  char32_t cp;
  VowelInfo info;
};

char32_t Lower(char32_t c) { return c < 0x80 ? (c | 0x20) : c; }

bool IsLegalFinal(const Letter* f, int n) {
  if (n == 0) return true;
  const char32_t a = Lower(f[0].cp);
  if (n == 1) return a == 'c' || a == 'm' || a == 'n' || a == 'p' || a == 't';
  if (n == 2) {
    const char32_t b = Lower(f[1].cp);
    return (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'));
  }
  return false;
}

// Returns the index (into `letters`) where the tone mark belongs, or -1 if the word is
// not a syllable this canonicaliser should touch.
int CanonicalTonePosition(const Letter* letters, int n) {
  int i = 0;
  while (i < n && letters[i].info.vowel == kNotVowel) ++i;
  if (i == n) return -1;
  // "qu" and "gi" + vowel: the u / i belongs to the onset.
  if (i == 1 && i + 1 < n && letters[i + 1].info.vowel != kNotVowel) {
    const char32_t onset = Lower(letters[0].cp);
    if ((onset == 'q' && letters[i].info.vowel == kVowelU) ||
        (onset == 'g' && letters[i].info.vowel == kVowelI)) {
      ++i;
    }
  }
  int j = i;
  while (j < n && letters[j].info.vowel != kNotVowel) ++j;
  const int nucleus = j - i;
  if (nucleus > 3 || !IsLegalFinal(letters + j, n - j)) return -1;
  int quality = -1;
  for (int k = i; k < j; ++k) {
    if (HasQualityMark(letters[k].info.vowel)) quality = k;
  }
  if (quality >= 0) return quality;
  if (j < n) return j - 1;
  if (nucleus == 3) return i + 1;
  return i;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}

// Examines the word in text[start, end) (letters[] already decoded) and, if its tone mark
// is misplaced, appends the corrected word to *out and returns true.
bool RewriteWord(const Letter* letters, int n, std::string* out) {
  int toned = -1;
  for (int k = 0; k < n; ++k) {
    if (letters[k].info.tone != Tone::kNone) {
      if (toned >= 0) return false;  // two marks: not a syllable we understand
      toned = k;
    }
  }
  if (toned < 0) return false;
  const int target = CanonicalTonePosition(letters, n);
  if (target < 0 || target == toned) return false;
  const Tone tone = letters[toned].info.tone;
  for (int k = 0; k < n; ++k) {
    const VowelInfo& v = letters[k].info;
    if (k == toned) {
      AppendUtf8(ComposeVowel(v.vowel, Tone::kNone, v.upper), out);
    } else if (k == target) {
      AppendUtf8(ComposeVowel(v.vowel, tone, v.upper), out);
    } else {
      AppendUtf8(letters[k].cp, out);
    }
  }
  return true;
}

}  // namespace

bool ToneMarkCanonicaliser::CanonicaliseInPlace(std::string* text) {
  const std::string_view s = *text;
  std::string out;
  size_t copied = 0;  // s[0, copied) has been moved to `out`
  bool changed = false;
  Letter letters[kMaxSyllableLetters];
  std::string word;  // the rewritten syllable
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    // Skip non-word ASCII quickly; words start at a letter, digit or non-ASCII character.
    if (b < 0x80) {
      if (!IsWordChar(b)) {
        ++i;
        continue;
      }
      // An all-ASCII word cannot carry a tone mark: skip it without decoding.
      size_t k = i + 1;
      while (k < s.size() && static_cast<unsigned char>(s[k]) < 0x80 && IsWordChar(s[k])) ++k;
      if (k == s.size() || static_cast<unsigned char>(s[k]) < 0x80) {
        i = k;
        continue;
      }
    }
    const size_t word_start = i;
    int n = 0;
    bool vietnamese = true;  // only letters of the Vietnamese alphabet so far
    bool has_tone = false;
    while (i < s.size()) {
      const size_t before = i;
      const char32_t c = NextCodePoint(s, &i);
      if (!IsWordChar(c)) {
        // A non-ASCII separator is consumed here so the outer loop always advances.
        if (before != word_start) i = before;
        break;
      }
      if (!vietnamese) continue;
      if (n == kMaxSyllableLetters || !IsVietnameseLetter(c)) {
        vietnamese = false;
        continue;
      }
      letters[n] = {c, LookupVowel(c)};
      has_tone |= letters[n].info.tone != Tone::kNone;
      ++n;
    }
    if (!vietnamese || !has_tone) continue;
    word.clear();
    if (RewriteWord(letters, n, &word)) {
      out.append(s.substr(copied, word_start - copied));
      out.append(word);
      copied = i;
      changed = true;
    }
  }
  if (!changed) return false;
  out.append(s.substr(copied));
  *text = std::move(out);
  return true;
}

std::string ToneMarkCanonicaliser::Canonicalise(std::string_view text) {
  std::string s(text);
  CanonicaliseInPlace(&s);
  return s;
}

}  // namespace vn::text
