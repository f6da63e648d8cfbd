// ToneMarkCanonicaliser: puts the tone mark of every Vietnamese syllable in one place, so
// the old style (hòa, khỏe, thủy, Ủy) and the new style (hoà, khoẻ, thuỷ, Uỷ) give the
// same term. The canonical form is the OLD style most newspapers use. Rules, per syllable
// (onset consonants, vowel nucleus, final consonant):
//   - "qu" and "gi" (before another vowel) are onsets: quả → mark on a, giữa → on ư;
//   - a vowel with its own diacritic (ă â ê ô ơ ư) takes the mark; of two (ươ) the second:
//     người, muốn, tiếng, tuyến, thuở;
//   - otherwise, with a final consonant the last vowel: hoàn, thuận, huýt, huỳnh;
//   - otherwise three vowels → the middle one (ngoài, khuỷu), two → the first (hòa, thủy,
//     khỏe, của, mía), one → that one.
// Only well-formed syllables (letters of the Vietnamese alphabet, ≤ 3 vowels, a legal final
// consonant, exactly one tone mark) are touched; anything else (foreign words, typos with
// two marks) is left as written. Letter case stays with each letter (HOÀ → HÒA). Input must
// be NFC (Normalise does that first); the output is NFC.
#pragma once

#include <string>
#include <string_view>

namespace vn::text {

class ToneMarkCanonicaliser {
 public:
  // Rewrites `text` in place; returns true if anything changed. Linear time.
  static bool CanonicaliseInPlace(std::string* text);
  static std::string Canonicalise(std::string_view text);
};

}  // namespace vn::text
