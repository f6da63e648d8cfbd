// Tokeniser: splits normalised text into syllables, numbers and codes with byte offsets,
// using ICU's word BreakIterator (UAX #29) and then Vietnamese-news rules on top of it:
//   - punctuation and spaces are dropped;
//   - ICU already keeps "TP.HCM", "1.234.567" and "3,5" whole; a segment joined by '.' or
//     ':' that is not all capitals ("Huế.Tham", a missing space) is split again;
//   - pieces joined by '/' or '-' that are digits or capitals/digits, with at least one
//     digit among them, become one token: 15/5/2020, 19-21/9/2024, 60-NQ/TW,
//     202/2025/QH15, COVID-19; digits joined by ':' too (8:53);
//   - tokens longer than kMaxTokenBytes are dropped (they are not words, and index terms
//     have a length limit).
// Linear time; reuses its ICU iterator, so keep one Tokeniser per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace vn::text {

class Tokeniser {
 public:
  static constexpr uint32_t kMaxTokenBytes = 120;

  struct Span {
    uint32_t start;
    uint32_t end;
    TokenKind kind;
  };

  Tokeniser();
  ~Tokeniser();
  Tokeniser(Tokeniser&&) noexcept;
  Tokeniser& operator=(Tokeniser&&) noexcept;

  // `text` must be valid UTF-8 (Normalise's output). Replaces *out with the tokens in order.
  // ICU indexes with int32: text beyond 2 GB is not tokenised.
  void Tokenise(std::string_view text, std::vector<Span>* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vn::text
