#include "indexer/event_date_extractor.h"

#include <gtest/gtest.h>

#include <random>
#include <regex>

#include "text/utf8.h"

namespace vn::indexer {
namespace {

DateTime Published(int y, int m, int d) {
  DateTime dt;
  dt.year = y;
  dt.month = m;
  dt.day = d;
  return dt;
}

// The code points of `s` from `start` to `end`, as UTF-8.
std::string CodePoints(const std::string& s, int64_t start, int64_t end) {
  std::string out;
  size_t i = 0;
  int64_t cp = 0;
  while (i < s.size()) {
    char32_t c = text::NextCodePoint(s, &i);
    if (cp >= start && cp < end) text::AppendUtf8(c, &out);
    ++cp;
  }
  return out;
}

int64_t CodePointCount(const std::string& s) {
  size_t i = 0;
  int64_t n = 0;
  while (i < s.size()) {
    text::NextCodePoint(s, &i);
    ++n;
  }
  return n;
}

// "text|value|granularity" for compact comparison; also checks every span points at text.
std::vector<std::string> Extract(const std::string& body, std::optional<DateTime> published) {
  std::vector<std::string> out;
  for (const EventDate& d : ExtractEventDates(body, published)) {
    EXPECT_EQ(CodePoints(body, d.span.start, d.span.end), d.text) << d.value;
    out.push_back(d.text + "|" + d.value + "|" + d.granularity);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(EventDateExtractorTest, SeedSigningDayWithSpan) {
  std::string body =
      "Vào chiều ngày 15/5/2020 tại Trung tâm Dịch vụ Đối ngoại tỉnh Thừa Thiên Huế đã diễn ra "
      "lễ ký kết Thoả thuận hợp tác.";
  auto dates = ExtractEventDates(body, Published(2020, 5, 25));
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].text, "ngày 15/5/2020");
  EXPECT_EQ(dates[0].value, "2020-05-15");
  EXPECT_EQ(dates[0].granularity, "day");
  EXPECT_EQ(dates[0].span.start, 10);  // "Vào chiều " is 10 code points
  EXPECT_EQ(dates[0].span.end, 24);
}

TEST(EventDateExtractorTest, SeedWorkingVisitRangesDaysAndPeriods) {
  std::string body =
      "Từ ngày 19-21/9/2024, Sở Ngoại vụ tỉnh Quảng Trị đã tổ chức chuyến công tác tại các "
      "tỉnh Savannakhet, Salavan/Lào.\n\n"
      "Sáng ngày 19/9/2024, đoàn công tác đã đi khảo sát công trình tỉnh Quảng Trị xây dựng hỗ "
      "trợ tỉnh Savannakhet giai đoạn 2023-2025: công trình Trường Tiểu học U-đôm-xúc (Cách "
      "cửa khẩu khoảng 40km).\n\n"
      "Hai bên đã thông tin kết quả thực hiện Bản ghi nhớ ký ngày 12/7/2012 trong 06 tháng đầu "
      "năm 2024.";
  EXPECT_EQ(Extract(body, Published(2024, 9, 22)),
            (V{"Từ ngày 19-21/9/2024|2024-09-19/2024-09-21|period", "ngày 19/9/2024|2024-09-19|day",
               "giai đoạn 2023-2025|2023/2025|period", "ngày 12/7/2012|2012-07-12|day",
               "năm 2024|2024|year"}));
}

TEST(EventDateExtractorTest, SeedReviewMeetingYearlessDateTakesPublicationYear) {
  std::string body =
      "Sáng ngày 8/01, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác năm 2018, triển khai "
      "nhiệm vụ năm 2019. Đồng chí Nguyễn Dung, Phó chủ tịch UBND tỉnh đến dự.";
  EXPECT_EQ(Extract(body, Published(2019, 1, 22)),
            (V{"ngày 8/01|2019-01-08|day", "năm 2018|2018|year", "năm 2019|2019|year"}));
}

TEST(EventDateExtractorTest, SeedCompetitionPledgeAndPeopleUnion) {
  EXPECT_EQ(Extract("Ngày 17/2, Cụm Thi đua số II, Bộ Ngoại giao đã tổ chức lễ ký giao ước thi "
                    "đua năm 2017 và Hội thảo tại Sở Ngoại vụ tỉnh Phú Thọ.",
                    Published(2017, 2, 17)),
            (V{"Ngày 17/2|2017-02-17|day", "năm 2017|2017|year"}));
  EXPECT_EQ(Extract("Sáng 28/03/2013 tại thành phố Hồ Chí Minh, Liên hiệp đã tổ chức “Lễ ký kết "
                    "Quy chế phối hợp - Giai đoạn 2013 – 2016”.",
                    Published(2017, 6, 28)),
            (V{"28/03/2013|2013-03-28|day", "Giai đoạn 2013 – 2016|2013/2016|period"}));
}

TEST(EventDateExtractorTest, NumericAndWordFormats) {
  EXPECT_EQ(Extract("8:53, Thứ Hai, 25-5-2020. Hội nghị ngày 15.5.2020 và ngày 15 tháng 5 năm "
                    "2020; NGÀY 02/10/2024.",
                    std::nullopt),
            (V{"25-5-2020|2020-05-25|day", "ngày 15.5.2020|2020-05-15|day",
               "ngày 15 tháng 5 năm 2020|2020-05-15|day", "NGÀY 02/10/2024|2024-10-02|day"}));
}

TEST(EventDateExtractorTest, YearlessDatesNearTheTurnOfTheYear) {
  DateTime jan10 = Published(2019, 1, 10);
  EXPECT_EQ(Extract("ngày 28/12", jan10), (V{"ngày 28/12|2018-12-28|day"}));
  // 54 days after publication: still this year; 69 days: last year.
  EXPECT_EQ(Extract("ngày 5/3", jan10), (V{"ngày 5/3|2019-03-05|day"}));
  EXPECT_EQ(Extract("ngày 20/3", jan10), (V{"ngày 20/3|2018-03-20|day"}));
  EXPECT_EQ(Extract("Chiều 26/6, đoàn đến thăm tỉnh.", Published(2023, 6, 27)),
            (V{"26/6|2023-06-26|day"}));
  EXPECT_EQ(Extract("Sáng nay (15/5), tại Hà Nội", Published(2020, 5, 15)),
            (V{"15/5|2020-05-15|day"}));
  EXPECT_EQ(Extract("ngày 15 tháng 5", Published(2020, 5, 25)),
            (V{"ngày 15 tháng 5|2020-05-15|day"}));
  // A yearless date joined to another by "và" or a comma is one too.
  EXPECT_EQ(Extract("nghỉ lễ ngày 30/4 và 1/5, rồi 2/9", Published(2024, 4, 20)),
            (V{"ngày 30/4|2024-04-30|day", "1/5|2024-05-01|day"}));
  EXPECT_EQ(Extract("Năm 2020, 1/3 số xã đạt chuẩn", Published(2024, 4, 20)),
            (V{"Năm 2020|2020|year"}));
  // Without a publication date there is no year to give them.
  EXPECT_EQ(Extract("ngày 26/6 và ngày 15/5/2020", std::nullopt),
            (V{"ngày 15/5/2020|2020-05-15|day"}));
  // 29/2 only exists in leap years.
  EXPECT_EQ(Extract("ngày 29/2", Published(2024, 3, 1)), (V{"ngày 29/2|2024-02-29|day"}));
  EXPECT_EQ(Extract("ngày 29/2", Published(2023, 3, 1)), V{});
}

TEST(EventDateExtractorTest, DayRanges) {
  DateTime oct20 = Published(2024, 10, 20);
  EXPECT_EQ(Extract("Hội chợ diễn ra từ ngày 12 đến 14/10 tại Viêng Chăn.", oct20),
            (V{"từ ngày 12 đến 14/10|2024-10-12/2024-10-14|period"}));
  EXPECT_EQ(Extract("từ 28/9 đến 2/10/2024", oct20),
            (V{"từ 28/9 đến 2/10/2024|2024-09-28/2024-10-02|period"}));
  EXPECT_EQ(Extract("từ ngày 28/9/2024 đến ngày 02/10/2024", oct20),
            (V{"từ ngày 28/9/2024 đến ngày 02/10/2024|2024-09-28/2024-10-02|period"}));
  EXPECT_EQ(Extract("từ ngày 28/12/2023 đến ngày 2/1/2024", std::nullopt),
            (V{"từ ngày 28/12/2023 đến ngày 2/1/2024|2023-12-28/2024-01-02|period"}));
  EXPECT_EQ(Extract("từ ngày 28/12 đến 3/1", Published(2024, 1, 5)),
            (V{"từ ngày 28/12 đến 3/1|2023-12-28/2024-01-03|period"}));
  EXPECT_EQ(Extract("trong hai ngày 19 và 20/9/2024", std::nullopt),
            (V{"ngày 19 và 20/9/2024|2024-09-19/2024-09-20|period"}));
  EXPECT_EQ(Extract("diễn ra 19 - 21/9/2024 tại Lào", std::nullopt),
            (V{"19 - 21/9/2024|2024-09-19/2024-09-21|period"}));
  EXPECT_EQ(Extract("trong các ngày 15, 16/5/2024; ngày 15/5/2020-20/5/2020", std::nullopt),
            (V{"ngày 15, 16/5/2024|2024-05-15/2024-05-16|period",
               "ngày 15/5/2020-20/5/2020|2020-05-15/2020-05-20|period"}));
  // An end before the start is not a range; the dates are still dates.
  EXPECT_EQ(Extract("từ ngày 21/9/2024 đến ngày 19/9/2024", std::nullopt),
            (V{"ngày 21/9/2024|2024-09-21|day", "ngày 19/9/2024|2024-09-19|day"}));
}

TEST(EventDateExtractorTest, MonthsQuartersYearsAndPeriods) {
  EXPECT_EQ(Extract("Trong tháng 9/2024 và tháng 9 năm 2024, từ tháng 9 đến tháng 12/2024, "
                    "tháng 9-12/2024.",
                    std::nullopt),
            (V{"tháng 9/2024|2024-09|month", "tháng 9 năm 2024|2024-09|month",
               "từ tháng 9 đến tháng 12/2024|2024-09/2024-12|period",
               "tháng 9-12/2024|2024-09/2024-12|period"}));
  EXPECT_EQ(Extract("tháng 10-2024, Quý I năm 2025", std::nullopt),
            (V{"tháng 10-2024|2024-10|month", "Quý I năm 2025|2025-Q1|quarter"}));
  EXPECT_EQ(Extract("Kết quả quý III/2024, Quý 3 năm 2024 và quý IV/2023; quý 5/2024 thì không.",
                    std::nullopt),
            (V{"quý III/2024|2024-Q3|quarter", "Quý 3 năm 2024|2024-Q3|quarter",
               "quý IV/2023|2023-Q4|quarter"}));
  EXPECT_EQ(
      Extract("Năm 2023, cuối năm 2019; năm 1900 và năm 2150 không; kéo dài 5 năm.", std::nullopt),
      (V{"Năm 2023|2023|year", "năm 2019|2019|year"}));
  EXPECT_EQ(Extract("nhiệm kỳ 2020-2025; kế hoạch 2021-2025; giai đoạn từ năm 2021 đến năm "
                    "2025; trong các năm 2021-2025; từ năm 2016 đến năm 2020.",
                    std::nullopt),
            (V{"nhiệm kỳ 2020-2025|2020/2025|period", "kế hoạch 2021-2025|2021/2025|period",
               "giai đoạn từ năm 2021 đến năm 2025|2021/2025|period",
               "năm 2021-2025|2021/2025|period", "từ năm 2016 đến năm 2020|2016/2020|period"}));
}

TEST(EventDateExtractorTest, LookAlikesAreNotDates) {
  std::string body =
      "Đội tuyển thắng với tỷ số 2-1. Chiếm 1/3 số đại biểu, sau 3-4 năm, tăng 2,5 lần, đạt "
      "3.5%. Thực hiện Nghị quyết 60-NQ/TW, Luật số 202/2025/QH15, Nghị định số "
      "15/2020/NĐ-CP, Quyết định số 12/5/2020 và văn bản 12/5/2020/QĐ-UBND. ĐT: 0233.3852.123, "
      "0913 123 456, (0234) 3.822.447. Lúc 8:53 và 14:30. Năm học 2023-2024. Nhiệt độ 26/6 độ.";
  EXPECT_EQ(Extract(body, Published(2024, 6, 27)), V{});
}

TEST(EventDateExtractorTest, ImpossibleDatesAreRejected) {
  EXPECT_EQ(Extract("ngày 31/4/2024, ngày 29/2/2023, ngày 15/13/2024, ngày 0/5/2024, 32/1/2024, "
                    "ngày 31/4",
                    Published(2024, 5, 1)),
            V{});
  // Two-digit years are not guessed.
  EXPECT_EQ(Extract("ngày 15/5/20", Published(2020, 5, 20)), V{});
  EXPECT_EQ(Extract("ngày 29/2/2024", std::nullopt), (V{"ngày 29/2/2024|2024-02-29|day"}));
}

TEST(EventDateExtractorTest, LongestMatchWinsAndNothingOverlaps) {
  EXPECT_EQ(Extract("ngày 15 tháng 5 năm 2020", std::nullopt),
            (V{"ngày 15 tháng 5 năm 2020|2020-05-15|day"}));
  EXPECT_EQ(Extract("tháng 9 năm 2024", std::nullopt), (V{"tháng 9 năm 2024|2024-09|month"}));
  auto dates = ExtractEventDates("Từ ngày 19-21/9/2024 và ngày 19/9/2024", std::nullopt);
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_LE(dates[0].span.end, dates[1].span.start);
}

TEST(EventDateExtractorTest, SpansCountCodePointsAcrossParagraphs) {
  std::string p1 = "Đoàn công tác Sở Ngoại vụ tỉnh Quảng Trị làm việc với Sở Ngoại giao.";
  std::string body = p1 + "\n\n" + "Chiều ngày 20/9/2024, đoàn làm việc tại Salavan.";
  auto dates = ExtractEventDates(body, std::nullopt);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].span.start, CodePointCount(p1) + 2 + 6);  // "Chiều " is 6
  EXPECT_EQ(dates[0].span.end - dates[0].span.start, 14);
}

