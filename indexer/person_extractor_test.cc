#include "indexer/person_extractor.h"

#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace vn::indexer {
namespace {

struct Want {
  std::string honorific, name, title, organisation;
};

std::string Describe(const std::vector<Person>& people) {
  std::string s;
  for (const Person& p : people)
    s += "\n  {" + p.honorific + " | " + p.name + " | " + p.title + " | " + p.organisation + "}";
  return s.empty() ? "\n  (none)" : s;
}

// The code points of `text` in [start, end): what a span points at.
std::string Slice(const std::string& text, int64_t start, int64_t end) {
  std::string out;
  size_t i = 0;
  int64_t cp = 0;
  while (i < text.size()) {
    size_t before = i;
    text::NextCodePoint(text, &i);
    if (cp >= start && cp < end) out.append(text, before, i - before);
    ++cp;
  }
  return out;
}

void ExpectPeople(const std::string& text, const std::vector<Want>& want) {
  std::vector<Person> got = ExtractPeople(text);
  ASSERT_EQ(got.size(), want.size()) << text << Describe(got);
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].honorific, want[i].honorific) << text << Describe(got);
    EXPECT_EQ(got[i].name, want[i].name) << text << Describe(got);
    EXPECT_EQ(got[i].title, want[i].title) << text << Describe(got);
    EXPECT_EQ(got[i].organisation, want[i].organisation) << text << Describe(got);
    EXPECT_EQ(Slice(text, got[i].span.start, got[i].span.end), got[i].name);
  }
}

// --- The five seed articles (/work/shared/seeds), sentence by sentence. ---

TEST(PersonExtractorSeeds, Seed000ListOfSixWithCommas) {
  ExpectPeople(
      "Vào chiều ngày 15/5/2020 tại Trung tâm Dịch vụ Đối ngoại tỉnh Thừa Thiên Huế đã diễn "
      "ra lễ ký kết Thoả thuận hợp tác giữa Trung tâm Phục vụ Đối ngoại Đà Nẵng, Trung tâm "
      "Phục vụ Đối ngoại Quảng Trị và Trung tâm Dịch vụ Đối ngoại Thừa Thiên Huế. Tham dự sự "
      "kiện có bà Nguyễn Thuý Anh, Phó Giám đốc Sở Ngoại vụ thành phố Đà Nẵng, ông Trần Công "
      "Phú, Giám đốc Sở Ngoại vụ tỉnh Thừa Thiên Huế, bà Nguyễn Triều Thương, Giám đốc Sở "
      "Ngoại vụ tỉnh Quảng Trị. Về phía ba đơn vị ký kết có ông Trần Hiếu, Giám đốc Trung tâm "
      "Phục vụ Đối ngoại Đà Nẵng, ông Đặng Thanh Phú, Giám đốc Trung tâm Dịch vụ Đối ngoại "
      "tỉnh Thừa Thiên Huế, ông Nguyễn Đức Thiện, Giám đốc Trung tâm Phục vụ Đối ngoại Quảng "
      "Trị cùng đội ngũ cán bộ của ba Trung tâm.",
      {{"bà", "Nguyễn Thuý Anh", "Phó Giám đốc", "Sở Ngoại vụ Đà Nẵng"},
       {"ông", "Trần Công Phú", "Giám đốc", "Sở Ngoại vụ Thừa Thiên Huế"},
       {"bà", "Nguyễn Triều Thương", "Giám đốc", "Sở Ngoại vụ Quảng Trị"},
       {"ông", "Trần Hiếu", "Giám đốc", "Trung tâm Phục vụ Đối ngoại Đà Nẵng"},
       {"ông", "Đặng Thanh Phú", "Giám đốc", "Trung tâm Dịch vụ Đối ngoại Thừa Thiên Huế"},
       {"ông", "Nguyễn Đức Thiện", "Giám đốc", "Trung tâm Phục vụ Đối ngoại Quảng Trị"}});
}

