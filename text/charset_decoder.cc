#include "text/charset_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <vector>

#include "text/analyser.h"
#include "text/tcvn3.h"
#include "text/utf8.h"
#include "text/vietnamese_score.h"

namespace vn::text {
namespace {

constexpr size_t kMetaScanBytes = 4096;
constexpr size_t kScoreBytes = 64 * 1024;
constexpr std::string_view kTcvn3 = "TCVN3";

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value after "charset" (or "encoding") at `pos` in lower-cased `s`: skips blanks, '=',
// quotes; stops at the first character that cannot be in a charset name.
std::string ValueAfter(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  if (pos >= s.size() || s[pos] != '=') return {};
  ++pos;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '"' || s[pos] == '\''))
    ++pos;
  size_t end = pos;
  while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-' ||
                            s[end] == '_' || s[end] == '.' || s[end] == ':')) {
    ++end;
  }
  return std::string(s.substr(pos, end - pos));
}

bool IsTcvn3Name(std::string_view lower) {
  return lower.find("tcvn") != std::string_view::npos || lower == "vn3" || lower == "abc";
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenConverter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return conv;
}

// The IANA name ICU knows `conv` by ("windows-1258", "UTF-8", "ISO-8859-1").
std::string CanonicalName(UConverter* conv) {
  UErrorCode status = U_ZERO_ERROR;
  const char* icu_name = ucnv_getName(conv, &status);
  if (U_FAILURE(status)) return {};
  for (const char* standard : {"MIME", "IANA", "WINDOWS"}) {
    status = U_ZERO_ERROR;
    const char* n = ucnv_getStandardName(icu_name, standard, &status);
    if (U_SUCCESS(status) && n != nullptr) return n;
  }
  return icu_name;
}

std::string ConvertWith(UConverter* conv, std::string_view bytes) {
  std::string out;
  // ICU strings are int32-indexed; anything larger is cut (no page is 1 GB).
  const int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX / 2));
  UErrorCode status = U_ZERO_ERROR;
  ucnv_reset(conv);
  icu::UnicodeString u(bytes.data(), n, conv, status);
  if (U_FAILURE(status)) return ToValidUtf8(bytes.substr(0, n));
  u.toUTF8String(out);
  return out;
}

// Decodes with a charset name that may be TCVN3 (ours) or anything ICU knows.
std::string DecodeAs(std::string_view charset, std::string_view bytes) {
  if (charset == kTcvn3) return Tcvn3ToUtf8(bytes);
  if (charset == "UTF-8") return ToValidUtf8(bytes);
  ConverterPtr conv = OpenConverter(std::string(charset));
  if (!conv) return ToValidUtf8(bytes);
  return ConvertWith(conv.get(), bytes);
}

bool IsLatin1Family(std::string_view name) {
  return name == "ISO-8859-1" || name == "windows-1252" || name == "US-ASCII";
}

// ICU's best guess for bytes that are not UTF-8, by IANA name ("" if none).
std::string IcuDetect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return {};
  const std::string_view sample = bytes.substr(0, kScoreBytes);
  ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(det, true);  // ignore HTML markup
  const UCharsetMatch* match = ucsdet_detect(det, &status);
  std::string name;
  if (U_SUCCESS(status) && match != nullptr) {
    const char* n = ucsdet_getName(match, &status);
    if (U_SUCCESS(status) && n != nullptr) name = n;
  }
  ucsdet_close(det);
  if (name.empty()) return name;
  ConverterPtr conv = OpenConverter(name);
  return conv ? CanonicalName(conv.get()) : std::string();
}

