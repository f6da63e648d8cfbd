#include "text/analyser.h"

#include "text/case_folder.h"
#include "text/normaliser.h"
#include "text/tokeniser.h"

namespace vn::text {

struct Analyser::Impl {
  Tokeniser tokeniser;
  std::vector<Tokeniser::Span> spans;
};

Analyser::Analyser() : impl_(std::make_unique<Impl>()) {}
Analyser::~Analyser() = default;
Analyser::Analyser(Analyser&&) noexcept = default;
Analyser& Analyser::operator=(Analyser&&) noexcept = default;

std::vector<Token> Analyser::Analyse(std::string_view utf8) const {
  return AnalyseNormalised(Normalise(utf8));
}

std::vector<Token> Analyser::AnalyseNormalised(std::string_view normalised) const {
  impl_->tokeniser.Tokenise(normalised, &impl_->spans);
  std::vector<Token> tokens(impl_->spans.size());
  uint32_t position = 0;
  for (const Tokeniser::Span& span : impl_->spans) {
    Token& t = tokens[position];
    t.surface.assign(normalised.substr(span.start, span.end - span.start));
    AppendCaseFolded(t.surface, &t.term);
    AppendAccentFree(t.term, &t.folded);
    t.start = span.start;
    t.end = span.end;
    t.position = position++;
    t.kind = span.kind;
  }
  return tokens;
}

}  // namespace vn::text
