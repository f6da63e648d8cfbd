#include "indexer/agreement_extractor.h"

#include <re2/re2.h>

#include <set>

#include "text/analyser.h"

namespace vn::indexer {

namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Byte offset of code point `cp` in `s` (s.size() when past the end).
size_t ByteAt(const std::string& s, size_t cp) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (n == cp) return i;
    ++n;
  }
  return s.size();
}

void Scan(const std::string& text, bool with_spans, std::set<std::string>* seen,
          std::vector<Agreement>* out) {
  // A kind of agreement, then its words up to punctuation that ends the phrase.
  static const RE2 re(
      "((?:[Tt]hỏa thuận|[Bb]iên bản ghi nhớ|[Bb]ản ghi nhớ|[Hh]iệp định|"
      "[Qq]uy chế phối hợp|[Kk]ế hoạch hợp tác|[Cc]hương trình hợp tác|[Gg]iao ước thi đua)"
      "[^.;:()\\n]{0,120}?)(?:[.;:()\\n]|, (?:đồng thời|nhằm|và trao|trong đó)|$)");
  // One tone style ("Thoả" is "Thỏa"); moving a tone mark keeps the code-point count, so
  // offsets found here hold for the original text — checked below all the same.
  const std::string normalised = text::Normalise(text);
  re2::StringPiece input(normalised);
  re2::StringPiece match;
  while (out->size() < 10 && RE2::FindAndConsume(&input, re, &match)) {
    std::string name(match.data(), match.size());
    while (!name.empty() && (name.back() == ' ' || name.back() == ',')) name.pop_back();
    if (!seen->insert(text::NormaliseAndLower(name)).second) continue;
    Agreement a;
    a.name = name;
    if (with_spans) {
      size_t start =
          CodePoints(std::string_view(normalised.data(), match.data() - normalised.data()));
      size_t end = start + CodePoints(name);
      size_t b0 = ByteAt(text, start), b1 = ByteAt(text, end);
      if (text::Normalise(text.substr(b0, b1 - b0)) == name)
        a.span = {static_cast<int64_t>(start), static_cast<int64_t>(end)};
    }
    out->push_back(std::move(a));
  }
}

}  // namespace

std::vector<Agreement> ExtractAgreements(const std::string& title, const std::string& body) {
  std::vector<Agreement> out;
  std::set<std::string> seen;
  Scan(title, false, &seen, &out);
  Scan(body, true, &seen, &out);
  return out;
}

}  // namespace vn::indexer
