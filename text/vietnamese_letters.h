// VietnameseLetters: the Vietnamese alphabet as data. Every precomposed vowel (a ă â e ê i o
// ô ơ u ư y, either case, with or without one of the five tone marks) is split into its
// vowel, tone and case, and composed back. The table is derived from Unicode (ICU NFD and
// composition) at first use, so it cannot disagree with NFC.
#pragma once

#include <cstdint>

namespace vn::text {

enum class Tone : uint8_t { kNone, kGrave, kAcute, kHook, kTilde, kDotBelow };

// Vowel identities, in alphabetical order. 0 means "not a Vietnamese vowel".
enum Vowel : uint8_t {
  kNotVowel = 0,
  kVowelA,
  kVowelABreve,  // ă
  kVowelACirc,   // â
  kVowelE,
  kVowelECirc,  // ê
  kVowelI,
  kVowelO,
  kVowelOCirc,  // ô
  kVowelOHorn,  // ơ
  kVowelU,
  kVowelUHorn,  // ư
  kVowelY,
  kVowelCount
};

struct VowelInfo {
  Vowel vowel = kNotVowel;
  Tone tone = Tone::kNone;
  bool upper = false;
};

// Splits a precomposed (NFC) code point. Non-vowels give vowel == kNotVowel.
VowelInfo LookupVowel(char32_t c);
// The NFC code point for a vowel with a tone and case.
char32_t ComposeVowel(Vowel vowel, Tone tone, bool upper);
// True for ă â ê ô ơ ư: vowels whose own diacritic, by the orthography, takes the tone mark.
inline bool HasQualityMark(Vowel v) {
  return v == kVowelABreve || v == kVowelACirc || v == kVowelECirc || v == kVowelOCirc ||
         v == kVowelOHorn || v == kVowelUHorn;
}
// Letters of Vietnamese words: ASCII letters, the precomposed vowels, Đ and đ.
bool IsVietnameseLetter(char32_t c);

}  // namespace vn::text
