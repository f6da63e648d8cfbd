// VietnameseScore: how plausible a decoded text is as Vietnamese, used to choose between
// candidate legacy charsets (windows-1258, TCVN3, windows-1252) when a page does not say,
// or says "Latin-1" while a .VnTime font meant TCVN3. Each space-separated word with a
// non-ASCII character (words end at spaces and ASCII punctuation) scores +1 if it is made of
// Vietnamese letters with at most one tone mark, and -1 otherwise (symbols inside a word such as
// "B¶o", foreign letters such as "ViÖt", two tone marks such as "Viờũt", U+FFFD).
#pragma once

#include <string_view>

namespace vn::text {

// `utf8` should be NFC. Looks at the first `limit` bytes only.
int VietnameseScore(std::string_view utf8, size_t limit = 64 * 1024);

}  // namespace vn::text
