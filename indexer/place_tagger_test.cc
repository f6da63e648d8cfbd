#include "indexer/place_tagger.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace vn::indexer {
namespace {

std::vector<std::string> Canonicals(const std::vector<Place>& places) {
  std::vector<std::string> out;
  for (const auto& p : places) out.push_back(p.canonical);
  return out;
}

TEST(GazetteerTest, BundledDataLoadsWithAliasesAndSuccessors) {
  const Gazetteer& g = Gazetteer::Default();
  EXPECT_EQ(g.entries().size(), 97u + 43u + 33u);
  EXPECT_EQ(g.CurrentProvince("Quảng Bình"), "Quảng Trị");
  EXPECT_EQ(g.CurrentProvince("Thừa Thiên Huế"), "Huế");
  EXPECT_EQ(g.CurrentProvince("TP.HCM"), "Hồ Chí Minh");
  EXPECT_EQ(g.CurrentProvince("tp. hcm"), "Hồ Chí Minh");
  EXPECT_EQ(g.CurrentProvince("Khánh Hoà"), "Khánh Hòa");  // new-style tone marks
  EXPECT_FALSE(g.CurrentProvince("Atlantis"));
  auto pred = g.Predecessors("Quảng Trị");
  EXPECT_EQ(pred.size(), 2u);
}

TEST(GazetteerTest, MalformedTsvIsAnError) {
  EXPECT_THROW(Gazetteer::Parse("name\ttype\nA\n", "", ""), std::exception);
}

TEST(PlaceTaggerTest, SeedSentenceProvincesWithOffsets) {
  std::string text =
      "Được sự cho phép của lãnh đạo Sở Ngoại vụ ba địa phương là thành phố Đà Nẵng, tỉnh "
      "Quảng Trị và tỉnh Thừa Thiên Huế, các bên đã ký kết.";
  auto places = PlaceTagger().Tag(text);
  EXPECT_EQ(Canonicals(places),
            (std::vector<std::string>{"Đà Nẵng", "Quảng Trị", "Thừa Thiên Huế"}));
  EXPECT_EQ(places[2].current_province, "Huế");
  // The longest alias wins ("thành phố Đà Nẵng"); offsets are code points (17 of them).
  EXPECT_EQ(places[0].name, "thành phố Đà Nẵng");
  EXPECT_EQ(places[0].span.end - places[0].span.start, 17);
  std::string before = text.substr(0, text.find("thành phố Đà"));
  int64_t cps = 0;
  for (unsigned char c : before) cps += (c & 0xC0) != 0x80;
  EXPECT_EQ(places[0].span.start, cps);
}

TEST(PlaceTaggerTest, LaoProvincesCountriesAndAbbreviations) {
  std::string text =
      "Đoàn công tác làm việc tại tỉnh Xa-van-na-khệt và Sa-la-van (Lào) từ ngày 19-21/9/2024; "
      "đoàn TP.HCM cũng tham dự.";
  auto places = PlaceTagger().Tag(text);
  auto c = Canonicals(places);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(places[0].kind, "foreign-province");
  EXPECT_EQ(places[0].country, "LA");
  EXPECT_EQ(c[2], "Lào");
  EXPECT_EQ(places[2].kind, "country");
  EXPECT_EQ(c[3], "Hồ Chí Minh");
}

TEST(PlaceTaggerTest, NamesOfPeopleAreNotPlaces) {
  // "Thuý Anh", "Đức Thiện", "Thị Nga" are people; "Huế" inside a name too.
  std::string text =
      "Tham dự có bà Nguyễn Thuý Anh, ông Nguyễn Đức Thiện, bà Lê Thị Nga và ông Trần Huế.";
  EXPECT_TRUE(PlaceTagger().Tag(text).empty()) << Canonicals(PlaceTagger().Tag(text)).front();
}

TEST(PlaceTaggerTest, PartnersExcludeSourceProvince) {
  std::string text = "Tỉnh Quảng Trị và tỉnh Sa-la-van ký kết; Quảng Bình cũng tham dự; Việt Nam.";
  auto places = PlaceTagger().Tag(text);
  auto partners = PartnersFromPlaces(places, "Quảng Trị");
  EXPECT_EQ(partners, (std::vector<std::string>{"Sa-la-van", "Quảng Bình"}));
}

TEST(PlaceTaggerTest, OnlySalientPlacesArePartners) {
  // Sa-la-van is in the title; Chăm-pa-xắc is named twice; Huế once, deep in the text.
  std::string lead = "Sáng 19/9, đoàn công tác tỉnh Sa-la-van đến làm việc tại Đông Hà.";
  std::string body = lead +
                     "\n\nHai bên trao đổi về hợp tác với tỉnh Chăm-pa-xắc. Đoàn đã thăm Đại học "
                     "Huế. Tỉnh Chăm-pa-xắc cũng cử đại diện.";
  auto places = PlaceTagger().Tag(body);
  auto title_places = PlaceTagger().Tag("Tiếp đoàn tỉnh Sa-la-van");
  PartnerSalience salience{&title_places, static_cast<int64_t>(text::CountCodePoints(lead))};
  EXPECT_EQ(PartnersFromPlaces(places, "Quảng Trị", salience),
            (std::vector<std::string>{"Sa-la-van", "Chăm-pa-xắc"}));
  EXPECT_EQ(PartnersFromPlaces(places, "Quảng Trị"),
            (std::vector<std::string>{"Sa-la-van", "Chăm-pa-xắc", "Huế"}));
}

}  // namespace
}  // namespace vn::indexer
