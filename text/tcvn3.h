// TCVN3 (TCVN 5712:1993 "ABC", the ".VnTime"/".VnArial" fonts): the 8-bit Vietnamese
// encoding of the 1990s that old provincial portals still serve, usually declared as
// ISO-8859-1/windows-1252 because the font, not the charset, carried the meaning. Bytes
// 0xA1-0xFE hold the Vietnamese letters (lower-case toned vowels only: capitals with tone
// marks were drawn by the ".VnTimeH" fonts from the same lower-case codes, so they decode
// as lower case); the VN1 capitals above 0xA0 are mapped too; 0x80-0x9F keep their
// windows-1252 meaning (curly quotes, dashes) as those fonts did.
#pragma once

#include <string>
#include <string_view>

namespace vn::text {

// Decodes TCVN3 bytes to UTF-8 (NFC). Never fails: bytes undefined in windows-1252
// become U+FFFD.
std::string Tcvn3ToUtf8(std::string_view bytes);
// Encodes UTF-8 (NFC) as TCVN3; capitals with tone marks become the lower-case code, as a
// .VnTimeH page would store them; characters TCVN3 cannot express become '?'.
std::string Utf8ToTcvn3(std::string_view utf8);
// True if the HTML names a TCVN3 font (.VnTime, .VnArial, ...) in its first 64 KB.
bool HasTcvn3FontHint(std::string_view html);

}  // namespace vn::text
