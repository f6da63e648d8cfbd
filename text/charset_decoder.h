// CharsetDecoder: turns the bytes of a fetched page into UTF-8. The charset is taken, in
// order, from a byte-order mark (unambiguous, so it wins as in the WHATWG encoding
// standard), the HTTP Content-Type header, <meta charset> or <meta http-equiv> (first 4 KB,
// also <?xml encoding>), then detection. Legacy code pages (windows-1258 with its combining
// tone marks, windows-1252, ...) go through ICU converters. TCVN3 (.VnTime fonts stored as
// Latin-1 bytes) is recognised when a page declares Latin-1/windows-1252 or nothing, from
// font hints and from how Vietnamese each candidate decoding looks, and is converted with
// our own table. Non-ASCII bytes that are valid UTF-8 are taken as UTF-8 whatever a
// template declared (legacy text is never valid UTF-8 by chance). Invalid bytes become
// U+FFFD; never throws on content.
#pragma once

#include <string>
#include <string_view>

namespace vn::text {

struct DecodedText {
  std::string utf8;     // valid UTF-8; NFC is NOT applied here, Normalise() does that
  std::string charset;  // the charset used, IANA name ("UTF-8", "windows-1258") or "TCVN3"
  // Where it came from: "bom", "http", "meta", "hint" (DecodeText), "detected" (ICU
  // detection and the Vietnamese letter statistics, including a declared Latin-1 that was
  // really TCVN3), "default" (pure ASCII).
  std::string source;
};

// `content_type` is the HTTP Content-Type header value (may be empty).
DecodedText DecodeHtml(std::string_view bytes, std::string_view content_type = {});
// Plain text: BOM, then `charset_hint`, then detection; no <meta> scanning.
DecodedText DecodeText(std::string_view bytes, std::string_view charset_hint = {});

// The pieces, exposed for tests and for callers that only need the declaration.
// "text/html; charset=UTF-8" → "utf-8" (lower case; "" if none).
std::string CharsetFromContentType(std::string_view content_type);
// <meta charset>, <meta http-equiv content="...charset=..."> or <?xml encoding> in the
// first 4 KB, lower case; "" if none.
std::string CharsetFromMeta(std::string_view html);

}  // namespace vn::text
