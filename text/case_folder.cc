#include "text/case_folder.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
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
  // The same folds where they are one ASCII byte (every Vietnamese letter once its marks
  // are gone), else 0: the common case without a string copy.
  std::vector<char> fold_low1, fold_ext1, bare_low1, bare_ext1;
  Tables() {
    for (char32_t c = 0x80; c < kLowEnd; ++c) {
      fold_low.push_back(FullFold(c));
      bare_low.push_back(StripMarks(c));
    }
    for (char32_t c = kExtStart; c < kExtEnd; ++c) {
      fold_ext.push_back(FullFold(c));
      bare_ext.push_back(StripMarks(c));
    }
    auto single = [](const std::vector<std::string>& all) {
      std::vector<char> out;
      for (const auto& f : all)
        out.push_back(f.size() == 1 && static_cast<unsigned char>(f[0]) < 0x80 ? f[0] : 0);
      return out;
    };
    fold_low1 = single(fold_low);
    fold_ext1 = single(fold_ext);
    bare_low1 = single(bare_low);
    bare_ext1 = single(bare_ext);
  }
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

// kMap: also record, for every output byte, the input offset of the code point it came
// from (for callers that find words in the folded text and show the original).
//
// Written through raw pointers into space sized for the common case (the output no longer
// than the input: ASCII stays one byte, a letter of two or three bytes becomes one); a fold
// that grows (a ligature, say) makes room as it goes.
template <bool kStripMarks, bool kMap = false>
void AppendFolded(std::string_view s, std::string* out, std::vector<uint32_t>* origin = nullptr) {
  const Tables& t = GetTables();
  const auto& low = kStripMarks ? t.bare_low : t.fold_low;
  const auto& ext = kStripMarks ? t.bare_ext : t.fold_ext;
  const char* low1 = kStripMarks ? t.bare_low1.data() : t.fold_low1.data();
  const char* ext1 = kStripMarks ? t.bare_ext1.data() : t.fold_ext1.data();
  const size_t base = out->size();
  const size_t map_base = kMap ? origin->size() : 0;
  size_t room = s.size();
  out->resize(base + room);
  if constexpr (kMap) origin->resize(map_base + room);
  size_t w = 0;  // bytes written after base
  size_t i = 0;  // bytes read
  // Invariant: room - w >= s.size() - i, so the one-byte paths below need no check.
  auto put = [&](std::string_view folded, uint32_t from) {
    const size_t need = w + folded.size() + (s.size() - i);
    if (need > room) {
      room = std::max(room * 2, need);
      out->resize(base + room);
      if constexpr (kMap) origin->resize(map_base + room);
    }
    std::memcpy(out->data() + base + w, folded.data(), folded.size());
    if constexpr (kMap) std::fill_n(origin->data() + map_base + w, folded.size(), from);
    w += folded.size();
  };
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    const unsigned char b = p[i];
    if (b < 0x80) {  // ASCII: most bytes of Vietnamese text
      char* o = out->data() + base + w;
      o[0] = static_cast<char>(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
      if constexpr (kMap) (*origin)[map_base + w] = static_cast<uint32_t>(i);
      ++w;
      ++i;
      continue;
    }
    const size_t before = i;
    const char32_t c = NextCodePoint(s, &i);
    char one = 0;
    if (c < kLowEnd)
      one = low1[c - 0x80];
    else if (c >= kExtStart && c < kExtEnd)
      one = ext1[c - kExtStart];
    if (one != 0) {  // consumed at least two bytes, writes one: room enough
      out->data()[base + w] = one;
      if constexpr (kMap) (*origin)[map_base + w] = static_cast<uint32_t>(before);
      ++w;
      continue;
    }
    const auto from = static_cast<uint32_t>(before);
    if (c < kLowEnd) {
      put(low[c - 0x80], from);
    } else if (c >= kExtStart && c < kExtEnd) {
      put(ext[c - kExtStart], from);
    } else if (kStripMarks && c >= 0x300) {
      put(StripMarks(c), from);
    } else if (c >= 0x300) {
      put(FullFold(c), from);
    } else {
      put(s.substr(before, i - before), from);
    }
  }
  out->resize(base + w);
  if constexpr (kMap) origin->resize(map_base + w);
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
