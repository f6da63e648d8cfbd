#include "text/vietnamese_letters.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdlib>

namespace vn::text {
namespace {

// All precomposed Vietnamese vowels live in these two ranges.
constexpr char32_t kLowEnd = 0x1B1;
constexpr char32_t kExtStart = 0x1EA0, kExtEnd = 0x1EFA;

constexpr char32_t kLowerBases[kVowelCount] = {0,   'a',  0x103, 0xE2, 'e',   0xEA, 'i',
                                               'o', 0xF4, 0x1A1, 'u',  0x1B0, 'y'};
constexpr char32_t kUpperBases[kVowelCount] = {0,   'A',  0x102, 0xC2, 'E',   0xCA, 'I',
                                               'O', 0xD4, 0x1A0, 'U',  0x1AF, 'Y'};
constexpr char32_t kToneMarks[6] = {0, 0x300, 0x301, 0x309, 0x303, 0x323};

struct Tables {
  std::array<VowelInfo, kLowEnd> low{};
  std::array<VowelInfo, kExtEnd - kExtStart> ext{};
  char32_t compose[kVowelCount][6][2] = {};

  Tables() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) std::abort();  // ICU data missing: nothing can work
    for (int v = 1; v < kVowelCount; ++v) {
      for (int t = 0; t < 6; ++t) {
        for (int up = 0; up < 2; ++up) {
          const char32_t base = up ? kUpperBases[v] : kLowerBases[v];
          // Full NFC, not composePair: ặ is ạ + breve, so ă + dot below has no pair.
          icu::UnicodeString u(static_cast<UChar32>(base));
          if (t != 0) u.append(static_cast<UChar32>(kToneMarks[t]));
          const icu::UnicodeString composed = nfc->normalize(u, status);
          if (U_FAILURE(status) || composed.countChar32() != 1) std::abort();
          const char32_t c = composed.char32At(0);
          compose[v][t][up] = c;
          VowelInfo info{static_cast<Vowel>(v), static_cast<Tone>(t), up == 1};
          if (c < kLowEnd) {
            low[c] = info;
          } else if (c >= kExtStart && c < kExtEnd) {
            ext[c - kExtStart] = info;
          }
        }
      }
    }
  }
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

}  // namespace

VowelInfo LookupVowel(char32_t c) {
  const Tables& t = GetTables();
  if (c < kLowEnd) return t.low[c];
  if (c >= kExtStart && c < kExtEnd) return t.ext[c - kExtStart];
  return {};
}

char32_t ComposeVowel(Vowel vowel, Tone tone, bool upper) {
  return GetTables().compose[vowel][static_cast<int>(tone)][upper ? 1 : 0];
}

bool IsVietnameseLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0x110 || c == 0x111) return true;
  return LookupVowel(c).vowel != kNotVowel;
}

}  // namespace vn::text