TEST(PersonExtractorSeeds, Seed000ParagraphsWithoutPeople) {
  ExpectPeople(
      "Sở Ngoại Vụ: Ký kết thỏa thuận hợp tác giữa Trung tâm Phục vụ Đối ngoại tỉnh Quảng "
      "Trị, Đà Nẵng và Trung tâm dịch vụ đối ngoại Thừa Thiên Huế\n\n8:53, Thứ Hai, "
      "25-5-2020\n\nĐược sự quan tâm, cho phép của lãnh đạo Sở Ngoại vụ ba địa phương là "
      "thành phố Đà Nẵng, tỉnh Quảng Trị và tỉnh Thừa Thiên Huế, ngày 15/5/2020, Trung tâm "
      "Dịch vụ Đối ngoại Thừa Thiên Huế phối hợp với Trung tâm Phục vụ Đối ngoại Đà Nẵng, "
      "Trung tâm Phục vụ Đối ngoại Quảng Trị đã cùng ký kết Thỏa thuận.\n\nNguồn: "
      "http://songoaivu.quangtri.gov.vn/\n\nCác tin khác",
      {});
}

TEST(PersonExtractorSeeds, Seed001DelegationLeaderAndLaoDirector) {
  ExpectPeople(
      "Đoàn công tác do đồng chí Nguyễn Văn Biên, Phó Giám đốc Sở Ngoại vụ làm trưởng đoàn, "
      "thành viên đoàn gồm đại diện lãnh đạo, chuyên viên Văn phòng, các phòng chuyên môn, "
      "đơn vị trực thuộc Sở.",
      {{"đồng chí", "Nguyễn Văn Biên", "Phó Giám đốc", "Sở Ngoại vụ"}});
  ExpectPeople(
      "Chiều ngày 20/9/2024, đoàn công tác Sở Ngoại vụ tỉnh Quảng Trị đã làm việc với Sở "
      "Ngoại giao tỉnh Salavan. Cuộc họp do đồng chí Nu Tiêm Khăm Pả Sợt, Giám đốc Sở Ngoại "
      "giao Salavan chủ trì. ",
      {{"đồng chí", "Nu Tiêm Khăm Pả Sợt", "Giám đốc", "Sở Ngoại giao Sa-la-van"}});
}

TEST(PersonExtractorSeeds, Seed001FooterHasNoPeople) {
  ExpectPeople(
      "Nguồn: Đoàn công tác \n\nSở Ngoại vụ Quảng Trị\nĐịa chỉ: 20 Lê Đại Hành - TP.Đông Hà "
      "- tỉnh Quảng Trị - Việt Nam\nĐiện thoại: +84 233 3550383 - 3854745 - 3852439\nFax: "
      "+84 233 3851200 Email: songoaivu@quangtri.gov.vn\nHỆ THỐNG CỔNG THÔNG TIN ĐIỆN TỬ "
      "TỈNH QUẢNG TRỊ",
      {});
}

TEST(PersonExtractorSeeds, Seed002FourComradesSeparatedBySemicolons) {
  ExpectPeople(
      "Tham dự buổi lễ có đồng chí Trần Thị Thu Thủy, Phó Trưởng đại diện Văn phòng phía Nam "
      "- Liên hiệp các tổ chức hữu nghị Việt Nam; đồng chí Nguyễn Thành Tâm, Phó chủ tịch "
      "UBND tỉnh Trà Vinh; đồng chí Trần Văn Vẹn, Chủ tịch Liên hiệp tỉnh Trà Vinh; đồng chí "
      "Lê Hưng Quốc, Chủ tịch Liên hiệp TP.HCM; cùng lãnh đạo và cán bộ thuộc Văn phòng phía "
      "Nam và các Ban công tác chuyên môn của cơ quan thường trực Liên các tổ chức hữu nghị "
      "TP.HCM và tỉnh Trà Vinh.",
      {{"đồng chí", "Trần Thị Thu Thủy", "Phó Trưởng đại diện", "Văn phòng phía Nam"},
       {"đồng chí", "Nguyễn Thành Tâm", "Phó Chủ tịch", "Ủy ban nhân dân Trà Vinh"},
       {"đồng chí", "Trần Văn Vẹn", "Chủ tịch", "Liên hiệp Trà Vinh"},
       {"đồng chí", "Lê Hưng Quốc", "Chủ tịch", "Liên hiệp Hồ Chí Minh"}});
}

TEST(PersonExtractorSeeds, Seed002KinsfolkAreNotPeople) {
  ExpectPeople(
      "phối hợp trong công tác về người Việt Nam ở nước ngoài, vận động bà con kiều bào "
      "hướng về tổ quốc, góp phần tham gia xây dựng.",
      {});
}

