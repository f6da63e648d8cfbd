#include "text/utf8.h"

#include <unicode/uchar.h>

namespace vn::text {

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t before = i;
    if (NextCodePoint(s, &i) == kReplacementChar) {
      // A literal U+FFFD is EF BF BD; anything else that decodes to it was malformed
      // (a truncated 4-byte sequence also spans 3 bytes).
      if (s.substr(before, i - before) != "\xEF\xBF\xBD") return false;
    }
  }
  return true;
}

std::string ToValidUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  size_t i = 0;
  while (i < s.size()) {
    const size_t before = i;
    const char32_t c = NextCodePoint(s, &i);
    if (c == kReplacementChar) {
      AppendUtf8(c, &out);
    } else {
      out.append(s.substr(before, i - before));
    }
  }
  return out;
}

namespace {

bool IsCombiningMark(char32_t c) {
  // Latin letters, including all of Latin Extended Additional (ắ, ệ, ự...), are bases.
  if (c < 0x300 || (c >= 0x1E00 && c < 0x1F00)) return false;
  if (u_getCombiningClass(c) != 0) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

}  // namespace

std::string Sanitise(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  int marks = 0;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      // ASCII fast path: the bulk of news text.
      out.push_back((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F
                        ? ' '
                        : static_cast<char>(b));
      marks = 0;
      ++i;
      continue;
    }
    const size_t before = i;
    char32_t c = NextCodePoint(s, &i);
    if (IsCombiningMark(c)) {
      if (++marks > kMaxCombiningMarks) continue;
      out.append(s.substr(before, i - before));
      continue;
    }
    marks = 0;
    if (c >= 0x80 && c < 0xA0) {
      out.push_back(' ');  // C1 controls
    } else if (c == 0xD0 || c == 0xF0) {
      AppendUtf8(c == 0xD0 ? 0x110 : 0x111, &out);
    } else if (c == kReplacementChar) {
      AppendUtf8(c, &out);
    } else {
      out.append(s.substr(before, i - before));
    }
  }
  return out;
}

}  // namespace vn::text