TEST(EventDateExtractorTest, EmptyGarbageAndHugeInput) {
  EXPECT_TRUE(ExtractEventDates("", Published(2020, 1, 1)).empty());
  EXPECT_TRUE(ExtractEventDates("\n\n\n", std::nullopt).empty());

  std::mt19937 rng(42);
  std::string garbage;
  for (int i = 0; i < 200000; ++i) garbage.push_back(static_cast<char>(rng() % 256));
  garbage += " ngày 15/5/2020 ";
  auto g = Extract(garbage, Published(2020, 5, 25));
  ASSERT_FALSE(g.empty());
  EXPECT_EQ(g.back(), "ngày 15/5/2020|2020-05-15|day");

  // Digits and separators without end: must stay linear and find nothing.
  std::string numbers;
  while (numbers.size() < 1000000) numbers += "1/2-3.4/";
  EXPECT_TRUE(ExtractEventDates(numbers, std::nullopt).empty());

  std::string paragraph =
      "Từ ngày 19-21/9/2024, đoàn công tác làm việc tại tỉnh Savannakhet giai đoạn 2023-2025; "
      "Sáng ngày 8/01 tổ chức Hội nghị tổng kết năm 2018.";
  std::string huge;
  size_t copies = 0;
  while (huge.size() < 5 * 1024 * 1024) {
    huge += paragraph;
    huge += "\n\n";
    ++copies;
  }
  auto dates = ExtractEventDates(huge, Published(2019, 1, 22));
  ASSERT_EQ(dates.size(), copies * 4);
  EXPECT_EQ(dates.back().value, "2018");
  EXPECT_EQ(CodePoints(huge, dates.back().span.start, dates.back().span.end), "năm 2018");
}

