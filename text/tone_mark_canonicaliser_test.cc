#include "text/tone_mark_canonicaliser.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <string>

#include "text/normaliser.h"

namespace vn::text {
namespace {

struct Pair {
  const char* written;    // as found on some page (new style, or already canonical)
  const char* canonical;  // old style, what the index stores
};

// Old style puts the mark on the first vowel of an open oa/oe/uy; everything else is the
// same in both styles and must come through untouched.
constexpr Pair kPairs[] = {
    // The style difference itself.
    {"hoà", "hòa"},
    {"hoá", "hóa"},
    {"hoả", "hỏa"},
    {"hoạ", "họa"},
    {"toà", "tòa"},
    {"xoà", "xòa"},
    {"thoả", "thỏa"},
    {"Khoá", "Khóa"},
    {"loã", "lõa"},
    {"doạ", "dọa"},
    {"oà", "òa"},
    {"khoẻ", "khỏe"},
    {"hoè", "hòe"},
    {"loè", "lòe"},
    {"thuỷ", "thủy"},
    {"Thuý", "Thúy"},
    {"tuỳ", "tùy"},
    {"luỹ", "lũy"},
    {"thuỵ", "thụy"},
    {"huỷ", "hủy"},
    {"Uỷ", "Ủy"},
    {"uỷ", "ủy"},
    {"Hoà", "Hòa"},
    {"HOÀ", "HÒA"},
    {"UỶ", "ỦY"},
    {"ThUỷ", "ThỦy"},
    {"hOà", "hÒa"},
    // Already canonical.
    {"hòa", "hòa"},
    {"thủy", "thủy"},
    {"Ủy", "Ủy"},
    {"ỦY", "ỦY"},
    {"khỏe", "khỏe"},
    // "qu" and "gi" are onsets.
    {"quả", "quả"},
    {"quý", "quý"},
    {"quỳnh", "quỳnh"},
    {"quốc", "quốc"},
    {"quyết", "quyết"},
    {"quyển", "quyển"},
    {"quạt", "quạt"},
    {"quặng", "quặng"},
    {"quái", "quái"},
    {"giữa", "giữa"},
    {"gìn", "gìn"},
    {"gì", "gì"},
    {"giường", "giường"},
    {"giếng", "giếng"},
    {"giặt", "giặt"},
    {"gió", "gió"},
    {"giỏi", "giỏi"},
    // Final consonant: the last vowel, in both styles.
    {"hoàn", "hoàn"},
    {"hoàng", "hoàng"},
    {"toán", "toán"},
    {"khoản", "khoản"},
    {"huýt", "huýt"},
    {"huỳnh", "huỳnh"},
    {"thuận", "thuận"},
    {"tuần", "tuần"},
    {"xuân", "xuân"},
    {"hòan", "hoàn"},
    {"tóan", "toán"},
    {"húynh", "huýnh"},
    // ươ / uô / iê / yê / uyê: the second vowel (the one with its own diacritic).
    {"người", "người"},
    {"muốn", "muốn"},
    {"tiếng", "tiếng"},
    {"tuyến", "tuyến"},
    {"khuyến", "khuyến"},
    {"yêu", "yêu"},
    {"yến", "yến"},
    {"rượu", "rượu"},
    {"uống", "uống"},
    {"thuở", "thuở"},
    {"cứu", "cứu"},
    {"ngừơi", "người"},
    {"mùôn", "muồn"},
    {"tíêng", "tiếng"},
    // Two open vowels (no o/u-glide): the first, in both styles.
    {"của", "của"},
    {"mùa", "mùa"},
    {"mía", "mía"},
    {"chìa", "chìa"},
    {"bài", "bài"},
    {"sáu", "sáu"},
    {"hỏi", "hỏi"},
    {"tại", "tại"},
    {"túi", "túi"},
    {"cây", "cây"},
    {"caí", "cái"},
    {"muà", "mùa"},
    // Three vowels: the middle one.
    {"ngoài", "ngoài"},
    {"xoáy", "xoáy"},
    {"ngoẹo", "ngoẹo"},
    {"khuỷu", "khuỷu"},
    {"ngoaì", "ngoài"},
    {"khuyủ", "khuỷu"},
    // Not Vietnamese syllables, or two marks: left alone.
    {"café", "café"},
    {"déjà", "déjà"},
    {"naïve", "naïve"},
    {"Zoë", "Zoë"},
    {"tíếng", "tíếng"},
    {"hoàs", "hoàs"},
};

std::string Upper(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toUpper().toUTF8String(out);
  return out;
}

TEST(ToneMarkCanonicaliserTest, TableOfWordPairs) {
  static_assert(std::size(kPairs) >= 60);
  for (const Pair& p : kPairs) {
    EXPECT_EQ(ToneMarkCanonicaliser::Canonicalise(p.written), p.canonical) << p.written;
    // Both ways: the canonical form is a fixed point.
    EXPECT_EQ(ToneMarkCanonicaliser::Canonicalise(p.canonical), p.canonical) << p.canonical;
    // Capitals follow the same rules.
    EXPECT_EQ(ToneMarkCanonicaliser::Canonicalise(Upper(p.written)), Upper(p.canonical))
        << Upper(p.written);
  }
}

TEST(ToneMarkCanonicaliserTest, NewAndOldStyleSentencesMeet) {
  // From a Thừa Thiên Huế report that uses both styles in one text.
  const std::string new_style =
      "lễ ký kết Thoả thuận hợp tác giữa Trung tâm Phục vụ Đối ngoại Đà Nẵng, "
      "bà Nguyễn Thuý Anh, Phó Chủ tịch UBND tỉnh, Uỷ ban nhân dân, sức khoẻ";
  const std::string old_style =
      "lễ ký kết Thỏa thuận hợp tác giữa Trung tâm Phục vụ Đối ngoại Đà Nẵng, "
      "bà Nguyễn Thúy Anh, Phó Chủ tịch UBND tỉnh, Ủy ban nhân dân, sức khỏe";
  EXPECT_EQ(ToneMarkCanonicaliser::Canonicalise(new_style), old_style);
  EXPECT_EQ(ToneMarkCanonicaliser::Canonicalise(old_style), old_style);
}

TEST(ToneMarkCanonicaliserTest, InPlaceReportsWhetherItChanged) {
  std::string s = "Hội nghị hòa bình";
  EXPECT_FALSE(ToneMarkCanonicaliser::CanonicaliseInPlace(&s));
  s = "Hội nghị hoà bình";
  EXPECT_TRUE(ToneMarkCanonicaliser::CanonicaliseInPlace(&s));
  EXPECT_EQ(s, "Hội nghị hòa bình");
}

TEST(ToneMarkCanonicaliserTest, WordsNextToPunctuationDigitsAndSymbols) {
  EXPECT_EQ(ToneMarkCanonicaliser::Canonicalise("(hoà)…thuỷ—“Uỷ”"), "(hòa)…thủy—“Ủy”");
  // Letters glued to digits are not a syllable: left as written.
  EXPECT_EQ(ToneMarkCanonicaliser::Canonicalise("hoà2"), "hoà2");
  EXPECT_EQ(ToneMarkCanonicaliser::Canonicalise(""), "");
}

TEST(ToneMarkCanonicaliserTest, NfdInputThroughNormalise) {
  // "thuỷ hoà" in NFD: u + hook above, a + grave.
  EXPECT_EQ(Normalise("thuy\xCC\x89 hoa\xCC\x80"), "thủy hòa");
  // NFD of "Ủy" with the hook on U.
  EXPECT_EQ(Normalise("U\xCC\x89y"), "Ủy");
}

}  // namespace
}  // namespace vn::text
