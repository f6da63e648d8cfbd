#include "indexer/organisation_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "common/error.h"
#include "text/utf8.h"

namespace vn::indexer {
namespace {

struct Want {
  std::string name, canonical, province;
};

std::string Describe(const std::vector<Organisation>& orgs) {
  std::string s;
  for (const Organisation& o : orgs)
    s += "\n  {" + o.name + " | " + o.canonical + " | " + o.province + "}";
  return s.empty() ? "\n  (none)" : s;
}

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

void ExpectOrganisations(const std::string& text, const std::vector<Want>& want) {
  std::vector<Organisation> got = ExtractOrganisations(text);
  ASSERT_EQ(got.size(), want.size()) << text << Describe(got);
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].name, want[i].name) << text << Describe(got);
    EXPECT_EQ(got[i].canonical, want[i].canonical) << text << Describe(got);
    EXPECT_EQ(got[i].province, want[i].province) << text << Describe(got);
    EXPECT_EQ(Slice(text, got[i].span.start, got[i].span.end), got[i].name);
  }
}

TEST(OrganisationExtractorSeeds, Seed000HeadlineAndCentres) {
  ExpectOrganisations(
      "Sở Ngoại Vụ: Ký kết thỏa thuận hợp tác giữa Trung tâm Phục vụ Đối ngoại tỉnh Quảng "
      "Trị, Đà Nẵng và Trung tâm dịch vụ đối ngoại Thừa Thiên Huế",
      {{"Sở Ngoại Vụ", "Sở Ngoại vụ", ""},
       {"Trung tâm Phục vụ Đối ngoại tỉnh Quảng Trị", "Trung tâm Phục vụ Đối ngoại Quảng Trị",
        "Quảng Trị"},
       {"Trung tâm dịch vụ đối ngoại Thừa Thiên Huế", "Trung tâm Dịch vụ Đối ngoại Thừa Thiên Huế",
        "Thừa Thiên Huế"}});
}

TEST(OrganisationExtractorSeeds, Seed000DepartmentsWithUnitWords) {
  ExpectOrganisations(
      "Tham dự sự kiện có bà Nguyễn Thuý Anh, Phó Giám đốc Sở Ngoại vụ thành phố Đà Nẵng, "
      "ông Trần Công Phú, Giám đốc Sở Ngoại vụ tỉnh Thừa Thiên Huế, bà Nguyễn Triều Thương, "
      "Giám đốc Sở Ngoại vụ tỉnh Quảng Trị.",
      {{"Sở Ngoại vụ thành phố Đà Nẵng", "Sở Ngoại vụ Đà Nẵng", "Đà Nẵng"},
       {"Sở Ngoại vụ tỉnh Thừa Thiên Huế", "Sở Ngoại vụ Thừa Thiên Huế", "Thừa Thiên Huế"},
       {"Sở Ngoại vụ tỉnh Quảng Trị", "Sở Ngoại vụ Quảng Trị", "Quảng Trị"}});
}

TEST(OrganisationExtractorSeeds, Seed001LaoDepartmentsAndSchool) {
  ExpectOrganisations(
      "Sáng ngày 19/9/2024, đoàn công tác Sở Ngoại vụ tỉnh Quảng Trị và Sở Ngoại giao tỉnh "
      "Savannakhet đã đi khảo sát thực địa: công trình Trường Tiểu học U-đôm-xúc, tại trung "
      "tâm huyện Sê Pôn.",
      {{"Sở Ngoại vụ tỉnh Quảng Trị", "Sở Ngoại vụ Quảng Trị", "Quảng Trị"},
       {"Sở Ngoại giao tỉnh Savannakhet", "Sở Ngoại giao Xa-van-na-khẹt", "Xa-van-na-khẹt"},
       {"Trường Tiểu học U-đôm-xúc", "Trường Tiểu học U-đôm-xúc", ""}});
  ExpectOrganisations(
      "Cuộc họp do đồng chí Nu Tiêm Khăm Pả Sợt, Giám đốc Sở Ngoại giao Salavan chủ trì.",
      {{"Sở Ngoại giao Salavan", "Sở Ngoại giao Sa-la-van", "Sa-la-van"}});
  // "02 tỉnh": a number is not part of the name.
  ExpectOrganisations("làm việc với Sở Ngoại giao 02 tỉnh Savannakhet, Salavan /Lào",
                      {{"Sở Ngoại giao", "Sở Ngoại giao", ""}});
}

