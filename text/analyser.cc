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

namespace {

// Fills `t` for one span; the strings are assigned, not rebuilt, so a reused Token keeps
// its capacity.
void FillToken(std::string_view normalised, const Tokeniser::Span& span, uint32_t position,
               Token* t) {
  t->surface.assign(normalised.substr(span.start, span.end - span.start));
  t->term.clear();
  AppendCaseFolded(t->surface, &t->term);
  t->folded.clear();
  AppendAccentFree(t->term, &t->folded);
  t->start = span.start;
  t->end = span.end;
  t->position = position;
  t->kind = span.kind;
}

}  // namespace

void Analyser::AnalyseNormalised(std::string_view normalised,
                                 const std::function<void(const Token&)>& sink) const {
  impl_->tokeniser.Tokenise(normalised, &impl_->spans);
  Token t;
  uint32_t position = 0;
  for (const Tokeniser::Span& span : impl_->spans) {
    FillToken(normalised, span, position++, &t);
    sink(t);
  }
}

std::vector<Token> Analyser::AnalyseNormalised(std::string_view normalised) const {
  impl_->tokeniser.Tokenise(normalised, &impl_->spans);
  std::vector<Token> tokens(impl_->spans.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    FillToken(normalised, impl_->spans[k], static_cast<uint32_t>(k), &tokens[k]);
  }
  return tokens;
}

}  // namespace vn::text
