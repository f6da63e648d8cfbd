// UTF-8 helpers for the text chain: decoding a code point (malformed bytes become U+FFFD,
// never an error), appending one, and making untrusted bytes into clean UTF-8. Everything
// here is linear in the input: the analyser must survive hostile pages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vn::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;
// Enough for any Vietnamese letter in NFD (base + horn/breve/circumflex + tone); longer runs
// are garbage or attacks and would make normalisation sort marks in quadratic time.
inline constexpr int kMaxCombiningMarks = 4;

// Decodes the code point starting at s[*i] and advances *i. A malformed or truncated
// sequence yields U+FFFD and advances past its maximal ill-formed prefix (at least 1 byte),
// as ICU and WHATWG do, so every bad byte run becomes exactly one U+FFFD per subpart.
inline char32_t NextCodePoint(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t k = *i;
  const unsigned char b0 = p[k];
  if (b0 < 0x80) {
    *i = k + 1;
    return b0;
  }
  int need;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    *i = k + 1;
    return kReplacementChar;
  }
  ++k;
  for (int j = 0; j < need; ++j, ++k) {
    if (k >= n || p[k] < lo || p[k] > hi) {
      *i = k;
      return kReplacementChar;
    }
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  *i = k;
  return cp;
}

// Code points in UTF-8 text (continuation bytes not counted): the unit of every mention
// offset.
inline size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

inline void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// True if `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);
// `s` with every malformed sequence replaced by U+FFFD; otherwise byte-identical.
std::string ToValidUtf8(std::string_view s);

// The first step of Normalise: valid UTF-8 (bad bytes → U+FFFD); NUL and other control
// characters except \t \n \r → space (a NUL inside a term would poison the index); at most
// kMaxCombiningMarks combining marks after any base character (the rest are dropped); and
// U+00D0/U+00F0 (Icelandic eth, which old Vietnamese pages in windows-1252 use for Đ/đ)
// → U+0110/U+0111.
std::string Sanitise(std::string_view bytes);

}  // namespace vn::text
