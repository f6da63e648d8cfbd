#include "text/normaliser.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <cstdlib>

#include "text/case_folder.h"
#include "text/tone_mark_canonicaliser.h"
#include "text/utf8.h"

namespace vn::text {
namespace {

const icu::Normalizer2& Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) std::abort();  // ICU data missing: nothing can work
    return n;
  }();
  return *nfc;
}

}  // namespace

std::string Normalise(std::string_view utf8) {
  std::string s = Sanitise(utf8);
  const icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  UErrorCode status = U_ZERO_ERROR;
  // Almost all news text is already NFC; the check is much cheaper than normalising.
  if (!Nfc().isNormalizedUTF8(piece, status) || U_FAILURE(status)) {
    std::string out;
    out.reserve(s.size());
    icu::StringByteSink<std::string> sink(&out);
    status = U_ZERO_ERROR;
    Nfc().normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_SUCCESS(status)) s = std::move(out);
  }
  ToneMarkCanonicaliser::CanonicaliseInPlace(&s);
  return s;
}

std::string NormaliseAndLower(std::string_view utf8) { return CaseFold(Normalise(utf8)); }

}  // namespace vn::text