TEST(OrganisationExtractorSeeds, Seed001GeneralHeadsAloneAreNotOrganisations) {
  ExpectOrganisations(
      "thành viên đoàn gồm đại diện lãnh đạo, chuyên viên Văn phòng, các phòng chuyên môn, "
      "đơn vị trực thuộc Sở.\n\nSở cũng đã triển khai tốt các hoạt động.\n\nVăn phòng.",
      {});
}

TEST(OrganisationExtractorSeeds, Seed002FriendshipUnions) {
  ExpectOrganisations(
      "Lễ ký kết Quy chế phối hợp công tác đối ngoại nhân dân giữa Liên hiệp các tổ chức hữu "
      "nghị TP.HCM và Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh",
      {{"Liên hiệp các tổ chức hữu nghị TP.HCM", "Liên hiệp các tổ chức hữu nghị Hồ Chí Minh",
        "Hồ Chí Minh"},
       {"Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh", "Liên hiệp các tổ chức hữu nghị Trà Vinh",
        "Trà Vinh"}});
  ExpectOrganisations(
      "đồng chí Trần Thị Thu Thủy, Phó Trưởng đại diện Văn phòng phía Nam - Liên hiệp các tổ "
      "chức hữu nghị Việt Nam; đồng chí Nguyễn Thành Tâm, Phó chủ tịch UBND tỉnh Trà Vinh",
      {{"Văn phòng phía Nam", "Văn phòng phía Nam", ""},
       {"Liên hiệp các tổ chức hữu nghị Việt Nam", "Liên hiệp các tổ chức hữu nghị Việt Nam", ""},
       {"UBND tỉnh Trà Vinh", "Ủy ban nhân dân Trà Vinh", "Trà Vinh"}});
}

TEST(OrganisationExtractorSeeds, Seed003ClusterAndMinistry) {
  ExpectOrganisations(
      "Ngày 17/2, Cụm Thi đua số II, Bộ Ngoại giao đã tổ chức lễ ký giao ước thi đua năm "
      "2017 tại Sở Ngoại vụ tỉnh Phú Thọ.",
      {{"Cụm Thi đua số II", "Cụm thi đua số II", ""},
       {"Bộ Ngoại giao", "Bộ Ngoại giao", ""},
       {"Sở Ngoại vụ tỉnh Phú Thọ", "Sở Ngoại vụ Phú Thọ", "Phú Thọ"}});
  ExpectOrganisations(
      "Cụm thi đua số II, Bộ Ngoại giao gồm Sở ngoại vụ các tỉnh, thành phố: Bắc Giang, Bắc "
      "Ninh.",
      {{"Cụm thi đua số II", "Cụm thi đua số II", ""},
       {"Bộ Ngoại giao", "Bộ Ngoại giao", ""},
       {"Sở ngoại vụ", "Sở Ngoại vụ", ""}});
  ExpectOrganisations(
      "Sở Ngoại vụ Hải Phòng được cử làm trưởng Cụm thi đua số II – Bộ Ngoại giao năm 2017, "
      "và Sở Ngoại vụ Phú Thọ và Thái Nguyên làm Cụm phó.",
      {{"Sở Ngoại vụ Hải Phòng", "Sở Ngoại vụ Hải Phòng", "Hải Phòng"},
       {"Cụm thi đua số II", "Cụm thi đua số II", ""},
       {"Bộ Ngoại giao", "Bộ Ngoại giao", ""},
       {"Sở Ngoại vụ Phú Thọ", "Sở Ngoại vụ Phú Thọ", "Phú Thọ"}});
}

TEST(OrganisationExtractorSeeds, Seed003OrganisationEndsBeforeName) {
  ExpectOrganisations("Phó Giám đốc Sở Ngoại vụ Hà Nội Nguyễn Nam Hải đã chia sẻ kinh nghiệm",
                      {{"Sở Ngoại vụ Hà Nội", "Sở Ngoại vụ Hà Nội", "Hà Nội"}});
}

TEST(OrganisationExtractorSeeds, Seed004ProvincialCommittee) {
  ExpectOrganisations(
      "Đồng chí Nguyễn Dung, Phó chủ tịch UBND tỉnh đến dự. Sở Ngoại vụ đã chủ trì, tham mưu "
      "UBND tỉnh và phối hợp.",
      {{"UBND tỉnh", "Ủy ban nhân dân tỉnh", ""},
       {"Sở Ngoại vụ", "Sở Ngoại vụ", ""},
       {"UBND tỉnh", "Ủy ban nhân dân tỉnh", ""}});
}

