#include "indexer/event_type_classifier.h"

#include <gtest/gtest.h>

#include <random>

#include "common/error.h"

namespace vn::indexer {
namespace {

std::string Type(const std::string& title, const std::string& lead = "") {
  return ClassifyEventType(title, lead).type;
}

using V = std::vector<std::string>;

// The five seed pages (/work/shared/seeds), titles copied by hand. Where a seed's first line
// is page chrome, the real headline is further down; both are checked.
TEST(EventTypeClassifierTest, SeedTitles) {
  auto signing = ClassifyEventType(
      "Sở Ngoại Vụ: Ký kết thỏa thuận hợp tác giữa Trung tâm Phục vụ Đối ngoại tỉnh Quảng Trị, "
      "Đà Nẵng và Trung tâm dịch vụ đối ngoại Thừa Thiên Huế",
      "Vào chiều ngày 15/5/2020 tại Trung tâm Dịch vụ Đối ngoại tỉnh Thừa Thiên Huế đã diễn ra "
      "lễ ký kết Thoả thuận hợp tác giữa Trung tâm Phục vụ Đối ngoại Đà Nẵng, Trung tâm Phục vụ "
      "Đối ngoại Quảng Trị và Trung tâm Dịch vụ Đối ngoại Thừa Thiên Huế.");
  EXPECT_EQ(signing.type, "signing");
  EXPECT_EQ(signing.evidence, (V{"ký kết", "thỏa thuận hợp tác", "lễ ký kết"}));

  EXPECT_EQ(Type("Đoàn công tác Sở Ngoại vụ tỉnh Quảng Trị làm việc với Sở Ngoại giao 02 tỉnh "
                 "Savannakhet, Salavan /Lào",
                 "Từ ngày 19-21/9/2024, Sở Ngoại vụ tỉnh Quảng Trị đã tổ chức chuyến công tác tại "
                 "các tỉnh Savannakhet, Salavan/Lào nhằm đánh giá tình hình và kết quả thực hiện "
                 "Bản ghi nhớ về cơ chế phối hợp và trao đổi thông tin."),
            "working-visit");
  EXPECT_EQ(Type("Chi tiết tin - tin tức sự kiện - Sở Ngoại Vụ"), "other");

  EXPECT_EQ(Type("Lễ ký kết Quy chế phối hợp công tác đối ngoại nhân dân giữa Liên hiệp các tổ "
                 "chức hữu nghị TP.HCM và Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh"),
            "signing");
  EXPECT_EQ(Type("Cở chữ: 09:07 AM,28/06/2017"), "other");

  auto pledge = ClassifyEventType("Lễ ký giao ước thi đua Cụm thi đua số II- Bộ Ngoại giao", "");
  EXPECT_EQ(pledge.type, "competition-pledge");
  EXPECT_EQ(pledge.evidence, (V{"ký giao ước", "giao ước thi đua", "cụm thi đua"}));

  auto review = ClassifyEventType(
      "Sở Ngoại vụ triển khai công tác năm 2019",
      "Sáng ngày 8/01, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác năm 2018, triển khai nhiệm "
      "vụ năm 2019. Đồng chí Nguyễn Dung, Phó chủ tịch UBND tỉnh đến dự và phát biểu chỉ đạo Hội "
      "nghị.");
  EXPECT_EQ(review.type, "review");
  EXPECT_EQ(review.evidence,
            (V{"triển khai công tác năm", "hội nghị tổng kết", "triển khai nhiệm vụ năm"}));
  EXPECT_EQ(Type("Liên kết website"), "other");
}

TEST(EventTypeClassifierTest, RealisticTitlesOfEveryType) {
  struct Case {
    const char* title;
    const char* type;
  };
  const Case cases[] = {
      {"Ký kết thỏa thuận hợp tác giữa tỉnh Quảng Trị và tỉnh Savannakhet", "signing"},
      {"Lễ ký kết Biên bản ghi nhớ hợp tác giữa UBND tỉnh Thừa Thiên Huế và tỉnh Gyeonggi (Hàn "
       "Quốc)",
       "signing"},
      {"Tỉnh Quảng Ninh và tỉnh Quảng Tây (Trung Quốc) ký Bản ghi nhớ về hợp tác kinh tế",
       "signing"},
      {"Thoả thuận hợp tác giữa Sở Ngoại vụ và Đại học Huế được ký tại Huế", "signing"},
      {"Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước thi đua năm 2024", "competition-pledge"},
      {"Khối thi đua các Sở Ngoại vụ tổ chức hội nghị ký kết giao ước thi đua",
       "competition-pledge"},
      {"Hội nghị tổng kết công tác đối ngoại năm 2023 và triển khai nhiệm vụ năm 2024", "review"},
      {"Sơ kết 6 tháng đầu năm công tác ngoại vụ", "review"},
      {"Hội nghị đánh giá kết quả thực hiện Bản ghi nhớ giai đoạn 2020-2024", "review"},
      {"HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2023", "review"},
      {"Hội thảo quốc tế về hợp tác phát triển vùng biên giới Việt - Lào", "conference"},
      {"Diễn đàn hợp tác địa phương Việt Nam - Nhật Bản lần thứ 8", "conference"},
      {"Tọa đàm “Công tác ngoại vụ địa phương trong tình hình mới”", "conference"},
      {"Toạ đàm về công tác người Việt Nam ở nước ngoài", "conference"},
      {"Hội nghị xúc tiến đầu tư tỉnh Quảng Trị tại Thái Lan", "conference"},
      {"Đoàn đại biểu tỉnh Quảng Bình thăm và làm việc tại tỉnh Khammouane (Lào)", "working-visit"},
      {"Chủ tịch UBND tỉnh có chuyến công tác tại Hàn Quốc", "working-visit"},
      {"Lãnh đạo tỉnh thăm làm việc tại Nhật Bản", "working-visit"},
      {"Phó Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản tại Việt Nam", "reception"},
      {"Chủ tịch UBND tỉnh tiếp xã giao Tổng Lãnh sự Lào tại Đà Nẵng", "reception"},
      {"Tổng Lãnh sự Hoa Kỳ đến chào xã giao lãnh đạo tỉnh", "reception"},
      {"Bí thư Tỉnh ủy tiếp đoàn doanh nghiệp Hàn Quốc", "reception"},
      {"Lãnh đạo tỉnh tiếp Tổng Lãnh sự Trung Quốc tại TP. Hồ Chí Minh", "reception"},
      {"Phó Chủ tịch UBND tỉnh tiếp và làm việc với Đoàn công tác tỉnh Hủa Phăn", "reception"},
      {"Tiếp tục đẩy mạnh công tác thông tin đối ngoại", "other"},
      {"Tăng cường quản lý trực tiếp người nước ngoài trên địa bàn", "other"},
      {"Tiếp nhận hàng viện trợ của tổ chức phi chính phủ nước ngoài", "other"},
      {"Thông báo tuyển dụng công chức năm 2024", "other"},
  };
  for (const Case& c : cases) EXPECT_EQ(Type(c.title), c.type) << c.title;
}

TEST(EventTypeClassifierTest, TitleOutweighsLeadAndLeadDecidesAlone) {
  EXPECT_EQ(Type("Tiếp Đại sứ Hàn Quốc",
                 "Hai bên trao đổi về việc ký kết thỏa thuận hợp tác giữa hai địa phương."),
            "reception");
  EXPECT_EQ(Type("Sở Ngoại vụ Quảng Trị với bạn bè quốc tế",
                 "Sáng nay, Sở Ngoại vụ tổ chức lễ ký kết biên bản ghi nhớ với tỉnh Salavan."),
            "signing");
}

TEST(EventTypeClassifierTest, SpecificPhrasesBeatTheGenericOnesTheyContain) {
  auto r = ClassifyEventType("Hội nghị tổng kết công tác ngoại vụ", "");
  EXPECT_EQ(r.type, "review");
  EXPECT_EQ(r.evidence, V{"hội nghị tổng kết"});
  r = ClassifyEventType("Ký kết giao ước thi đua năm 2025", "");
  EXPECT_EQ(r.type, "competition-pledge");
  EXPECT_EQ(r.evidence, (V{"ký kết giao ước", "giao ước thi đua"}));
}

TEST(EventTypeClassifierTest, WholeWordsOnly) {
  EXPECT_EQ(Type("Kýkết Hộinghị"), "other");
  EXPECT_EQ(Type("MOUNTAIN tour"), "other");
  EXPECT_EQ(Type("Đã ký-kết: MOU với tỉnh Gyeonggi"), "signing");
}

TEST(EventTypeClassifierTest, MalformedVocabularyIsACorruptError) {
  const std::string header = "type\tweight\tphrase\n";
  auto code = [](const std::string& tsv) {
    try {
      EventTypeClassifier::Parse(tsv, "event_types.tsv");
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("event_types.tsv"), std::string::npos) << e.what();
      return e.code();
    }
    return ExitCode::kOk;
  };
  EXPECT_EQ(code(""), ExitCode::kCorrupt);
  EXPECT_EQ(code("kind\tweight\tphrase\nsigning\t3\tký kết\n"), ExitCode::kCorrupt);
  EXPECT_EQ(code(header + "signing\t3\n"), ExitCode::kCorrupt);
  EXPECT_EQ(code(header + "party\t3\tliên hoan\n"), ExitCode::kCorrupt);
  EXPECT_EQ(code(header + "signing\tba\tký kết\n"), ExitCode::kCorrupt);
  EXPECT_EQ(code(header + "signing\t0\tký kết\n"), ExitCode::kCorrupt);
  EXPECT_EQ(code(header + "signing\t3\t  \n"), ExitCode::kCorrupt);
  EXPECT_EQ(code(header), ExitCode::kCorrupt);
  // The same phrase in the other tone-mark style is a duplicate.
  EXPECT_EQ(code(header + "signing\t3\tthỏa thuận\nsigning\t3\tthoả thuận\n"), ExitCode::kCorrupt);
  EXPECT_EQ(code(header + "signing\t3\tthỏa thuận\r\nignore\t0\ttiếp tục\n"), ExitCode::kOk);
}

TEST(EventTypeClassifierTest, ParsedVocabularyClassifies) {
  auto c = EventTypeClassifier::Parse(
      "type\tweight\tphrase\nconference\t1\tgặp mặt\nreception\t5\tĐón Tiếp\n", "test.tsv");
  EXPECT_EQ(c.size(), 2u);
  EXPECT_EQ(c.Classify("Gặp mặt và đón tiếp", "").type, "reception");
  EXPECT_EQ(c.Classify("Gặp mặt cuối năm", "").type, "conference");
  EXPECT_GT(EventTypeClassifier::Default().size(), 50u);
}

TEST(EventTypeClassifierTest, EmptyGarbageAndHugeInput) {
  EXPECT_EQ(Type("", ""), "other");
  EXPECT_TRUE(ClassifyEventType("", "").evidence.empty());
  std::mt19937 rng(7);
  std::string garbage;
  for (int i = 0; i < 100000; ++i) garbage.push_back(static_cast<char>(rng() % 256));
  EXPECT_EQ(Type(garbage, garbage + " hội thảo"), "conference");
  std::string huge;
  while (huge.size() < 5 * 1024 * 1024) huge += "tiếp tục tổ chức hội nghị ";
  auto r = ClassifyEventType("", huge);
  EXPECT_EQ(r.type, "conference");
  EXPECT_EQ(r.evidence, V{"hội nghị"});
}

}  // namespace
}  // namespace vn::indexer
