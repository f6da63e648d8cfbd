// libFuzzer target: any bytes as an HTML page (decoding, gumbo, content extraction, dates,
// places, people, organisations, event dates), and as a posting-date line. Every result
// must come back in bounded time without a crash; spans must lie inside the body.
#include <cstddef>
#include <cstdint>
#include <string>

#include "indexer/date_parser.h"
#include "indexer/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  vn::indexer::Extractor extractor;
  vn::indexer::Article a = extractor.ExtractHtml({bytes, "", "http://fuzz.example/"});
  std::string body = a.BodyText();
  int64_t cps = 0;
  for (unsigned char c : body) cps += (c & 0xC0) != 0x80;
  for (const auto& p : a.places)
    if (p.span.start < 0 || p.span.end > cps || p.span.start > p.span.end) __builtin_trap();
  for (const auto& d : a.event_dates)
    if (d.span.start < 0 || d.span.end > cps || d.span.start > d.span.end) __builtin_trap();
  vn::indexer::FindPostingDate(bytes);
  vn::indexer::ParseMachineDate(bytes);
  extractor.ExtractText({bytes, "", ""}, "2020-05-25");
  return 0;
}