TEST(OrganisationExtractor, NestedWithThuoc) {
  ExpectOrganisations(
      "Trung tâm Phục vụ Đối ngoại thuộc Sở Ngoại vụ tỉnh Quảng Trị được thành lập năm 2018.",
      {{"Trung tâm Phục vụ Đối ngoại", "Trung tâm Phục vụ Đối ngoại", ""},
       {"Sở Ngoại vụ tỉnh Quảng Trị", "Sở Ngoại vụ Quảng Trị", "Quảng Trị"}});
}

TEST(OrganisationExtractor, SpecificHeadInsideLongerName) {
  ExpectOrganisations(
      "Văn phòng UBND tỉnh và Ban Đối ngoại Tỉnh uỷ Quảng Trị",
      {{"Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", ""},
       {"UBND tỉnh", "Ủy ban nhân dân tỉnh", ""},
       {"Ban Đối ngoại Tỉnh uỷ Quảng Trị", "Ban Đối ngoại Tỉnh ủy Quảng Trị", "Quảng Trị"},
       {"Tỉnh uỷ Quảng Trị", "Tỉnh ủy Quảng Trị", "Quảng Trị"}});
}

TEST(OrganisationExtractor, ToneMarksAndAbbreviationsCanonical) {
  ExpectOrganisations(
      "Uỷ ban nhân dân tỉnh Quảng Trị",
      {{"Uỷ ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân Quảng Trị", "Quảng Trị"}});
  ExpectOrganisations("HĐND thành phố Đà Nẵng",
                      {{"HĐND thành phố Đà Nẵng", "Hội đồng nhân dân Đà Nẵng", "Đà Nẵng"}});
  ExpectOrganisations("Sở  Ngoại   vụ\ttỉnh Quảng  Trị",
                      {{"Sở  Ngoại   vụ\ttỉnh Quảng  Trị", "Sở Ngoại vụ Quảng Trị", "Quảng Trị"}});
}

TEST(OrganisationExtractor, ConsulateInVietnameseCity) {
  ExpectOrganisations("Tổng Lãnh sự quán nước CHDCND Lào tại Đà Nẵng tổ chức tiệc chiêu đãi.",
                      {{"Tổng Lãnh sự quán nước CHDCND Lào tại Đà Nẵng",
                        "Tổng Lãnh sự quán Lào tại Đà Nẵng", "Đà Nẵng"}});
  // "tại" ends other names.
  ExpectOrganisations("Bộ Ngoại giao Lào tại Viêng Chăn",
                      {{"Bộ Ngoại giao Lào", "Bộ Ngoại giao Lào", ""}});
}

TEST(OrganisationExtractor, FriendshipSocietyBetweenTwoCountries) {
  ExpectOrganisations("Hội hữu nghị Việt Nam - Lào tỉnh Quảng Trị tổ chức gặp mặt.",
                      {{"Hội hữu nghị Việt Nam - Lào tỉnh Quảng Trị",
                        "Hội hữu nghị Việt Nam - Lào Quảng Trị", "Quảng Trị"}});
  ExpectOrganisations("Hội Hữu nghị Việt - Lào",
                      {{"Hội Hữu nghị Việt - Lào", "Hội hữu nghị Việt - Lào", ""}});
}

TEST(OrganisationExtractor, AndInsideMultiWordName) {
  ExpectOrganisations(
      "Sở Kế hoạch và Đầu tư tỉnh Quảng Trị",
      {{"Sở Kế hoạch và Đầu tư tỉnh Quảng Trị", "Sở Kế hoạch và Đầu tư Quảng Trị", "Quảng Trị"}});
  // ... but "và" before another organisation separates two.
  ExpectOrganisations(
      "Sở Ngoại vụ và Sở Ngoại giao Savannakhet",
      {{"Sở Ngoại vụ", "Sở Ngoại vụ", ""},
       {"Sở Ngoại giao Savannakhet", "Sở Ngoại giao Xa-van-na-khẹt", "Xa-van-na-khẹt"}});
}

TEST(OrganisationExtractor, StopsAtPersonAndFunctionWords) {
  ExpectOrganisations("Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ tiếp đoàn",
                      {{"Bộ Ngoại giao", "Bộ Ngoại giao", ""}});
  ExpectOrganisations("Phó Chủ tịch UBND tỉnh Lê Đức Tiến",
                      {{"UBND tỉnh", "Ủy ban nhân dân tỉnh", ""}});
  ExpectOrganisations("Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác năm 2018",
                      {{"Sở Ngoại vụ", "Sở Ngoại vụ", ""}});
  ExpectOrganisations("Viện Nghiên cứu Đông Nam Á trình bày",
                      {{"Viện Nghiên cứu Đông Nam Á", "Viện Nghiên cứu Đông Nam Á", ""}});
}

