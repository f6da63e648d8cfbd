// Analyser: the one Vietnamese text analysis chain shared by indexing and querying, so the
// two can never disagree: normalise (NFC, canonical tone-mark placement) → tokenise
// (syllables, codes and abbreviations kept whole, positions) → fold (lower case; and an
// accent-free form with đ→d). Each step is also usable alone (see the headers it includes).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/case_folder.h"
#include "text/normaliser.h"
#include "text/token.h"

namespace vn::text {

// An Analyser owns ICU state (a word BreakIterator): create one per thread and reuse it;
// one object must not be used from two threads at once.
class Analyser {
 public:
  Analyser();
  ~Analyser();
  Analyser(Analyser&&) noexcept;
  Analyser& operator=(Analyser&&) noexcept;

  // Normalises then tokenises. Token offsets refer to Normalise(text), not to `text`.
  std::vector<Token> Analyse(std::string_view utf8) const;
  // For text that already is Normalise()'s output (saves the second pass).
  std::vector<Token> AnalyseNormalised(std::string_view normalised) const;
  // Streaming form: calls `sink` once per token, in order, reusing one Token. Costs about
  // 30 bytes of working memory per token instead of the ~110 a vector<Token> holds.
  void AnalyseNormalised(std::string_view normalised,
                         const std::function<void(const Token&)>& sink) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Declared in normaliser.h: Normalise, NormaliseAndLower.
// Accent-free lower-case form: every mark removed, đ→d ("Quảng Trị" → "quang tri").
std::string Fold(std::string_view utf8);

}  // namespace vn::text
