#include "text/case_folder.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "text/analyser.h"
#include "text/utf8.h"

namespace vn::text {
namespace {

// Latin-1 Supplement through Latin Extended-B, and Latin Extended Additional: every letter
// Vietnamese (and its neighbours) writes. Outside these, ICU is asked per code point.
constexpr char32_t kLowEnd = 0x250;
constexpr char32_t kExtStart = 0x1E00, kExtEnd = 0x1F00;

std::string FullFold(char32_t c) {
  icu::UnicodeString u(static_cast<UChar32>(c));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  std::string s;
  u.toUTF8String(s);
  return s;
}

std::string StripMarks(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) std::abort();
  icu::UnicodeString u(static_cast<UChar32>(c));
  icu::UnicodeString d = nfd->normalize(u, status);
  icu::UnicodeString kept;
  for (int32_t k = 0; k < d.length();) {
    const UChar32 ch = d.char32At(k);
    k += U16_LENGTH(ch);
    if (u_charType(ch) == U_NON_SPACING_MARK || u_charType(ch) == U_ENCLOSING_MARK) continue;
    if (ch == 0x110 || ch == 0x111) {
      kept.append(static_cast<UChar32>(ch == 0x110 ? 'D' : 'd'));
    } else {
      kept.append(ch);
    }
  }
  kept.foldCase(U_FOLD_CASE_DEFAULT);
  std::string s;
  kept.toUTF8String(s);
  return s;
}

struct Tables {
  std::vector<std::string> fold_low, fold_ext, bare_low, bare_ext;
  Tables() {
    for (char32_t c = 0x80; c < kLowEnd; ++c) {
      fold_low.push_back(FullFold(c));
      bare_low.push_back(StripMarks(c));
    }
    for (char32_t c = kExtStart; c < kExtEnd; ++c) {
      fold_ext.push_back(FullFold(c));
      bare_ext.push_back(StripMarks(c));
    }
  }
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

// kMap: also record, for every output byte, the input offset of the code point it came
// from (for callers that find words in the folded text and show the original).
template <bool kStripMarks, bool kMap = false>
void AppendFolded(std::string_view s, std::string* out, std::vector<uint32_t>* origin = nullptr) {
  const Tables& t = GetTables();
  const auto& low = kStripMarks ? t.bare_low : t.fold_low;
  const auto& ext = kStripMarks ? t.bare_ext : t.fold_ext;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // a run of ASCII at once: most bytes of Vietnamese text
      size_t j = i + 1;
      while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
      const size_t base = out->size();
      out->resize(base + (j - i));
      char* o = out->data() + base;
      for (size_t k = i; k < j; ++k) {
        const unsigned char c = static_cast<unsigned char>(s[k]);
        *o++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
      }
      if constexpr (kMap) {
        const size_t mapped = origin->size();
        origin->resize(mapped + (j - i));
        for (size_t k = i; k < j; ++k) (*origin)[mapped + (k - i)] = static_cast<uint32_t>(k);
      }
      i = j;
      continue;
    }
    const size_t before = i;
    const char32_t c = NextCodePoint(s, &i);
    if (c < kLowEnd) {
      out->append(low[c - 0x80]);
    } else if (c >= kExtStart && c < kExtEnd) {
      out->append(ext[c - kExtStart]);
    } else if (kStripMarks && c >= 0x300) {
      out->append(StripMarks(c));
    } else if (c >= 0x300) {
      out->append(FullFold(c));
    } else {
      out->append(s.substr(before, i - before));
    }
    if constexpr (kMap) origin->resize(out->size(), static_cast<uint32_t>(before));
  }
}

}  // namespace

void AppendCaseFolded(std::string_view utf8, std::string* out) { AppendFolded<false>(utf8, out); }

std::string CaseFold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  AppendCaseFolded(utf8, &out);
  return out;
}

void AppendAccentFree(std::string_view utf8, std::string* out) { AppendFolded<true>(utf8, out); }

std::string AccentFree(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  AppendAccentFree(utf8, &out);
  return out;
}

void AppendAccentFreeMapped(std::string_view utf8, std::string* out,
                            std::vector<uint32_t>* origin) {
  AppendFolded<true, true>(utf8, out, origin);
}

std::string Fold(std::string_view utf8) { return AccentFree(utf8); }

}  // namespace vn::text
