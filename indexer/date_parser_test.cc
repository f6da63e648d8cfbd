#include "indexer/date_parser.h"

#include <gtest/gtest.h>

namespace vn::indexer {
namespace {

std::string Posting(const std::string& text) {
  auto m = FindPostingDate(text);
  return m ? m->value.Iso() : "none";
}

TEST(DateParserTest, SeedPostingFormats) {
  EXPECT_EQ(Posting("8:53, Thứ Hai, 25-5-2020"), "2020-05-25T08:53:00+07:00");
  EXPECT_EQ(Posting("22-09-2024 14:14"), "2024-09-22T14:14:00+07:00");
  EXPECT_EQ(Posting("Cở chữ: 09:07 AM,28/06/2017"), "2017-06-28T09:07:00+07:00");
  EXPECT_EQ(Posting("Cở chữ: 02:15 PM,28/06/2017"), "2017-06-28T14:15:00+07:00");
  EXPECT_EQ(Posting("Ngày cập nhật 22/01/2019"), "2019-01-22");
  EXPECT_EQ(Posting("17/02/2017"), "2017-02-17");
  EXPECT_EQ(Posting("Thứ năm, ngày 5 tháng 9 năm 2024"), "2024-09-05");
  EXPECT_EQ(Posting("Cập nhật lúc 10h30 ngày 03.04.2023"), "2023-04-03T10:30:00+07:00");
}

TEST(DateParserTest, RejectsImpossibleAndPartialDates) {
  EXPECT_EQ(Posting("31/02/2020"), "none");
  EXPECT_EQ(Posting("12/13/2020"), "none");
  EXPECT_EQ(Posting("tỷ số 2-1"), "none");
  EXPECT_EQ(Posting("Sáng ngày 8/01"), "none");
  EXPECT_EQ(Posting("Nghị quyết 202/2025/QH15"), "none");
  // The first valid one wins when an impossible one precedes it.
  EXPECT_EQ(Posting("31/02/2020 rồi 01/03/2020"), "2020-03-01");
}

TEST(DateParserTest, MachineDates) {
  EXPECT_EQ(ParseMachineDate("2020-05-25T08:53:00+07:00")->Iso(), "2020-05-25T08:53:00+07:00");
  // UTC converted to local time, crossing midnight.
  EXPECT_EQ(ParseMachineDate("2024-09-21T20:30:00Z")->Iso(), "2024-09-22T03:30:00+07:00");
  EXPECT_EQ(ParseMachineDate("2019-01-22")->Iso(), "2019-01-22");
  EXPECT_EQ(ParseMachineDate("22/01/2019 07:05")->Iso(), "2019-01-22T07:05:00+07:00");
  EXPECT_FALSE(ParseMachineDate("not a date"));
  EXPECT_FALSE(ParseMachineDate("2019-02-30"));
}

TEST(DateParserTest, SortKeyOrdersByTime) {
  auto a = ParseMachineDate("2020-05-25T08:53:00+07:00");
  auto b = ParseMachineDate("2020-05-25");
  EXPECT_EQ(a->SortKey(), "202005250853");
  EXPECT_EQ(b->SortKey(), "202005250000");
  EXPECT_LT(b->SortKey(), a->SortKey());
}

}  // namespace
}  // namespace vn::indexer