TEST(PersonExtractorSeeds, Seed003DeputyMinisterWithTwoTitles) {
  const std::string kTitle = "Ủy viên BCH TƯ Đảng, Thứ trưởng Thường trực";
  ExpectPeople(
      "Dự và chỉ đạo hội nghị có các đồng chí Bùi Thanh Sơn – Uỷ viên BCH TƯ Đảng, Thứ "
      "trưởng Thường trực Bộ Ngoại giao; đại diện lãnh đạo Sở Ngoại vụ các tỉnh, thành phố "
      "thuộc Cụm Thi đua số II; lãnh đạo đại diện một số sở, ngành, cơ quan liên quan của "
      "tỉnh Phú Thọ…",
      {{"đồng chí", "Bùi Thanh Sơn", kTitle, "Bộ Ngoại giao"}});
  ExpectPeople(
      "Phát biểu chỉ đạo tại hội nghị, đồng chí Bùi Thanh Sơn - Uỷ viên BCH TƯ Đảng, Thứ "
      "trưởng Thường trực Bộ Ngoại giao ghi nhận và đánh giá cao những thành tích các sở "
      "Ngoại vụ trong Cụm thi đua số II đã đạt được trong năm vừa qua.",
      {{"đồng chí", "Bùi Thanh Sơn", kTitle, "Bộ Ngoại giao"}});
}

TEST(PersonExtractorSeeds, Seed003TitleOrganisationThenName) {
  ExpectPeople("Phó Giám đốc Sở Ngoại vụ Hà Nội - Nguyễn Nam Hải phát biểu tham luận tại Hội thảo",
               {{"", "Nguyễn Nam Hải", "Phó Giám đốc", "Sở Ngoại vụ Hà Nội"}});
  ExpectPeople(
      "Phát biểu tham luận tại Hội thảo, Phó Giám đốc Sở Ngoại vụ Hà Nội Nguyễn Nam Hải đã "
      "chia sẻ kinh nghiệm và một số kết quả nổi bật của công tác đối ngoại Thủ đô.",
      {{"", "Nguyễn Nam Hải", "Phó Giám đốc", "Sở Ngoại vụ Hà Nội"}});
}

TEST(PersonExtractorSeeds, Seed003ProvinceListHasNoPeople) {
  ExpectPeople(
      "Cụm thi đua số II, Bộ Ngoại giao gồm Sở ngoại vụ các tỉnh, thành phố: Bắc Giang, Bắc "
      "Ninh, Hà Nội, Hải Phòng, Hoà Bình, Phú Thọ, Thái Nguyên, Thái Bình, Tuyên Quang, Vĩnh "
      "Phúc, Yên Bái…\n\nSở Ngoại vụ Hải Phòng được cử làm trưởng Cụm thi đua số II – Bộ "
      "Ngoại giao năm 2017, và Sở Ngoại vụ Phú Thọ và Thái Nguyên làm Cụm phó.",
      {});
}

