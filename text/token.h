// Token: one indexable unit of Vietnamese text (a syllable, a number or a code), as the
// analyser hands it to the indexer and the query parser.
#pragma once

#include <cstdint>
#include <string>

namespace vn::text {

enum class TokenKind { kWord, kNumber, kCode /* TP.HCM, 60-NQ/TW, 202/2025/QH15 */ };

struct Token {
  std::string surface;  // the token as it appears after normalisation (case kept)
  std::string term;     // lower-cased canonical form: the exact-marks index term
  std::string folded;   // accent-free form of term (đ→d); equals term for ASCII tokens
  uint32_t start = 0;   // byte offsets of the token in the analysed (normalised) text
  uint32_t end = 0;
  uint32_t position = 0;  // token ordinal, for phrase matching
  TokenKind kind = TokenKind::kWord;
};

}  // namespace vn::text
