#include "text/tcvn3.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "text/utf8.h"

namespace vn::text {
namespace {

// windows-1252 0x80-0x9F; 0xFFFD where that code page has no character.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

struct Mapping {
  unsigned char byte;
  char16_t cp;
};

// TCVN3 (ABC) letters, checked against glibc's TCVN5712-1 converter for 0xA1-0xFE.
constexpr Mapping kTcvn3[] = {
    // Base letters.
    {0xA1, 0x0102},
    {0xA2, 0x00C2},
    {0xA3, 0x00CA},
    {0xA4, 0x00D4},
    {0xA5, 0x01A0},
    {0xA6, 0x01AF},
    {0xA7, 0x0110},
    {0xA8, 0x0103},
    {0xA9, 0x00E2},
    {0xAA, 0x00EA},
    {0xAB, 0x00F4},
    {0xAC, 0x01A1},
    {0xAD, 0x01B0},
    {0xAE, 0x0111},
    // a à ả ã á ạ
    {0xB5, 0x00E0},
    {0xB6, 0x1EA3},
    {0xB7, 0x00E3},
    {0xB8, 0x00E1},
    {0xB9, 0x1EA1},
    // ă ằ ẳ ẵ ắ ặ
    {0xBB, 0x1EB1},
    {0xBC, 0x1EB3},
    {0xBD, 0x1EB5},
    {0xBE, 0x1EAF},
    {0xC6, 0x1EB7},
    // â ầ ẩ ẫ ấ ậ
    {0xC7, 0x1EA7},
    {0xC8, 0x1EA9},
    {0xC9, 0x1EAB},
    {0xCA, 0x1EA5},
    {0xCB, 0x1EAD},
    // e è ẻ ẽ é ẹ
    {0xCC, 0x00E8},
    {0xCE, 0x1EBB},
    {0xCF, 0x1EBD},
    {0xD0, 0x00E9},
    {0xD1, 0x1EB9},
    // ê ề ể ễ ế ệ
    {0xD2, 0x1EC1},
    {0xD3, 0x1EC3},
    {0xD4, 0x1EC5},
    {0xD5, 0x1EBF},
    {0xD6, 0x1EC7},
    // i ì ỉ ĩ í ị
    {0xD7, 0x00EC},
    {0xD8, 0x1EC9},
    {0xDC, 0x0129},
    {0xDD, 0x00ED},
    {0xDE, 0x1ECB},
    // o ò ỏ õ ó ọ
    {0xDF, 0x00F2},
    {0xE1, 0x1ECF},
    {0xE2, 0x00F5},
    {0xE3, 0x00F3},
    {0xE4, 0x1ECD},
    // ô ồ ổ ỗ ố ộ
    {0xE5, 0x1ED3},
    {0xE6, 0x1ED5},
    {0xE7, 0x1ED7},
    {0xE8, 0x1ED1},
    {0xE9, 0x1ED9},
    // ơ ờ ở ỡ ớ ợ
    {0xEA, 0x1EDD},
    {0xEB, 0x1EDF},
    {0xEC, 0x1EE1},
    {0xED, 0x1EDB},
    {0xEE, 0x1EE3},
    // u ù ủ ũ ú ụ
    {0xEF, 0x00F9},
    {0xF1, 0x1EE7},
    {0xF2, 0x0169},
    {0xF3, 0x00FA},
    {0xF4, 0x1EE5},
    // ư ừ ử ữ ứ ự
    {0xF5, 0x1EEB},
    {0xF6, 0x1EED},
    {0xF7, 0x1EEF},
    {0xF8, 0x1EE9},
    {0xF9, 0x1EF1},
    // y ỳ ỷ ỹ ý ỵ
    {0xFA, 0x1EF3},
    {0xFB, 0x1EF7},
    {0xFC, 0x1EF9},
    {0xFD, 0x00FD},
    {0xFE, 0x1EF5},
    // VN1 capitals with tone marks in slots the ABC fonts leave to Latin-1 letters, which
    // are meaningless in Vietnamese text either way.
    {0xAF, 0x1EB0},
    {0xBA, 0x1EB2},
    {0xBF, 0x1EB4},
    {0xC0, 0x1EAE},
    {0xC1, 0x1EA6},
    {0xC2, 0x1EA8},
    {0xC3, 0x1EAA},
    {0xC4, 0x1EA4},
    {0xC5, 0x1EC0},
    {0xCD, 0x1EC2},
    {0xD9, 0x1EC4},
    {0xDA, 0x1EBE},
    {0xDB, 0x1ED2},
    {0xE0, 0x1ED4},
    {0xF0, 0x1ED6},
    {0xFF, 0x1ED0},
};

struct Tables {
  std::array<char16_t, 256> to_unicode{};
  std::unordered_map<char32_t, unsigned char> from_unicode;
  Tables() {
    for (int b = 0; b < 256; ++b) to_unicode[b] = static_cast<char16_t>(b);
    for (int b = 0x80; b < 0xA0; ++b) to_unicode[b] = kCp1252High[b - 0x80];
    for (const Mapping& m : kTcvn3) to_unicode[m.byte] = m.cp;
    for (int b = 0xFF; b >= 0; --b) {
      if (to_unicode[b] != 0xFFFD) from_unicode[to_unicode[b]] = static_cast<unsigned char>(b);
    }
    // Capitals with tone marks: the lower-case code (what a .VnTimeH page stores), unless a
    // VN1 slot above already holds the capital.
    for (const Mapping& m : kTcvn3) {
      if (m.byte < 0xB5 || m.byte > 0xFE) continue;
      const char32_t upper = m.cp == 0x0129   ? 0x0128
                             : m.cp == 0x0169 ? 0x0168
                             : m.cp < 0x100   ? m.cp - 0x20
                                              : m.cp - 1;
      from_unicode.emplace(upper, m.byte);
    }
  }
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

}  // namespace

std::string Tcvn3ToUtf8(std::string_view bytes) {
  const Tables& t = GetTables();
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  for (const char ch : bytes) {
    AppendUtf8(t.to_unicode[static_cast<unsigned char>(ch)], &out);
  }
  return out;
}

std::string Utf8ToTcvn3(std::string_view utf8) {
  const Tables& t = GetTables();
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const char32_t c = NextCodePoint(utf8, &i);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    const auto it = t.from_unicode.find(c);
    out.push_back(it == t.from_unicode.end() ? '?' : static_cast<char>(it->second));
  }
  return out;
}

bool HasTcvn3FontHint(std::string_view html) {
  static constexpr std::string_view kFonts[] = {".vntime",    ".vnarial",   ".vnhelvet",
                                                ".vncentury", ".vncourier", ".vnavant"};
  const std::string_view head = html.substr(0, 64 * 1024);
  for (const std::string_view font : kFonts) {
    const auto it = std::search(
        head.begin(), head.end(), font.begin(), font.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    if (it != head.end()) return true;
  }
  return false;
}

}  // namespace vn::text
