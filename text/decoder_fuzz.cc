// libFuzzer target: any bytes, with any Content-Type, must decode to valid UTF-8 and go
// through the whole chain without a crash, hang or sanitizer report.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/analyser.h"
#include "text/charset_decoder.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kTypes[] = {"",
                                       "text/html; charset=utf-8",
                                       "text/html; charset=iso-8859-1",
                                       "text/html; charset=windows-1258",
                                       "text/html; charset=utf-16",
                                       "text/html; charset=tcvn3",
                                       "text/html; charset=\"shift_jis\"",
                                       "text/html; charset=x-bogus"};
  if (size == 0) return 0;
  const std::string_view type = kTypes[data[0] % (sizeof kTypes / sizeof kTypes[0])];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const vn::text::DecodedText html = vn::text::DecodeHtml(bytes, type);
  const vn::text::DecodedText text = vn::text::DecodeText(bytes);
  if (!vn::text::IsValidUtf8(html.utf8) || !vn::text::IsValidUtf8(text.utf8)) std::abort();
  if (html.charset.empty() || text.charset.empty()) std::abort();
  static vn::text::Analyser analyser;
  analyser.Analyse(html.utf8);
  return 0;
}
