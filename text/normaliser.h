// Normalise: the text every later step sees. Sanitise (valid UTF-8, no control characters,
// bounded combining-mark runs), NFC, then one canonical tone-mark placement (old style:
// hòa, thủy, Ủy, thỏa; see tone_mark_canonicaliser.h). Linear time on any input.
#pragma once

#include <string>
#include <string_view>

namespace vn::text {

// NFC + canonical tone-mark placement. Invalid UTF-8 is replaced by U+FFFD. Case is kept.
std::string Normalise(std::string_view utf8);
// Normalise + full case folding (Đ→đ).
std::string NormaliseAndLower(std::string_view utf8);

}  // namespace vn::text
