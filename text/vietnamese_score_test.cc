#include "text/vietnamese_score.h"

#include <gtest/gtest.h>

namespace vn::text {
namespace {

TEST(VietnameseScoreTest, RealTextScoresPositive) {
  EXPECT_EQ(VietnameseScore("Trung tâm Phục vụ Đối ngoại Quảng Trị, người giữa."), 9);
  EXPECT_EQ(VietnameseScore("Hello world 2020"), 0);
}

TEST(VietnameseScoreTest, WrongDecodingsScoreNegative) {
  // TCVN3 bytes read as windows-1252.
  EXPECT_LT(VietnameseScore("Trung t\u00A9m Ph\u00F4c v\u00F4 \u00A7\u00E8i ngo\u00B9i"), 0);
  // windows-1258 bytes read as TCVN3: two tone marks in one word.
  EXPECT_LT(VietnameseScore("Vi\u1EDD\u0169t Nam"), 0);
  // Foreign letters and replacement characters.
  EXPECT_LT(VietnameseScore("Vi\u00D6t \uFFFDn"), 0);
  // Not a Vietnamese vowel nucleus.
  EXPECT_LT(VietnameseScore("Vi\u00EA\u00F2t"), 0);
}

}  // namespace
}  // namespace vn::text