TEST(EventDateExtractorTest, RandomDateLikeTextKeepsInvariants) {
  // Random date-shaped phrases: whatever comes out must be well-formed, ordered and point
  // at its own text.
  const char* prefixes[] = {"",     "ngày ", "Từ ngày ", "từ ",        "tháng ", "quý ",
                            "năm ", "số ",   "Sáng ",    "giai đoạn ", "(",      "QĐ-"};
  const char* separators[] = {"/",          "-",    ".",  " - ",   " – ",    " đến ",
                              " đến ngày ", " và ", ", ", " năm ", " tháng "};
  auto number = [](std::mt19937& rng) {
    return std::to_string(rng() % 4 == 0 ? 1940 + rng() % 170 : rng() % 36);
  };
  const std::regex value_re(
      "\\d{4}(-\\d{2}(-\\d{2})?|-Q[1-4])?(/\\d{4}(-\\d{2}(-\\d{2})?|-Q[1-4])?)?");
  std::mt19937 rng(2024);
  int found = 0, periods = 0;
  for (int round = 0; round < 200; ++round) {
    std::string body;
    for (int k = 0; k < 30; ++k) {
      body += prefixes[rng() % std::size(prefixes)];
      body += number(rng);
      for (int parts = rng() % 5; parts > 0; --parts) {
        body += separators[rng() % std::size(separators)];
        body += number(rng);
      }
      body += rng() % 5 == 0 ? "\n\n" : " cán bộ ";
    }
    int64_t previous_end = 0;
    for (const EventDate& d : ExtractEventDates(body, Published(2024, 5, 20))) {
      EXPECT_TRUE(std::regex_match(d.value, value_re)) << d.value;
      EXPECT_GE(d.span.start, previous_end);
      EXPECT_LT(d.span.start, d.span.end);
      EXPECT_EQ(CodePoints(body, d.span.start, d.span.end), d.text);
      auto slash = d.value.find('/');
      EXPECT_EQ(d.granularity == "period", slash != std::string::npos) << d.value;
      if (slash != std::string::npos) {
        EXPECT_LT(d.value.substr(0, slash), d.value.substr(slash + 1));
        ++periods;
      }
      ++found;
      previous_end = d.span.end;
    }
  }
  // The pieces do make dates now and then, ranges included.
  EXPECT_GT(found, 200);
  EXPECT_GT(periods, 10);
}

}  // namespace
}  // namespace vn::indexer
