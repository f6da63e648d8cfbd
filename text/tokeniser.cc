#include "text/tokeniser.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <cstdlib>
#include <limits>

#include "text/utf8.h"

namespace vn::text {
namespace {

constexpr int kMaxGroupPieces = 16;

enum class SegType : uint8_t { kWord, kConnector, kOther };

struct Seg {
  uint32_t start;
  uint32_t end;
  SegType type;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsUpperLetter(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c);
}

bool AllDigits(std::string_view s) {
  for (const char c : s) {
    if (!IsDigit(c)) return false;
  }
  return !s.empty();
}

// Digits, capitals and digits (QH15, NĐ, CP), or an ICU number (1.234).
bool IsCodePiece(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const char32_t c = NextCodePoint(s, &i);
    if (!(c < 0x80 && (IsDigit(static_cast<char>(c)) || c == '.' || c == ',')) &&
        !IsUpperLetter(c)) {
      return false;
    }
  }
  return !s.empty();
}

bool HasDigit(std::string_view s) {
  for (const char c : s) {
    if (IsDigit(c)) return true;
  }
  return false;
}

TokenKind Classify(std::string_view s) {
  bool digit = false, letter = false, other = false;
  size_t i = 0;
  while (i < s.size()) {
    const char32_t c = NextCodePoint(s, &i);
    if (c < 0x80 && IsDigit(static_cast<char>(c))) {
      digit = true;
    } else if (c < 0x80 && (c == '.' || c == ',' || c == ':' || c == '/' || c == '-')) {
      other = true;
    } else {
      letter = true;
    }
  }
  if (digit && !letter) return TokenKind::kNumber;
  if (digit || other) return TokenKind::kCode;
  return TokenKind::kWord;
}

const icu::BreakIterator& Prototype() {
  static const icu::BreakIterator* proto = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* bi = icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
    if (U_FAILURE(status) || bi == nullptr) std::abort();  // ICU data missing
    return bi;
  }();
  return *proto;
}

}  // namespace

struct Tokeniser::Impl {
  std::unique_ptr<icu::BreakIterator> bi{Prototype().clone()};
  std::vector<Seg> segs;
  std::vector<Span>* out = nullptr;
  std::string_view text;

  std::string_view Text(const Seg& s) const { return text.substr(s.start, s.end - s.start); }

  void Emit(uint32_t start, uint32_t end) {
    if (end - start > kMaxTokenBytes || end == start) return;
    out->push_back({start, end, Classify(text.substr(start, end - start))});
  }

  // A word segment: kept whole unless it is a mixed-case join over '.' or ':'.
  void EmitWord(const Seg& s) {
    const std::string_view w = Text(s);
    if (w.find_first_of(".:") == std::string_view::npos) return Emit(s.start, s.end);
    bool letters = false, all_upper = true;
    size_t i = 0;
    while (i < w.size()) {
      const char32_t c = NextCodePoint(w, &i);
      if (c >= 0x80 ? u_isalpha(c) : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
        letters = true;
        all_upper &= IsUpperLetter(c);
      }
    }
    if (!letters || all_upper) return Emit(s.start, s.end);
    uint32_t piece = s.start;
    for (uint32_t k = s.start; k <= s.end; ++k) {
      if (k == s.end || text[k] == '.' || text[k] == ':') {
        Emit(piece, k);
        piece = k + 1;
      }
    }
  }

  bool CanJoin(const Seg& a, const Seg& conn, const Seg& b) const {
    if (a.end != conn.start || conn.end != b.start) return false;
    const char c = text[conn.start];
    if (c == ':') return AllDigits(Text(a)) && AllDigits(Text(b));
    return IsCodePiece(Text(a)) && IsCodePiece(Text(b));
  }

  void Run(std::string_view t, std::vector<Span>* o) {
    text = t;
    out = o;
    out->clear();
    segs.clear();
    if (t.empty()) return;
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, t.data(), static_cast<int64_t>(t.size()), &status);
    if (U_FAILURE(status)) return;
    bi->setText(ut, status);
    if (U_FAILURE(status)) {
      utext_close(ut);
      return;
    }
    int32_t prev = bi->first();
    for (int32_t next = bi->next(); next != icu::BreakIterator::DONE;
         prev = next, next = bi->next()) {
      const Seg s{static_cast<uint32_t>(prev), static_cast<uint32_t>(next), SegType::kOther};
      if (bi->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
        segs.push_back({s.start, s.end, SegType::kWord});
      } else if (s.end - s.start == 1 &&
                 (t[s.start] == '/' || t[s.start] == '-' || t[s.start] == ':')) {
        segs.push_back({s.start, s.end, SegType::kConnector});
      } else if (!segs.empty() && segs.back().type != SegType::kOther) {
        segs.push_back(s);  // one marker is enough to break a group
      }
    }
    // Drop the iterator's reference to `t` before it goes away.
    bi->setText(icu::UnicodeString());
    utext_close(ut);

    for (size_t i = 0; i < segs.size();) {
      if (segs[i].type != SegType::kWord) {
        ++i;
        continue;
      }
      size_t j = i;
      int pieces = 1;
      bool digit = HasDigit(Text(segs[i]));
      while (j + 2 < segs.size() && pieces < kMaxGroupPieces &&
             segs[j + 1].type == SegType::kConnector && segs[j + 2].type == SegType::kWord &&
             CanJoin(segs[j], segs[j + 1], segs[j + 2])) {
        j += 2;
        ++pieces;
        digit |= HasDigit(Text(segs[j]));
      }
      if (j > i && digit) {
        Emit(segs[i].start, segs[j].end);
        i = j + 1;
      } else {
        EmitWord(segs[i]);
        ++i;
      }
    }
  }
};

Tokeniser::Tokeniser() : impl_(std::make_unique<Impl>()) {}
Tokeniser::~Tokeniser() = default;
Tokeniser::Tokeniser(Tokeniser&&) noexcept = default;
Tokeniser& Tokeniser::operator=(Tokeniser&&) noexcept = default;

void Tokeniser::Tokenise(std::string_view text, std::vector<Span>* out) {
  // ICU break iterators index with int32.
  if (text.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
    text = text.substr(0, std::numeric_limits<int32_t>::max());
  }
  impl_->Run(text, out);
}

}  // namespace vn::text