TEST(OrganisationExtractor, GeneralHeadInsidePersonNameIsNotOrganisation) {
  ExpectOrganisations("đồng chí Lê Trường Lưu, Bí thư Tỉnh ủy Thừa Thiên Huế",
                      {{"Tỉnh ủy Thừa Thiên Huế", "Tỉnh ủy Thừa Thiên Huế", "Thừa Thiên Huế"}});
  ExpectOrganisations("học tập tại Trường Đại học Huế",
                      {{"Trường Đại học Huế", "Trường Đại học Huế", "Huế"}});
}

TEST(OrganisationExtractor, PlacesThatOpenLikeOrganisations) {
  ExpectOrganisations("Đoàn thăm phố cổ Hội An và quần đảo Trường Sa.", {});
}

TEST(OrganisationExtractor, LowerCaseHeadsAndPlainWordsAreNotOrganisations) {
  ExpectOrganisations(
      "các sở Ngoại vụ trong cụm đã trao đổi; Hội nghị tổng kết; Hội thảo “Công tác ngoại vụ "
      "địa phương”; Tổ chức các hoạt động giao lưu.",
      {});
}

TEST(OrganisationExtractor, SurvivesEmptyGarbageAndHugeInput) {
  EXPECT_TRUE(ExtractOrganisations("").empty());
  EXPECT_TRUE(ExtractOrganisations(std::string("\xff\xfe\x00\x80 Sở \xc3", 10)).empty());
  std::string caps;
  for (int i = 0; i < 3000; ++i) caps += "SỞ NGOẠI VỤ TỈNH ";
  EXPECT_FALSE(ExtractOrganisations(caps).empty());
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "Sở Ngoại vụ tỉnh Quảng Trị và ";
  std::vector<Organisation> orgs = ExtractOrganisations(text);
  ASSERT_EQ(orgs.size(), 5000u);
  EXPECT_EQ(orgs.back().canonical, "Sở Ngoại vụ Quảng Trị");
}

TEST(MentionVocabulary, BadDataIsReportedWithFileAndLine) {
  const std::string words = "[inner]\ndịch vụ\n";
  try {
    MentionVocabulary::Parse("Sở [generic]\nBộ [nonsense]\n", words, "Giám đốc", "ông", "Nguyễn");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kCorrupt);
    EXPECT_NE(std::string(e.what()).find("organisation_heads.txt: line 2"), std::string::npos)
        << e.what();
  }
  try {
    MentionVocabulary::Parse("Sở [generic]\n", "# c\nvà\n", "Giám đốc", "ông", "Nguyễn");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("organisation_words.txt: line 2"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(MentionVocabulary::Parse("Sở\n", words, "# only a comment\n", "ông", "Nguyễn"),
               Error);
}

}  // namespace
}  // namespace vn::indexer

namespace vn::indexer {
namespace {

TEST(OrganisationExtractor, BareProvincialOrgansArePublishersOwn) {
  auto orgs = ExtractOrganisations(
      "Sở Ngoại vụ phối hợp với Ủy ban nhân dân tỉnh và Sở Ngoại giao tỉnh Sa-la-van; "
      "Bộ Ngoại giao và Tỉnh ủy chỉ đạo.");
  AttributeToSourceProvince(&orgs, "Quảng Trị");
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& o : orgs) got.emplace_back(o.canonical, o.province);
  EXPECT_NE(
      std::find(got.begin(), got.end(),
                std::make_pair(std::string("Sở Ngoại vụ Quảng Trị"), std::string("Quảng Trị"))),
      got.end());
  EXPECT_NE(
      std::find(got.begin(), got.end(),
                std::make_pair(std::string("Ủy ban nhân dân Quảng Trị"), std::string("Quảng Trị"))),
      got.end());
  // A named counterpart keeps its own province; a national body gets none.
  EXPECT_NE(
      std::find(got.begin(), got.end(),
                std::make_pair(std::string("Sở Ngoại giao Sa-la-van"), std::string("Sa-la-van"))),
      got.end());
  for (const auto& [canonical, province] : got)
    if (canonical.rfind("Bộ Ngoại giao", 0) == 0) EXPECT_EQ(province, "");
}

}  // namespace
}  // namespace vn::indexer
