// libFuzzer target: the analysis chain on arbitrary bytes. Checks the promises the
// indexer relies on: offsets inside the normalised text and in order, the surface is the
// text at those offsets, positions consecutive, terms non-empty and valid UTF-8, and
// normalisation is idempotent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/analyser.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  static vn::text::Analyser analyser;
  const std::string norm = vn::text::Normalise(input);
  if (!vn::text::IsValidUtf8(norm)) std::abort();
  if (vn::text::Normalise(norm) != norm) std::abort();
  const auto tokens = analyser.Analyse(input);
  uint32_t last_end = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const vn::text::Token& t = tokens[k];
    if (t.position != k || t.start < last_end || t.end <= t.start || t.end > norm.size()) {
      std::abort();
    }
    if (norm.compare(t.start, t.end - t.start, t.surface) != 0) std::abort();
    if (t.term.empty() || !vn::text::IsValidUtf8(t.term) || !vn::text::IsValidUtf8(t.folded)) {
      std::abort();
    }
    last_end = t.end;
  }
  return 0;
}
