// Case and accent folding for the text chain. CaseFold is Unicode full case folding (Đ→đ,
// ß→ss) and keeps every mark: the exact-marks term. AccentFree additionally removes every
// combining mark and maps đ→d, so "Quảng Trị" and "quang tri" meet. Both handle NFC or NFD
// input and cost a table look-up per Vietnamese letter (no ICU call on the hot path).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vn::text {

void AppendCaseFolded(std::string_view utf8, std::string* out);
std::string CaseFold(std::string_view utf8);
void AppendAccentFree(std::string_view utf8, std::string* out);
// Fold(), declared in analyser.h, is AccentFree(); this is the same function.
std::string AccentFree(std::string_view utf8);
// AppendAccentFree that also appends to `origin`, for each byte it appends to `out`, the
// offset in `utf8` of the code point that byte came from: words found in the folded text
// can then be shown as the original wrote them.
void AppendAccentFreeMapped(std::string_view utf8, std::string* out, std::vector<uint32_t>* origin);

}  // namespace vn::text
