#include "indexer/agreement_extractor.h"

#include <gtest/gtest.h>

namespace vn::indexer {
namespace {

std::string Slice(const std::string& s, Span span) {
  // Code-point span → bytes.
  size_t cp = 0, b0 = std::string::npos, b1 = s.size();
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (static_cast<int64_t>(cp) == span.start) b0 = i;
    if (static_cast<int64_t>(cp) == span.end) {
      b1 = i;
      break;
    }
    ++cp;
  }
  return b0 == std::string::npos ? "" : s.substr(b0, b1 - b0);
}

TEST(AgreementExtractor, NamesEachAgreementToTheEndOfItsPhraseWithOffsets) {
  std::string body =
      "Sáng 19/9, tại Đông Hà, hai bên đã ký Biên bản ghi nhớ hợp tác giai đoạn 2024-2029 "
      "giữa tỉnh Quảng Trị và tỉnh Sa-van-na-khệt, đồng thời trao Kế hoạch hợp tác năm 2025.\n\n"
      "Trước đó, Thoả thuận hợp tác về giáo dục đã được ký năm 2018; Quy chế phối hợp quản "
      "lý biên giới tiếp tục được thực hiện.";
  auto found = ExtractAgreements("Ký kết Biên bản ghi nhớ hợp tác với Sa-van-na-khệt", body);
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[0].name, "Biên bản ghi nhớ hợp tác với Sa-van-na-khệt");
  EXPECT_EQ(found[0].span.start, -1) << "from the title: no body offsets";
  EXPECT_EQ(found[1].name,
            "Biên bản ghi nhớ hợp tác giai đoạn 2024-2029 giữa tỉnh Quảng Trị và tỉnh "
            "Sa-van-na-khệt");
  EXPECT_EQ(Slice(body, found[1].span), found[1].name);
  EXPECT_EQ(found[2].name, "Kế hoạch hợp tác năm 2025");
  // The other tone style is named in the canonical one, its offsets still on the original.
  EXPECT_EQ(found[3].name, "Thỏa thuận hợp tác về giáo dục đã được ký năm 2018");
  EXPECT_EQ(Slice(body, found[3].span), "Thoả thuận hợp tác về giáo dục đã được ký năm 2018");
  EXPECT_EQ(found[4].name, "Quy chế phối hợp quản lý biên giới tiếp tục được thực hiện");
}

TEST(AgreementExtractor, SameAgreementInEitherToneStyleIsNamedOnce) {
  auto found = ExtractAgreements("", "Ký Thỏa thuận hợp tác. Sau đó, Thoả thuận hợp tác.");
  EXPECT_EQ(found.size(), 1u);
}

TEST(AgreementExtractor, NothingSignedNothingFound) {
  EXPECT_TRUE(
      ExtractAgreements("Tiếp Đại sứ Lào", "Hai bên trao đổi về tình hình hợp tác.").empty());
}

}  // namespace
}  // namespace vn::indexer