// Chooses among legacy charsets by how Vietnamese each decoding looks. `first` wins ties.
std::string ChooseByScore(std::string_view bytes, std::vector<std::string> candidates,
                          bool font_hint) {
  const std::string_view sample = bytes.substr(0, kScoreBytes);
  std::string best;
  int best_score = INT_MIN;
  std::vector<std::string> seen;
  for (const std::string& c : candidates) {
    if (c.empty() || std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
    seen.push_back(c);
    int score = VietnameseScore(Normalise(DecodeAs(c, sample)));
    // A .VnTime font says TCVN3 outright; the statistics only need to not contradict it.
    if (font_hint && c == kTcvn3) score += 1;
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  return best;
}

struct Bom {
  std::string charset;
  size_t length = 0;
};

Bom SniffBom(std::string_view b) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") return {"UTF-8", 3};
  if (b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", 2};
  if (b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", 2};
  return {};
}

DecodedText Decode(std::string_view bytes, const std::string& declared, const char* source,
                   bool html) {
  const Bom bom = SniffBom(bytes);
  if (bom.length > 0) {
    const std::string_view body = bytes.substr(bom.length);
    return {DecodeAs(bom.charset, body), bom.charset, "bom"};
  }
  std::string name;
  if (!declared.empty()) {
    const std::string lower = AsciiLower(declared);
    if (IsTcvn3Name(lower)) return {Tcvn3ToUtf8(bytes), std::string(kTcvn3), source};
    if (ConverterPtr conv = OpenConverter(lower)) name = CanonicalName(conv.get());
  }
  const bool font_hint = html && HasTcvn3FontHint(bytes);
  // <meta charset=utf-16> in bytes we could read as ASCII is a lie (WHATWG: use UTF-8).
  if (name.starts_with("UTF-16") && std::string_view(source) == "meta") name = "UTF-8";
  // Non-ASCII text that is valid UTF-8 is UTF-8 whatever a template declared: legacy
  // text essentially never forms valid multi-byte sequences by chance.
  if (!name.empty() && name != "UTF-8" && !name.starts_with("UTF-16") &&
      !std::all_of(bytes.begin(), bytes.end(),
                   [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
      IsValidUtf8(bytes)) {
    return {std::string(bytes), "UTF-8", "detected"};
  }
  if (!name.empty()) {
    if (name == "UTF-8" || name == "UTF-16" || name == "UTF-16LE" || name == "UTF-16BE") {
      if (name != "UTF-8" || IsValidUtf8(bytes)) return {DecodeAs(name, bytes), name, source};
      // Declared UTF-8 but it is not: fall through to detection.
    } else if (IsLatin1Family(name)) {
      // Latin-1 is what TCVN3 pages declare; Latin-1 is also what browsers use for
      // windows-1252 (WHATWG). Let the letters decide between the two.
      const std::string chosen =
          ChooseByScore(bytes, {"windows-1252", std::string(kTcvn3)}, font_hint);
      return {DecodeAs(chosen, bytes), chosen, chosen == "windows-1252" ? source : "detected"};
    } else {
      return {DecodeAs(name, bytes), name, source};
    }
  }
  if (IsValidUtf8(bytes)) {
    const bool ascii = std::all_of(bytes.begin(), bytes.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return {std::string(bytes), "UTF-8", ascii ? "default" : "detected"};
  }
  // A page declared UTF-8 with a few bad bytes is still UTF-8: it goes first and wins ties.
  const std::string declared_utf8 = name == "UTF-8" ? name : "";
  std::string detected = IcuDetect(bytes);
  if (detected == "UTF-8" && declared_utf8.empty()) detected.clear();  // not valid, see above
  const std::string chosen = ChooseByScore(
      bytes, {declared_utf8, detected, "windows-1258", std::string(kTcvn3), "windows-1252"},
      font_hint);
  return {DecodeAs(chosen, bytes), chosen, "detected"};
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  const std::string lower = AsciiLower(content_type);
  const size_t pos = lower.find("charset");
  if (pos == std::string::npos) return {};
  return ValueAfter(lower, pos + 7);
}

std::string CharsetFromMeta(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, kMetaScanBytes));
  if (head.rfind("<?xml", 0) == 0) {
    const size_t end = head.find("?>");
    const size_t enc = head.find("encoding");
    if (enc != std::string::npos && enc < end) {
      std::string v = ValueAfter(head, enc + 8);
      if (!v.empty()) return v;
    }
  }
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const size_t end = std::min(head.find('>', pos), head.size());
    const std::string_view tag = std::string_view(head).substr(pos, end - pos);
    const size_t cs = tag.find("charset");
    if (cs != std::string::npos) {
      std::string v = ValueAfter(tag, cs + 7);
      if (!v.empty()) return v;
    }
    pos = end;
  }
  return {};
}

DecodedText DecodeHtml(std::string_view bytes, std::string_view content_type) {
  std::string declared = CharsetFromContentType(content_type);
  const char* source = "http";
  if (declared.empty() || !(IsTcvn3Name(declared) || OpenConverter(declared))) {
    declared = CharsetFromMeta(bytes);
    source = "meta";
  }
  return Decode(bytes, declared, source, /*html=*/true);
}

DecodedText DecodeText(std::string_view bytes, std::string_view charset_hint) {
  return Decode(bytes, AsciiLower(charset_hint), "hint", /*html=*/false);
}

}  // namespace vn::text