TEST(PersonExtractorSeeds, Seed004VicePresidentBothOrders) {
  ExpectPeople(
      "Sáng ngày 8/01, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác năm 2018, triển khai "
      "nhiệm vụ năm 2019. Đồng chí Nguyễn Dung, Phó chủ tịch UBND tỉnh đến dự và phát biểu "
      "chỉ đạo Hội nghị.",
      {{"đồng chí", "Nguyễn Dung", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh"}});
  ExpectPeople(
      "Phát biểu tại Hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Dung đánh giá cao kết quả công "
      "tác của đội ngũ công chức, viên chức, người lao động Sở Ngoại vụ trong năm 2018. Trên "
      "cơ sở các nhiệm vụ đã đề ra, Phó Chủ tịch UBND tỉnh đề nghị, trong năm 2019, Sở cần "
      "tăng cường hơn nữa các hoạt động kết nối.",
      {{"", "Nguyễn Dung", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh"}});
}

TEST(PersonExtractorSeeds, Seed004ChromeHasNoPeople) {
  ExpectPeople(
      "Liên kết website\nChính phủ\nCác bộ, ngành ở TW\nTỉnh ủy, UBND tỉnh\nSở, ban, "
      "ngành\nUBND huyện, thị xã\nSở Ngoại vụ triển khai công tác năm 2019\nNgày cập nhật "
      "22/01/2019\n\nĐẩy mạnh quan hệ hợp tác hữu nghị ở cấp địa phương với một số địa "
      "phương của Nhật Bản, Hàn Quốc, Thái Lan và các nước châu Âu...\n\nVăn phòng.\n\nCác "
      "tin khác",
      {});
}

// --- Further forms. ---

TEST(PersonExtractor, TitleOrganisationName) {
  ExpectPeople("Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ đã tiếp Đại sứ quán Lào.",
               {{"", "Nguyễn Minh Vũ", "Thứ trưởng", "Bộ Ngoại giao"}});
  ExpectPeople("Phó Chủ tịch UBND tỉnh Lê Đức Tiến chủ trì buổi làm việc.",
               {{"", "Lê Đức Tiến", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh"}});
  ExpectPeople("Chủ tịch UBND tỉnh Võ Văn Hưng tiếp đoàn.",
               {{"", "Võ Văn Hưng", "Chủ tịch", "Ủy ban nhân dân tỉnh"}});
  ExpectPeople("Phó Giám đốc Sở Ngoại vụ Trần Thị Bích cho biết như vậy.",
               {{"", "Trần Thị Bích", "Phó Giám đốc", "Sở Ngoại vụ"}});
}

TEST(PersonExtractor, TitleOrganisationDashName) {
  ExpectPeople("Giám đốc Sở Ngoại vụ tỉnh Phú Thọ - Nguyễn Văn An trình bày báo cáo.",
               {{"", "Nguyễn Văn An", "Giám đốc", "Sở Ngoại vụ Phú Thọ"}});
  ExpectPeople("Đồng chí Hoàng Văn Nam – Bí thư Tỉnh ủy Quảng Trị phát biểu.",
               {{"đồng chí", "Hoàng Văn Nam", "Bí thư", "Tỉnh ủy Quảng Trị"}});
}

TEST(PersonExtractor, TitleWithoutNameGivesNobody) {
  ExpectPeople("Giám đốc Sở Ngoại giao Salavan chủ trì cuộc họp.", {});
  ExpectPeople("Phó Chủ tịch UBND tỉnh đề nghị Sở Ngoại vụ tăng cường kết nối.", {});
}

TEST(PersonExtractor, LaoNames) {
  ExpectPeople(
      "Tiếp đoàn có ông Khăm-phết Xay-nha-vông, Phó Giám đốc Sở Ngoại giao tỉnh "
      "Savannakhet.",
      {{"ông", "Khăm-phết Xay-nha-vông", "Phó Giám đốc", "Sở Ngoại giao Xa-van-na-khẹt"}});
  ExpectPeople("Đón đoàn có đồng chí Khăm Xỉ Xụ Li Nhạ, Phó Tỉnh trưởng tỉnh Salavan.",
               {{"đồng chí", "Khăm Xỉ Xụ Li Nhạ", "Phó Tỉnh trưởng", "Sa-la-van"}});
  ExpectPeople("Ông Somsak Phommachanh, Tỉnh trưởng tỉnh Chăm-pa-xắc đã tiếp đoàn.",
               {{"ông", "Somsak Phommachanh", "Tỉnh trưởng", "Chăm-pa-xắc"}});
}

TEST(PersonExtractor, CambodianKoreanJapaneseChineseWesternNames) {
  ExpectPeople("bà Sok Chenda, Phó Tỉnh trưởng tỉnh Ratanakiri dẫn đầu đoàn.",
               {{"bà", "Sok Chenda", "Phó Tỉnh trưởng", "Ra-ta-na-ki-ri"}});
  ExpectPeople("Ngài Kim Min-jun, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng đến chào xã giao.",
               {{"Ngài", "Kim Min-jun", "Tổng Lãnh sự", "Hàn Quốc"}});
  ExpectPeople("Đại sứ Nhật Bản tại Việt Nam Yamada Takio thăm tỉnh.",
               {{"", "Yamada Takio", "Đại sứ", "Nhật Bản"}});
  ExpectPeople("ông Tanaka Hiroshi, Tổng Thư ký Hội hữu nghị Nhật Bản - Việt Nam phát biểu.",
               {{"ông", "Tanaka Hiroshi", "Tổng Thư ký", "Hội hữu nghị Nhật Bản - Việt Nam"}});
  ExpectPeople("Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình thăm Việt Nam.",
               {{"", "Tập Cận Bình", "Tổng Bí thư, Chủ tịch nước", "Trung Quốc"}});
  ExpectPeople("ông John Smith, Đại sứ Australia tại Việt Nam, đã đến thăm.",
               {{"ông", "John Smith", "Đại sứ", "Úc"}});
}

TEST(PersonExtractor, AcademicHonorifics) {
  ExpectPeople("TS. Nguyễn Văn Hùng, Viện trưởng Viện Nghiên cứu Đông Nam Á trình bày.",
               {{"TS.", "Nguyễn Văn Hùng", "Viện trưởng", "Viện Nghiên cứu Đông Nam Á"}});
  ExpectPeople("PGS.TS Trần Thị Lan, Hiệu trưởng Trường Đại học Ngoại ngữ phát biểu.",
               {{"PGS.TS", "Trần Thị Lan", "Hiệu trưởng", "Trường Đại học Ngoại ngữ"}});
}

TEST(PersonExtractor, NameFirstWithoutHonorific) {
  ExpectPeople("Tham dự có Phạm Quang Hiệu, Phó Trưởng ban Đối ngoại Trung ương.",
               {{"", "Phạm Quang Hiệu", "Phó Trưởng ban", "Ban Đối ngoại Trung ương"}});
  ExpectPeople("Lãnh đạo tỉnh gồm Nguyễn Văn Phương, Chủ tịch UBND tỉnh Thừa Thiên Huế.",
               {{"", "Nguyễn Văn Phương", "Chủ tịch", "Ủy ban nhân dân Thừa Thiên Huế"}});
}

TEST(PersonExtractor, HonorificAloneAndInParentheses) {
  ExpectPeople("Buổi gặp có chị Nguyễn Thị Mai tham gia.", {{"chị", "Nguyễn Thị Mai", "", ""}});
  ExpectPeople("Ý kiến của bà Lê Thị Hoa (Trưởng phòng Lãnh sự, Sở Ngoại vụ) được ghi nhận.",
               {{"bà", "Lê Thị Hoa", "Trưởng phòng Lãnh sự", "Sở Ngoại vụ"}});
  ExpectPeople("anh Phạm Văn Tuấn, chuyên viên Phòng Hợp tác quốc tế cho biết.",
               {{"anh", "Phạm Văn Tuấn", "Chuyên viên", "Phòng Hợp tác Quốc tế"}});
}

TEST(PersonExtractor, TitleRightAfterNameWithoutComma) {
  ExpectPeople("Tiếp đoàn có ông Nguyễn Văn An Giám đốc Sở Ngoại vụ.",
               {{"ông", "Nguyễn Văn An", "Giám đốc", "Sở Ngoại vụ"}});
}

TEST(PersonExtractor, TwoPeopleJoinedByVa) {
  ExpectPeople(
      "Ông Trần Văn Sơn, Chủ tịch UBND thành phố Đà Nẵng và bà Nguyễn Thị Hạnh, Phó Chủ tịch "
      "HĐND thành phố dự lễ.",
      {{"ông", "Trần Văn Sơn", "Chủ tịch", "Ủy ban nhân dân Đà Nẵng"},
       {"bà", "Nguyễn Thị Hạnh", "Phó Chủ tịch", "Hội đồng nhân dân thành phố"}});
}

TEST(PersonExtractor, TitleSharingWordsWithItsOrganisation) {
  ExpectPeople("Trưởng Ban Đối ngoại Tỉnh ủy Nguyễn Văn Xuân tiếp đoàn.",
               {{"", "Nguyễn Văn Xuân", "Trưởng ban", "Ban Đối ngoại Tỉnh ủy"}});
  ExpectPeople("bà Đỗ Thị Thu, Chánh Văn phòng UBND tỉnh chủ trì.",
               {{"bà", "Đỗ Thị Thu", "Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh"}});
}

TEST(PersonExtractor, ListWithTitleAfterCommaIsNextPerson) {
  // "…, Giám đốc Sở X Nguyễn B" after a person is a second person, not a second title.
  ExpectPeople(
      "Dự có ông Lê Văn Cường, Phó Giám đốc Sở Ngoại vụ, Giám đốc Trung tâm Phục vụ Đối ngoại "
      "Quảng Trị Nguyễn Đức Thiện.",
      {{"ông", "Lê Văn Cường", "Phó Giám đốc", "Sở Ngoại vụ"},
       {"", "Nguyễn Đức Thiện", "Giám đốc", "Trung tâm Phục vụ Đối ngoại Quảng Trị"}});
}

TEST(PersonExtractor, PlacesAndOrganisationsAreNotPeople) {
  ExpectPeople("Tỉnh Bà Rịa Vũng Tàu, Đà Nẵng và Quảng Trị đã ký kết với Savannakhet, Salavan.",
               {});
  ExpectPeople("Hoạt động ở Hà Nội, Hải Phòng, Thái Nguyên, Viêng Chăn và Phnôm Pênh.", {});
  ExpectPeople("Sở Ngoại vụ, Sở Ngoại giao Savannakhet và Bộ Ngoại giao Lào cùng tham dự.", {});
  ExpectPeople("Đồng chí đề nghị Sở Ngoại vụ tiếp tục tham mưu.", {});
}

TEST(PersonExtractor, SurvivesEmptyGarbageAndHugeInput) {
  EXPECT_TRUE(ExtractPeople("").empty());
  EXPECT_TRUE(ExtractPeople("\xff\xfe\x80 ông \xc3 Bà \xe2\x80").empty());
  std::string caps;
  for (int i = 0; i < 2000; ++i) caps += "Ông Bà Giám Đốc Sở Nguyễn ";
  ExtractPeople(caps);  // must terminate without crashing
  std::string text;
  const std::string kSentence =
      "Tham dự có bà Nguyễn Thuý Anh, Phó Giám đốc Sở Ngoại vụ thành phố Đà Nẵng. ";
  for (int i = 0; i < 5000; ++i) text += kSentence;
  std::vector<Person> people = ExtractPeople(text);
  ASSERT_EQ(people.size(), 5000u);
  EXPECT_EQ(people.back().name, "Nguyễn Thuý Anh");
  EXPECT_EQ(Slice(text, people.back().span.start, people.back().span.end), "Nguyễn Thuý Anh");
}

}  // namespace
}  // namespace vn::indexer

namespace vn::indexer {
namespace {

// Sentences written after the extractor was finished and not tuned on afterwards, with the
// people a careful reader would list. The scores are what the report quotes; the bounds
// keep them from silently getting worse.
struct HeldOut {
  std::string text;
  std::vector<Want> people;
};

const std::vector<HeldOut>& HeldOutSet() {
  static const std::vector<HeldOut> set = {
      {"Chiều 12/3, đồng chí Võ Văn Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp Đại "
       "sứ Lào tại Việt Nam Sengphet Houngboungnuang.",
       {{"đồng chí", "Võ Văn Hưng", "Phó Bí thư Tỉnh ủy, Chủ tịch", "Ủy ban nhân dân tỉnh"},
        {"", "Sengphet Houngboungnuang", "Đại sứ", "Lào"}}},
      {"Tham dự buổi tiếp có ông Lê Quang Thành, Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ.",
       {{"ông", "Lê Quang Thành", "Trưởng phòng Hợp tác quốc tế", "Sở Ngoại vụ"}}},
      {"Phó Tỉnh trưởng tỉnh Savannakhet Bua Khăm Thíp Pha Vông dẫn đầu đoàn công tác.",
       {{"", "Bua Khăm Thíp Pha Vông", "Phó Tỉnh trưởng", "Xa-van-na-khẹt"}}},
      {"Cùng dự có ông Hà Sỹ Đồng, Phó Chủ tịch Thường trực UBND tỉnh Quảng Trị.",
       {{"ông", "Hà Sỹ Đồng", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân Quảng Trị"}}},
      {"Tiến sĩ Phạm Thị Thu Hằng, Tổng Thư ký Liên hiệp các tổ chức hữu nghị Việt Nam, nhấn "
       "mạnh ý nghĩa của sự kiện.",
       {{"Tiến sĩ", "Phạm Thị Thu Hằng", "Tổng Thư ký",
         "Liên hiệp các tổ chức hữu nghị Việt Nam"}}},
      {"Giám đốc Sở Ngoại vụ Hoàng Nam cho biết năm nay Sở sẽ tổ chức nhiều hoạt động.",
       {{"", "Hoàng Nam", "Giám đốc", "Sở Ngoại vụ"}}},
      {"Đoàn do ông Bun-xay Lơ-xa-vông, Trưởng ban Đối ngoại tỉnh Champasak làm trưởng đoàn.",
       {{"ông", "Bun-xay Lơ-xa-vông", "Trưởng ban", "Ban Đối ngoại Chăm-pa-xắc"}}},
      {"Ngài Yamada Takio, Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam, đã có buổi làm "
       "việc với lãnh đạo tỉnh.",
       {{"Ngài", "Yamada Takio", "Đại sứ đặc mệnh toàn quyền", "Nhật Bản"}}},
      {"Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Bộ trưởng Ngoại giao Lào "
       "Saleumxay Kommasith.",
       {{"", "Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", ""},
        {"", "Saleumxay Kommasith", "Bộ trưởng Ngoại giao", "Lào"}}},
      {"Phát biểu tại buổi lễ, bà Nguyễn Thị Hương Lan, Phó Chủ tịch Liên hiệp các tổ chức hữu "
       "nghị TP.HCM cho biết hai bên sẽ phối hợp.",
       {{"bà", "Nguyễn Thị Hương Lan", "Phó Chủ tịch",
         "Liên hiệp các tổ chức hữu nghị Hồ Chí Minh"}}},
      {"Ông Kim Jong-hyun, Tổng Lãnh sự Hàn Quốc tại TP.HCM và ông Trần Phước Anh, Giám đốc Sở "
       "Ngoại vụ TP.HCM ký biên bản.",
       {{"ông", "Kim Jong-hyun", "Tổng Lãnh sự", "Hàn Quốc"},
        {"ông", "Trần Phước Anh", "Giám đốc", "Sở Ngoại vụ Hồ Chí Minh"}}},
      {"Sáng 5/6, UBND tỉnh Thừa Thiên Huế tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản với "
       "sự tham gia của hơn 100 doanh nghiệp.",
       {}},
      {"Lãnh đạo Sở Ngoại vụ các tỉnh Quảng Bình, Quảng Trị, Thừa Thiên Huế và tỉnh "
       "Savannakhet đã thống nhất kế hoạch.",
       {}},
      {"Thay mặt lãnh đạo tỉnh, đồng chí Lê Trường Lưu, Bí thư Tỉnh ủy Thừa Thiên Huế trao "
       "tặng quà.",
       {{"đồng chí", "Lê Trường Lưu", "Bí thư", "Tỉnh ủy Thừa Thiên Huế"}}},
      {"Thứ trưởng Ngoại giao Lê Hoài Trung cùng đoàn đã đến thăm.",
       {{"", "Lê Hoài Trung", "Thứ trưởng Ngoại giao", ""}}},
      {"Tiếp đoàn có TS. Khăm-phăn Phôm-ma-thắt, Hiệu trưởng Trường Đại học Sa-va-na-khệt.",
       {{"TS.", "Khăm-phăn Phôm-ma-thắt", "Hiệu trưởng", "Trường Đại học Sa-va-na-khệt"}}},
      {"Ông Nguyễn Văn Phương cho biết, tỉnh sẽ tiếp tục hỗ trợ.",
       {{"ông", "Nguyễn Văn Phương", "", ""}}},
      {"Đồng chí Hoàng Xuân Tân, Phó Trưởng ban Thường trực Ban Đối ngoại Tỉnh ủy, phát biểu.",
       {{"đồng chí", "Hoàng Xuân Tân", "Phó Trưởng ban Thường trực", "Ban Đối ngoại Tỉnh ủy"}}},
      {"Đến dự có Tổng Lãnh sự Lào tại Đà Nẵng Vi-lay-phon Xổm-xa-nít và Phó Tổng Lãnh sự "
       "Campuchia.",
       {{"", "Vi-lay-phon Xổm-xa-nít", "Tổng Lãnh sự", "Lào"}}},
      {"Theo Phó Giám đốc Sở Ngoại vụ tỉnh Quảng Nam, bà Trần Thị Hồng Phương, năm 2024 tỉnh "
       "đón 50 đoàn.",
       {{"bà", "Trần Thị Hồng Phương", "Phó Giám đốc", "Sở Ngoại vụ Quảng Nam"}}},
  };
  return set;
}

// A second set, written after the extractor was tuned on the first.
const std::vector<HeldOut>& SecondHeldOutSet() {
  static const std::vector<HeldOut> set = {
      {"Tại buổi tiếp, Phó Chủ tịch UBND tỉnh Hoàng Nam đề nghị hai bên tăng cường hợp tác.",
       {{"", "Hoàng Nam", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh"}}},
      {"Đoàn công tác của tỉnh Hủa Phăn do ông Khăm-phăn Xay-nha-sỏn, Phó Tỉnh trưởng làm "
       "trưởng đoàn.",
       {{"ông", "Khăm-phăn Xay-nha-sỏn", "Phó Tỉnh trưởng", ""}}},
      {"Bà Lê Thị Thu Hà, Chủ tịch Hội hữu nghị Việt Nam - Campuchia tỉnh Tây Ninh, chúc mừng.",
       {{"bà", "Lê Thị Thu Hà", "Chủ tịch", "Hội hữu nghị Việt Nam - Campuchia Tây Ninh"}}},
      {"Dự lễ có Đại sứ Campuchia tại Việt Nam Chay Navuth và Tổng Lãnh sự Lào tại TP.HCM.",
       {{"", "Chay Navuth", "Đại sứ", "Campuchia"}}},
      {"ThS. Nguyễn Hữu Tâm, Phó Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch "
       "tỉnh Quảng Trị trình bày tham luận.",
       {{"ThS.", "Nguyễn Hữu Tâm", "Phó Giám đốc",
         "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Quảng Trị"}}},
      {"Chiều cùng ngày, Giám đốc Sở Ngoại vụ Lê Văn Minh đã làm việc với Tổng Lãnh sự quán "
       "Nhật Bản tại Đà Nẵng.",
       {{"", "Lê Văn Minh", "Giám đốc", "Sở Ngoại vụ"}}},
      {"Ông Phan Văn Mãi, Ủy viên Trung ương Đảng, Chủ tịch UBND TP.HCM tiếp xã giao Thống đốc "
       "tỉnh Aichi Omura Hideaki.",
       {{"ông", "Phan Văn Mãi", "Ủy viên Trung ương Đảng, Chủ tịch", "Ủy ban nhân dân Hồ Chí Minh"},
        {"", "Omura Hideaki", "Thống đốc", "Aichi"}}},
      {"Các đại biểu đã dâng hương tại Nghĩa trang Liệt sĩ Quốc tế Việt - Lào ở huyện Anh Sơn.",
       {}},
      {"Đồng chí Nguyễn Long Hải, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh phát biểu.",
       {{"đồng chí", "Nguyễn Long Hải", "Bí thư Tỉnh ủy, Trưởng đoàn", ""}}},
      {"Sở Ngoại vụ phối hợp với Đài Phát thanh - Truyền hình Quảng Trị tổ chức tọa đàm.", {}},
      {"Trưởng đoàn Lào, bà Sisouda Phommachanh, cảm ơn tỉnh.",
       {{"bà", "Sisouda Phommachanh", "Trưởng đoàn", "Lào"}}},
      {"Thượng tướng Nguyễn Tân Cương, Thứ trưởng Bộ Quốc phòng dự và phát biểu.",
       {{"Thượng tướng", "Nguyễn Tân Cương", "Thứ trưởng", "Bộ Quốc phòng"}}},
  };
  return set;
}

struct Scores {
  double name_precision, name_recall, record_precision, record_recall;
};

Scores Score(const std::vector<HeldOut>& set, const char* label) {
  int expected = 0, predicted = 0, names_right = 0, records_right = 0;
  for (const HeldOut& h : set) {
    std::vector<Person> got = ExtractPeople(h.text);
    expected += static_cast<int>(h.people.size());
    predicted += static_cast<int>(got.size());
    for (const Person& p : got) {
      for (const Want& w : h.people) {
        if (p.name != w.name) continue;
        ++names_right;
        if (p.honorific == w.honorific && p.title == w.title && p.organisation == w.organisation)
          ++records_right;
        else
          std::cout << "partly right:" << Describe({p}) << "\n";
        break;
      }
    }
  }
  double name_precision = predicted ? double(names_right) / predicted : 1;
  double name_recall = double(names_right) / expected;
  double record_precision = predicted ? double(records_right) / predicted : 1;
  double record_recall = double(records_right) / expected;
  std::cout << label << ": " << expected << " people, " << predicted
            << " found; names P=" << name_precision << " R=" << name_recall
            << "; whole records P=" << record_precision << " R=" << record_recall << "\n";
  return {name_precision, name_recall, record_precision, record_recall};
}

TEST(PersonExtractorHeldOut, PrecisionAndRecall) {
  // Set 1 measured before tuning: names P=1.00 R=0.81, records P=0.82 R=0.67; after
  // tuning on it, 1.00 throughout. Set 2 (never tuned on): names P=1.00 R=0.91, records
  // P=0.90 R=0.82 (missed: a Japanese governor of a prefecture the gazetteer does not
  // know; a comma inside an organisation's name).
  Scores first = Score(HeldOutSet(), "held-out set 1");
  EXPECT_GE(first.name_precision, 0.95);
  EXPECT_GE(first.name_recall, 0.95);
  EXPECT_GE(first.record_precision, 0.95);
  EXPECT_GE(first.record_recall, 0.95);
  Scores second = Score(SecondHeldOutSet(), "held-out set 2");
  EXPECT_GE(second.name_precision, 0.9);
  EXPECT_GE(second.name_recall, 0.85);
  EXPECT_GE(second.record_precision, 0.85);
  EXPECT_GE(second.record_recall, 0.8);
}

}  // namespace
}  // namespace vn::indexer
