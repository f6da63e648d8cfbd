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

void Analyser::AnalyseNormalised(std::string_view normalised,
                                 const std::function<void(const Token&)>& sink) const {
  impl_->tokeniser.Tokenise(normalised, &impl_->spans);
  Token t;
  uint32_t position = 0;
  for (const Tokeniser::Span& span : impl_->spans) {
    t.surface.assign(normalised.substr(span.start, span.end - span.start));
    t.term.clear();
    AppendCaseFolded(t.surface, &t.term);
    t.folded.clear();
    AppendAccentFree(t.term, &t.folded);
    t.start = span.start;
    t.end = span.end;
    t.position = position++;
    t.kind = span.kind;
    sink(t);
  }
}

std::vector<Token> Analyser::AnalyseNormalised(std::string_view normalised) const {
  std::vector<Token> tokens;
  AnalyseNormalised(normalised, [&tokens](const Token& t) { tokens.push_back(t); });
  return tokens;
}

}  // namespace vn::text
